/** The Train workspace's left column: the data set, then the run's settings. */
import { DatasetPanel } from './DatasetPanel';
import { TrainingSettingsPanel } from './TrainingSettingsPanel';

export function TrainSidebar() {
  return (
    <aside className="ll-train-sidebar" data-testid="train-sidebar">
      <DatasetPanel />
      <TrainingSettingsPanel />
    </aside>
  );
}
