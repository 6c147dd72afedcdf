/** The `--backend` option every command that computes takes: its usage text and its spec, from the one list. */
import { BACKEND_REQUESTS, type BackendRequest } from '../graph/projectFile';
import type { FlagSpec } from './args';

export const BACKEND_USAGE = `[--backend ${BACKEND_REQUESTS.join('|')}]`;
export const BACKEND_FLAG: FlagSpec = { type: 'string', choices: BACKEND_REQUESTS };

/** The parsed flag (parseArgs has checked it against the choices). */
export function backendRequest(value: string | boolean | undefined): BackendRequest {
  return typeof value === 'string' ? (value as BackendRequest) : 'auto';
}
