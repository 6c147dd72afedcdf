/** A problem with the data the user pointed at: one line that names the path and the fix. */
import type { CodedText } from '../messages/index.ts';

export class DatasetError extends Error {
  /** `coded`: the same message as a code with parameters, for a UI to render in its language. */
  constructor(message: string, readonly coded?: CodedText) {
    super(message);
    this.name = 'DatasetError';
  }
}
