/** A run's test results (placeholder while the view is built). */
import type { Evaluation } from './types';

export interface ResultsPanelProps {
  readonly runDir: string | null;
  readonly evaluation?: Evaluation | null;
}

export function ResultsPanel({ runDir }: ResultsPanelProps) {
  return <div className="ll-results" data-testid="results">{runDir ?? ''}</div>;
}
