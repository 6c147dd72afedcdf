/**
 * The minimap is shown only while part of a large network is off screen: when the whole network is in
 * view (after Fit, or on opening a template) it would only cover blocks.
 */
import { getNodesBounds, useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';

/** Networks this small never need a minimap. */
const MIN_BLOCKS = 12;

export function useMiniMapWanted(blockCount: number): boolean {
  const api = useStoreApi();
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (blockCount <= MIN_BLOCKS) { setWanted(false); return; }
    let timer: ReturnType<typeof setTimeout> | null = null;
    const check = () => {
      timer = null;
      const { transform: [tx, ty, zoom], width, height, nodeLookup } = api.getState();
      if (!width || !height || nodeLookup.size === 0) return;
      const b = getNodesBounds([...nodeLookup.values()], { nodeLookup });
      const slack = 2;
      const inside = b.x * zoom + tx >= -slack && b.y * zoom + ty >= -slack
        && (b.x + b.width) * zoom + tx <= width + slack && (b.y + b.height) * zoom + ty <= height + slack;
      setWanted(!inside);
    };
    // Checked a little after the view stops moving (panning calls this on every frame).
    const schedule = () => { if (timer) clearTimeout(timer); timer = setTimeout(check, 120); };
    schedule();
    const unsubscribe = api.subscribe(schedule);
    return () => { unsubscribe(); if (timer) clearTimeout(timer); };
  }, [api, blockCount]);
  return wanted;
}
