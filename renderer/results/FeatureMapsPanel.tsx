/** Feature maps of the latest training snapshot (placeholder while the view is built). */
import type { Analysis } from '../../src/graph/analysisTypes';
import type { FeatureMapsEvent } from './types';

export interface FeatureMapsPanelProps {
  readonly event: FeatureMapsEvent | null;
  readonly analysis?: Analysis;
}

export function FeatureMapsPanel({ event }: FeatureMapsPanelProps) {
  return <div className="ll-fm" data-testid="feature-maps">{event ? `${event.blocks.length} blocks` : ''}</div>;
}
