/**
 * The results views of the training workspace (issue 6 items 4–6). Each component takes plain data and
 * callbacks; all must be mounted inside the app's I18nProvider, ToastProvider and EditorProvider.
 *
 * <FeatureMapsPanel event={latestFeatureMaps} />
 *   event: the latest `train.event` of type 'featureMaps' (or null before the first one).
 *   analysis?: the Analysis the maps belong to (default: the editor's useAnalysis()); used for the
 *     receptive field of each block (hover a map pixel → region on the input image) and block names.
 *   The block shown follows the editor selection (click a block on the canvas); picking one in the
 *   panel's own picker selects it on the canvas too.
 *
 * <ResultsPanel runDir={dir} evaluation={doneEvent.evaluation} />
 *   runDir: the run folder (from the `done` event, or a run opened in RunsPanel); null = nothing yet.
 *   evaluation?: the test evaluation when already at hand (the `done` event's); otherwise it is
 *     loaded with runs.open(runDir). Shows accuracy/loss, the confusion matrix (click a cell →
 *     runs.images), per-class precision/recall/F1, the most confident mistakes, where the model is
 *     saved (+ export code with weights), and predict on picked images or images dropped on the panel or
 *     anywhere on the window while it is mounted (top-k bars).
 *
 * <RunsPanel onOpenRun={(dir) => …} onOpenProject={(project, dir) => …} refreshKey={n} openDir={dir} />
 *   onOpenRun(dir): the user opened a run: show it in ResultsPanel (runDir = dir).
 *   onOpenProject?(project, dir): "Open its network in the editor" (omit to hide the button).
 *   refreshKey?: change it (e.g. after a run finishes) to reload runs.list.
 *   dir?: the runs folder (default: the engine's).  openDir?: the run shown in ResultsPanel (highlighted).
 *
 * useExport() → { exportTo(to: 'pytorch' | 'keras', options?: { weightsFrom?: runDir, project? }): Promise<void>, busy }
 *   Exports the editor's current network (or options.project): a .py download in the browser;
 *   dialog.save + export.write in Electron; with weightsFrom (a run folder) the trained weights too
 *   (in the browser both are written into the run folder). Errors are shown as toasts. In App.tsx's menu.command
 *   switch:  case 'exportPytorch': void exporter.exportTo('pytorch'); break;
 *            case 'exportKeras':   void exporter.exportTo('keras'); break;
 * <ExportMenu /> — the TopBar's "Export" button with its PyTorch/Keras menu (uses useExport).
 */
export { FeatureMapsPanel, type FeatureMapsPanelProps } from './FeatureMapsPanel';
export { ResultsPanel, type ResultsPanelProps } from './ResultsPanel';
export { RunsPanel, type RunsPanelProps } from './RunsPanel';
export { useExport, type Exporter, type ExportTarget } from '../export/useExport';
export { ExportMenu } from '../export/ExportMenu';
export type { FeatureMapsEvent } from './types';
