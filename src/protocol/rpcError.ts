/** An error that crosses the protocol: a code the caller can branch on, a message a person can read. */
import type { CodedText } from '../messages/index';
import type { ErrorCode, RpcErrorData } from './messages';

export class RpcError extends Error {
  /** `text`: the message as a code with parameters, for a UI to render in the user's language. */
  constructor(readonly code: ErrorCode, message: string, readonly field?: string, readonly text?: CodedText) {
    super(message);
    this.name = 'RpcError';
  }

  static from(data: RpcErrorData): RpcError {
    return new RpcError(data.code, data.message, data.field, data.text);
  }

  toData(): RpcErrorData {
    return {
      code: this.code, message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.text === undefined ? {} : { text: this.text }),
    };
  }
}

/** The coded text an error carries (a DatasetError's `coded`), if any: such errors are the user's to fix, not crashes. */
export function codedTextOf(err: unknown): CodedText | undefined {
  const c = (err as { coded?: unknown } | null)?.coded;
  return c && typeof c === 'object' && typeof (c as CodedText).code === 'string' ? (c as CodedText) : undefined;
}
