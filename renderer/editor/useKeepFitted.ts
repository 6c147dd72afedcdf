/**
 * A fitted view stays fitted when the canvas changes size: after Fit (or anything that fits: opening a file
 * or a template, switching workspace) the network is fitted again whenever the canvas is resized (a run's
 * lock notice, the Train view's panels, the window), until the user pans or zooms. The Train view fitted
 * once, before its panels had settled, and showed LeNet-5 at a quarter of the room it had.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

let fitted = false;

/** Called by whatever fits the view (useEditorActions' fit); a pan or zoom by the user clears it. */
export function markFitted(value: boolean): void {
  fitted = value;
  // Said on the canvas too, for tests and for anyone inspecting the page.
  document.querySelector('[data-testid="canvas"]')?.toggleAttribute('data-fitted', value);
}

export const FIT_OPTIONS = { padding: 0.03, maxZoom: 1.1, duration: 250 } as const;

export function useKeepFitted(box: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = { w: el.clientWidth, h: el.clientHeight };
    const observer = new ResizeObserver(() => {
      const now = { w: el.clientWidth, h: el.clientHeight };
      if (Math.abs(now.w - last.w) < 2 && Math.abs(now.h - last.h) < 2) return;
      last = now;
      if (!fitted) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => { if (fitted) void flow.fitView({ ...FIT_OPTIONS, duration: 0 }); }, 120);
    });
    observer.observe(el);
    return () => { observer.disconnect(); if (timer) clearTimeout(timer); };
  }, [box, flow]);
}
