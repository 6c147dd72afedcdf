/**
 * Semantic zoom without re-rendering a block: the canvas element gets `data-lod-far` below READABLE_ZOOM
 * (cards switch to three large lines) and one of a few far steps, each setting `--ll-far-font`, the far
 * lines' size in canvas pixels (each card caps it to what its box holds), so that the text stays about
 * 9–13 px on screen; `data-lod-tiny` when even the name alone is a speck. Classes change only when the zoom
 * crosses a step: restyling the 170 cards of a ResNet-50 costs ~130 ms under software rendering, so doing
 * it on every wheel step (a continuous font) dropped most frames (test/bench/canvasBench.ts).
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { READABLE_ZOOM } from '../../src/graph/layout';

/** Far steps: below `below`, the far font is `font` canvas pixels (null: as large as the box holds). */
const STEPS: readonly { readonly below: number; readonly font: number | null }[] = [
  { below: READABLE_ZOOM, font: 16 },
  { below: 0.56, font: 23 },
  { below: 0.42, font: null },
];
/** Below this zoom a card shows its name only. */
export const TINY_ZOOM = 0.16;

export interface LevelOfDetail {
  readonly far: boolean;
  /** 0 near; 1, 2, 3 farther. */
  readonly step: number;
  readonly tiny: boolean;
  /** The far font in canvas pixels, null for "as large as the box holds"; undefined near. */
  readonly farFont?: number | null;
}

export function lodFor(zoom: number): LevelOfDetail {
  let step = 0;
  STEPS.forEach((s, i) => { if (zoom < s.below) step = i + 1; });
  return { far: step > 0, step, tiny: zoom < TINY_ZOOM, ...(step > 0 ? { farFont: STEPS[step - 1].font } : {}) };
}

/** A font larger than any card's cap: the cap wins. */
const AS_LARGE_AS_FITS = '1000px';

export function useLevelOfDetail(element: RefObject<HTMLElement | null>): void {
  const api = useStoreApi();
  useEffect(() => {
    let shown = '';
    const apply = (zoom: number) => {
      const el = element.current;
      if (!el) return;
      const lod = lodFor(zoom);
      const key = `${lod.step}/${lod.tiny}`;
      if (key === shown) return;
      shown = key;
      // Attributes, not classes: React owns the element's className and rewrites it whenever the canvas's
      // own classes change (a run locking the document), which dropped the far level of detail mid-run.
      el.toggleAttribute('data-lod-far', lod.far);
      el.toggleAttribute('data-lod-tiny', lod.tiny);
      el.dataset.lod = String(lod.step);
      if (lod.farFont !== undefined) el.style.setProperty('--ll-far-font', lod.farFont === null ? AS_LARGE_AS_FITS : `${lod.farFont}px`);
    };
    apply(api.getState().transform[2]);
    return api.subscribe((s) => apply(s.transform[2]));
  }, [api, element]);
}
