/** An error that crosses the protocol: a code the caller can branch on, a message a person can read. */
import type { ErrorCode, RpcErrorData } from './messages';

export class RpcError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly field?: string) {
    super(message);
    this.name = 'RpcError';
  }

  static from(data: RpcErrorData): RpcError {
    return new RpcError(data.code, data.message, data.field);
  }

  toData(): RpcErrorData {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }
}
