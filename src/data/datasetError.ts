/**
 * A problem with the data the user pointed at: one line that names the path and the fix, and the same as
 * a code with parameters (src/messages) for a UI to render in its language.
 */
import { coded, renderText, type CodedText, type EngineTextCode, type TextParams } from '../messages/index.ts';

export class DatasetError extends Error {
  /** `coded`: the same message as a code with parameters, for a UI to render in its language. */
  constructor(message: string, readonly coded?: CodedText) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** A DatasetError whose message is the catalogue's command-line wording of `code`. */
export function datasetError(code: EngineTextCode, params: TextParams): DatasetError {
  const text = coded(code, params);
  return new DatasetError(renderText(text, 'cli') ?? code, text);
}
