/** A small, strict argument parser: unknown flags and missing values are errors that name the flag. */
import { CliError } from './cliError';

export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  /** Allowed values for a string flag. */
  readonly choices?: readonly string[];
  /**
   * A string flag whose value may be left out (`--compare` or `--compare PATH`): the next argument is
   * its value unless it starts with `--`; without one the flag is `true`. Only for commands that take
   * no positional arguments (the value would be ambiguous otherwise).
   */
  readonly optionalValue?: boolean;
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
}

export function parseArgs(args: readonly string[], spec: Readonly<Record<string, FlagSpec>>, usage: string): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | boolean | undefined> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [rawName, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const flag = spec[rawName];
    if (!flag) throw new CliError(`unknown option --${rawName}. Usage: ${usage}`);
    if (flag.type === 'boolean') {
      flags[rawName] = true;
      continue;
    }
    if (flag.optionalValue && inline === undefined && (args[i + 1] === undefined || args[i + 1].startsWith('--'))) {
      flags[rawName] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new CliError(`--${rawName} needs a value. Usage: ${usage}`);
    }
    if (flag.choices && !flag.choices.includes(value)) {
      throw new CliError(`--${rawName} must be one of ${flag.choices.join(', ')}, got "${value}"`);
    }
    flags[rawName] = value;
  }
  return { positional, flags };
}

/** A positive whole number from a flag, or the default. */
export function intFlag(value: string | boolean | undefined, name: string, def: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return def;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < min || n > max) {
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}, got "${String(value)}"`);
  }
  return n;
}

/** A finite positive number from a flag, or the default. */
export function numberFlag(value: string | boolean | undefined, name: string, def: number): number {
  if (value === undefined) return def;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isFinite(n) || n <= 0) {
    throw new CliError(`--${name} must be a positive number, got "${String(value)}"`);
  }
  return n;
}

/** "HxWxC" → [H, W, C]. */
export function shapeFlag(value: string | boolean | undefined, name: string): [number, number, number] | undefined {
  if (value === undefined) return undefined;
  const m = typeof value === 'string' ? /^(\d+)[x×](\d+)[x×](\d+)$/i.exec(value.trim()) : null;
  if (!m) throw new CliError(`--${name} must look like 28x28x1 (height x width x channels), got "${String(value)}"`);
  const dims = [Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number];
  if (dims.some((d) => d < 1) || dims[2] > 4) throw new CliError(`--${name}: sizes must be at least 1 and channels 1 to 4, got "${value}"`);
  return dims;
}
