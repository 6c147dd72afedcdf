/** The block sizes React Flow measured, so a diagram draws every card exactly as large as the screen does. */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';

export function useDiagramSizes(): () => Record<string, { width: number; height: number }> {
  const flow = useReactFlow();
  return useCallback(() => {
    const sizes: Record<string, { width: number; height: number }> = {};
    for (const n of flow.getNodes()) {
      const w = n.measured?.width;
      const h = n.measured?.height;
      if (w && h) sizes[n.id] = { width: w, height: h };
    }
    return sizes;
  }, [flow]);
}
