/**
 * Command-line options of the bench scripts (`--name value`): one reading, and one error for a bad
 * count, instead of a parser in every script.
 */

/** The value after `--name`, or `fallback` when the flag or its value is missing. */
export function benchArg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** A whole number ≥ 1 after `--name` (default `fallback`); anything else stops the script, naming the flag. */
export function benchCount(name: string, fallback: number): number {
  const v = Number(benchArg(name, String(fallback)));
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a whole number ≥ 1 (got ${benchArg(name, '')})`);
  return v;
}

/** `--shapes 32x16,16x32,…`: [map side, channels] pairs (default `fallback`, in the same form). */
export function benchShapes(fallback: string): number[][] {
  return benchArg('shapes', fallback).split(',').map((s) => s.split('x').map(Number));
}
