/**
 * Seeds for a model's random numbers, derived from the run's seed and a stable key (a block id, with a
 * part or a step number): each block's initial weights and each dropout step depend only on the run's
 * seed and that block, so adding, removing or reordering other blocks leaves them unchanged.
 */

/** A 32-bit seed from the run's seed and a key; never 0 (tfjs takes a seed of 0 as "no seed"). */
export function keyedSeed(runSeed: number, key: string, step?: number): number {
  // FNV-1a over the key's UTF-16 units, started from the run's seed; then the step; murmur3's finaliser.
  let h = Math.imul((runSeed >>> 0) ^ 0x811c9dc5, 0x01000193) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  if (step !== undefined) h = Math.imul(h ^ 0x2f, 0x01000193) ^ (step >>> 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  return h || 1;
}
