/**
 * A problem with the data the user pointed at: one line that names the path and the fix, and a stable
 * code with its parameters for a UI to word in its own language.
 */
export class DatasetError extends Error {
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;

  constructor(message: string, detail?: { readonly code: string; readonly params?: Readonly<Record<string, string | number>> }) {
    super(message);
    this.name = 'DatasetError';
    this.code = detail?.code;
    this.params = detail?.params;
  }
}
