/**
 * Receptive fields through a graph, exactly, per pixel phase: each block's own map (from its catalog entry)
 * composed with the field of its inputs (see ./axisMap.ts). Pure: analyze() calls `nextField` once per block.
 */
import type { ReceptiveField } from './analysisTypes';
import { compose, IDENTITY_MAP, isEmpty, jumpOf, mergeMaps, realAxis, sizeRange, spanAt, type AxisMap, type Span } from './axisMap';
import type { LocalMaps, ReceptiveFieldEffect } from './blocks/blockDefinition';
import type { Shape } from './types';

/** Builds the summary numbers of a field from its two axis maps. */
export function fieldOf(rows: AxisMap, cols: AxisMap): ReceptiveField {
  const r = sizeRange(rows);
  const c = sizeRange(cols);
  const first = spanAt(rows, 0);
  return {
    size: Math.max(r.max, c.max),
    minSize: Math.min(r.min, c.min),
    jump: jumpOf(rows),
    start: isEmpty(first) ? 0 : (first.lo + first.hi) / 2,
    global: false,
    rows,
    cols,
  };
}

/** The field of an input pixel: itself. */
export const INPUT_FIELD: ReceptiveField = fieldOf(IDENTITY_MAP, IDENTITY_MAP);

function globalField(from: readonly ReceptiveField[], imageSide: number): ReceptiveField {
  const size = Math.max(imageSide, ...from.map((f) => f.size));
  const first = from[0];
  return { size, minSize: size, jump: first?.jump ?? 1, start: first?.start ?? 0, global: true, rows: null, cols: null };
}

/** A field's two axes. */
export interface AxisPair {
  readonly rows: AxisMap;
  readonly cols: AxisMap;
}

/** The map input `i` goes through (null: seen as is). */
function localOf(effect: ReceptiveFieldEffect, i: number): LocalMaps | null {
  if (effect.type === 'map') return effect;
  if (effect.type === 'inputs') return effect.maps[i] ?? null;
  return null;
}

/** Every input's field through its map, merged; null when that is not periodic (see realField). */
function latticeField(inputs: readonly AxisPair[], effect: ReceptiveFieldEffect, out: Shape): AxisPair | null {
  const rows: AxisMap[] = [];
  const cols: AxisMap[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const maps = localOf(effect, i);
    const r = maps ? compose(maps.rows, inputs[i].rows, out[0]) : inputs[i].rows;
    const c = maps ? compose(maps.cols, inputs[i].cols, out[1]) : inputs[i].cols;
    if (!r || !c) return null;
    rows.push(r);
    cols.push(c);
  }
  const r = mergeMaps(rows, out[0]);
  const c = mergeMaps(cols, out[1]);
  return r && c ? { rows: r, cols: c } : null;
}

/**
 * The image pixels each real output pixel depends on (padding sees nothing), from the inputs' own such
 * fields: used where the periodic field does not exist (branches of different jumps merged).
 */
export function realField(inputs: readonly AxisPair[], effect: ReceptiveFieldEffect, out: Shape): AxisPair {
  if (inputs.length === 0) return { rows: realAxis(out[0]), cols: realAxis(out[1]) };
  return latticeField(inputs, effect, out)!; // finite fields always compose and merge
}

/**
 * The field of a block's output from its inputs' fields (none for the Input block), its effect and its
 * output shape. Once a block mixes every position (Flatten, Dense, global pooling) the field is the whole
 * image, and stays so. `real` gives the inputs' real-pixel fields, asked for only when the periodic field
 * does not exist.
 */
export function nextField(
  inputs: readonly ReceptiveField[], effect: ReceptiveFieldEffect, out: Shape, imageSide: number, real: () => readonly AxisPair[],
): ReceptiveField {
  if (inputs.length === 0) return INPUT_FIELD;
  if (effect.type === 'global' || inputs.some((f) => f.global || !f.rows || !f.cols) || out.length !== 3) return globalField(inputs, imageSide);
  const f = latticeField(inputs.map((x) => ({ rows: x.rows!, cols: x.cols! })), effect, out) ?? realField(real(), effect, out);
  return fieldOf(f.rows, f.cols);
}

/** The input-image rows (axis 'rows') or columns seen by output index `index`, on the unclipped lattice. */
export function fieldSpan(field: ReceptiveField, axis: 'rows' | 'cols', index: number): Span | null {
  const map = field[axis];
  return map ? spanAt(map, index) : null;
}
