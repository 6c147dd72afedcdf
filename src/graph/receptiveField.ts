/**
 * Receptive-field arithmetic (Araujo, Norris & Sim, "Computing Receptive Fields of CNNs", 2019).
 * Forward form of RF(i) = S(i)·(RF(i+1) − 1) + K(i): each window with effective kernel
 * K = d·(k − 1) + 1 and stride s grows the field by (K − 1)·jump and multiplies the jump by s.
 */
import type { ReceptiveField } from './analysisTypes';
import type { ReceptiveFieldEffect } from './blocks/blockDefinition';

/** The field of an input pixel: itself. */
export const INPUT_FIELD: ReceptiveField = { size: 1, jump: 1, start: 0, global: false };

/** Combines several incoming fields (a merge sees the union: the largest field). */
export function mergeFields(fields: readonly ReceptiveField[]): ReceptiveField {
  let out = fields[0];
  for (let i = 1; i < fields.length; i++) {
    const f = fields[i];
    out = {
      size: Math.max(out.size, f.size),
      jump: Math.max(out.jump, f.jump),
      start: Math.min(out.start, f.start),
      global: out.global || f.global,
    };
  }
  return out;
}

/** The field after one block, given the field of its (merged) input and the image's largest side. */
export function applyEffect(inField: ReceptiveField, effect: ReceptiveFieldEffect, imageSide: number): ReceptiveField {
  if (inField.global) return inField;
  switch (effect.type) {
    case 'identity':
      return inField;
    case 'global':
      return { size: Math.max(imageSide, inField.size), jump: inField.jump, start: inField.start, global: true };
    case 'window': {
      const k = effect.dilation * (effect.kernel - 1) + 1;
      return {
        size: inField.size + (k - 1) * inField.jump,
        jump: inField.jump * effect.stride,
        start: inField.start + ((k - 1) / 2 - effect.padBefore) * inField.jump,
        global: false,
      };
    }
    case 'upsample': {
      // Each output pixel mixes ceil(kernel / factor) neighbouring input pixels.
      const taps = Math.max(1, Math.ceil(effect.kernel / effect.factor));
      const jump = inField.jump / effect.factor;
      return {
        size: inField.size + (taps - 1) * inField.jump,
        jump,
        start: inField.start - (inField.jump - jump) / 2 - effect.padBefore * jump,
        global: false,
      };
    }
  }
}
