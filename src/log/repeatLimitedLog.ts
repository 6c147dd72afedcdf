/**
 * A log that says a repeated line a few times, then counts it: one misbehaving client sending the same
 * bad message over and over made `serve` print 1,640 identical lines, burying everything else. Each
 * distinct line is printed at most `maxRepeats` times per `windowMs`; when the window closes, one line
 * says how many more there were. Lines are made terminal-safe (control characters escaped) on the way.
 */
import { terminalSafe } from './terminalText';

export interface RepeatLimitOptions {
  readonly maxRepeats?: number;
  readonly windowMs?: number;
  readonly now?: () => number;
  /** Schedules the end-of-window summary (default setTimeout, unref'd so it never keeps a process alive). */
  readonly schedule?: (fn: () => void, ms: number) => void;
}

export interface RepeatLimitedLog {
  (line: string): void;
  /** Prints the pending "repeated N more times" lines now (on exit). */
  flush(): void;
}

export function repeatLimitedLog(write: (line: string) => void, options: RepeatLimitOptions = {}): RepeatLimitedLog {
  const maxRepeats = options.maxRepeats ?? 3;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms).unref?.());
  const seen = new Map<string, { since: number; count: number }>();
  let scheduled = false;

  const summary = (line: string, s: { since: number; count: number }, t: number) => {
    const more = s.count - maxRepeats;
    if (more > 0) write(`${line.slice(0, 200)} (repeated ${more} more time${more === 1 ? '' : 's'} in ${Math.max(1, Math.round((t - s.since) / 1000))} s)`);
  };

  /** Ends the window: each suppressed line says how often it came; every count starts again. */
  const flush = () => {
    scheduled = false;
    const t = now();
    for (const [line, s] of seen) summary(line, s, t);
    seen.clear();
  };

  const log = ((raw: string) => {
    const line = terminalSafe(raw, { keepNewlines: true });
    const t = now();
    let entry = seen.get(line);
    if (entry && t - entry.since >= windowMs) {
      summary(line, entry, t);
      entry = undefined;
    }
    // Many different lines (a client sending unique junk) must not grow the table without bound.
    if (!entry && seen.size >= 1000) flush();
    entry ??= { since: t, count: 0 };
    entry.count += 1;
    seen.set(line, entry);
    if (entry.count <= maxRepeats) write(line);
    else if (!scheduled) {
      scheduled = true;
      schedule(flush, windowMs);
    }
  }) as RepeatLimitedLog;
  log.flush = flush;
  return log;
}
