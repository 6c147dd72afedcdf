/** Every saved run (placeholder while the view is built). */
import type { Project } from '../../src/graph/projectFile';

export interface RunsPanelProps {
  readonly onOpenRun: (dir: string) => void;
  readonly onOpenProject?: (project: Project, dir: string) => void;
  readonly refreshKey?: number;
  readonly dir?: string;
}

export function RunsPanel(_props: RunsPanelProps) {
  return <div className="ll-runs" data-testid="runs" />;
}
