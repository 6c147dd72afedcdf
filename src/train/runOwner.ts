/**
 * Who is writing a run's staging folder (`.NAME.partial-XXXX`): the process's id, host and start time,
 * in a small file inside it. A process killed with `kill -9` (or a machine that lost power) leaves its
 * staging folder behind; another process can then tell that folder from one a live run is writing, and
 * recover its last checkpoint or remove it.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export const OWNER_FILE = '.owner.json';

export interface RunOwner {
  readonly pid: number;
  readonly host: string;
  /** The process's start time as the kernel counts it (Linux: /proc/PID/stat field 22), to tell a reused pid. */
  readonly started: string | null;
}

/** When `pid` started, in clock ticks since boot (Linux); null where /proc does not say. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) is in parentheses and may hold spaces: count from the last ')'; field 3 is first after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

export function currentOwner(): RunOwner {
  return { pid: process.pid, host: hostname(), started: processStart(process.pid) };
}

/** Parses an owner file's text; null when it is not one. */
export function parseOwner(text: string): RunOwner | null {
  try {
    const o = JSON.parse(text) as Partial<RunOwner>;
    if (!Number.isInteger(o.pid) || typeof o.host !== 'string') return null;
    return { pid: o.pid!, host: o.host, started: typeof o.started === 'string' ? o.started : null };
  } catch {
    return null;
  }
}

/**
 * Whether the owner may still be writing. Another machine's run (a shared folder) cannot be checked:
 * it counts as alive. On this machine: the process exists and, where the kernel says, started when the
 * owner did (a pid reused by another process does not keep a dead run alive).
 */
export function ownerAlive(owner: RunOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: it exists, as another user.
  }
  const started = owner.started === null ? null : processStart(owner.pid);
  return started === null || started === owner.started;
}
