/** The network or its names cannot be exported: the message names the block or setting to change. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}
