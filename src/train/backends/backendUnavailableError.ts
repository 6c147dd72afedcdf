/** A backend the user asked for by name cannot be used here; the message names it, says why and how to fix it. */
export class BackendUnavailableError extends Error {
  constructor(
    readonly backend: string,
    readonly why: string,
    readonly fix: string,
  ) {
    super(`The "${backend}" backend is not available: ${why}. ${fix}`);
    this.name = 'BackendUnavailableError';
  }
}
