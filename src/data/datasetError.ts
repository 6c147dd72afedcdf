/** A problem with the data the user pointed at: one line that names the path and the fix. */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}
