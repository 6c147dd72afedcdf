/**
 * The editor window. Design: palette, canvas, inspector, bottom panel. Train: the data set and settings
 * on the left, the run bar, the canvas (read-only during a run; click a block for its feature maps) and
 * the dashboard (curves, feature maps, results, runs).
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { EditorStore, isDirty } from '../src/graph/editing/index';
import { Canvas } from './editor/Canvas';
import { EditorProvider, useEditorState, useStore } from './editor/EditorContext';
import { RecoveryBanner } from './editor/RecoveryBanner';
import { ToastProvider } from './editor/Toasts';
import { TopBar } from './editor/TopBar';
import { useEditorActions } from './editor/useEditorActions';
import { useShortcuts } from './editor/useShortcuts';
import { useTheme } from './editor/useTheme';
import { clearRecovered, recoverAutosave, useAutosave, type Autosave } from './files/useAutosave';
import { getEngine, hasNativeDialogs } from './engineClient';
import { useExport } from './export/useExport';
import { I18nProvider, useI18n } from './i18n/I18nContext';
import { CompareDialog } from './compare/CompareDialog';
import { DiagramDialog } from './diagram/DiagramDialog';
import { LessonCard } from './lessons/LessonCard';
import { LessonProvider } from './lessons/LessonContext';
import { LessonsGallery } from './lessons/LessonsGallery';
import { BottomPanel } from './panels/BottomPanel';
import { Inspector } from './panels/Inspector';
import { Palette } from './panels/Palette';
import { TemplatesGallery } from './templates/TemplatesGallery';
import { Dashboard, LockNotice, RunBar, TrainingProvider, TrainSidebar } from './train/index';
import type { WorkspaceMode } from './editor/TopBar';
import { documentName } from './files/documentName';

/** The workspace survives a reload of the tab (a run in progress is followed again in Train). */
const MODE_KEY = 'layerloom.workspace';
function initialMode(): WorkspaceMode {
  try { return sessionStorage.getItem(MODE_KEY) === 'train' ? 'train' : 'design'; } catch { return 'design'; }
}

function Shell() {
  const store = useStore();
  const state = useEditorState();
  const { t } = useI18n();
  const actions = useEditorActions();
  const { exportTo } = useExport();
  const theme = useTheme();
  const [gallery, setGallery] = useState(false);
  const [lessons, setLessons] = useState(false);
  const [dialog, setDialog] = useState<'compare' | 'diagram' | null>(null);
  const [mode, setModeState] = useState<WorkspaceMode>(initialMode);
  // The canvas changes size between the workspaces: fit the network to it again.
  const setMode = useCallback((next: WorkspaceMode) => {
    setModeState(next);
    try { sessionStorage.setItem(MODE_KEY, next); } catch { /* storage unavailable */ }
    actions.fitView();
  }, [actions]);
  const [recovery, setRecovery] = useState<Autosave | null>(null);
  const [recoveryChecked, setRecoveryChecked] = useState(false);
  useShortcuts({ ...actions, save: (saveAs) => void actions.save(saveAs), open: () => void actions.open() });
  useAutosave(store, recoveryChecked && !recovery);

  useEffect(() => {
    let alive = true;
    void recoverAutosave().then((a) => {
      if (!alive) return;
      if (a && a.project.graph.nodes.length > 0) setRecovery(a);
      setRecoveryChecked(true);
    });
    return () => { alive = false; };
  }, []);

  const dirty = isDirty(state);
  const name = documentName(state.project.meta.name, t);
  useEffect(() => {
    document.title = `${dirty ? '● ' : ''}${name} — LayerLoom`;
    if (hasNativeDialogs()) void getEngine().request('app.setDirty', { dirty, title: name }).catch(() => {});
  }, [dirty, name]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => { e.preventDefault(); e.returnValue = ''; };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  useEffect(() => {
    if (!hasNativeDialogs()) return;
    return getEngine().on('menu.command', (m) => {
      switch (m.command) {
        case 'new': actions.newDocument(); break;
        case 'open': void actions.open(); break;
        case 'openRecent': if (m.path) void actions.open(m.path); break;
        case 'save': void actions.save(false); break;
        case 'saveAs': void actions.save(true); break;
        case 'undo': actions.undo(); break;
        case 'redo': actions.redo(); break;
        case 'selectAll': actions.selectAll(); break;
        case 'delete': actions.deleteSelection(); break;
        case 'train': setMode('train'); break;
        case 'exportPytorch': void exportTo('pytorch'); break;
        case 'exportKeras': void exportTo('keras'); break;
      }
    });
  }, [actions, setMode, exportTo]);

  const training = mode === 'train';
  return (
    <div className={`ll-app mode-${mode} ${state.readOnly ? 'is-locked' : ''}`}>
      <TopBar actions={actions} onTemplates={() => setGallery(true)} onLessons={() => setLessons(true)} onCompare={() => setDialog('compare')} onDiagram={() => setDialog('diagram')} theme={theme.choice} onTheme={theme.setChoice} mode={mode} onMode={setMode} />
      {recovery && (
        <RecoveryBanner autosave={recovery}
          // The restored work is this window's now (its own slot takes it on the next tick); the closed window's slot goes.
          onRestore={() => { store.load(recovery.project, recovery.path, { dirty: true }); setRecovery(null); actions.fitView(); void clearRecovered(recovery); }}
          onDiscard={() => { setRecovery(null); void clearRecovered(recovery); }} />
      )}
      <div className="ll-main">
        {training ? <TrainSidebar /> : <Palette onAdd={actions.addKind} />}
        <div className={`ll-center ${training ? 'll-train-center' : ''}`}>
          {training && <RunBar onShowProblem={(nodeId) => {
            setMode('design');
            // After the switch's own fit (next frame): the block with the problem, selected, up close.
            if (nodeId) requestAnimationFrame(() => requestAnimationFrame(() => actions.focusNode(nodeId)));
          }} />}
          <LockNotice />
          <div className="ll-canvas-area">
            <Canvas onOpenTemplates={() => setGallery(true)} colorMode={theme.resolved} />
            <LessonCard onTrain={() => setMode('train')} onAll={() => setLessons(true)} />
          </div>
          {training ? <Dashboard /> : <BottomPanel onFocus={actions.focusNode} onOpenTrain={() => setMode('train')} />}
        </div>
        {!training && <Inspector />}
      </div>
      {lessons && <LessonsGallery onClose={() => setLessons(false)} />}
      {dialog === 'compare' && <CompareDialog onClose={() => setDialog(null)} theme={theme.resolved} onFocus={actions.focusNode} />}
      {dialog === 'diagram' && <DiagramDialog onClose={() => setDialog(null)} theme={theme.resolved} />}
      {gallery && <TemplatesGallery onClose={() => setGallery(false)} onOpen={(entry) => { setGallery(false); actions.openTemplate(entry); }} />}
    </div>
  );
}

export function App() {
  const store = useMemo(() => new EditorStore(), []);
  return (
    <I18nProvider>
      <ToastProvider>
        <EditorProvider store={store}>
          <TrainingProvider>
            <ReactFlowProvider>
              <LessonProvider>
                <Shell />
              </LessonProvider>
            </ReactFlowProvider>
          </TrainingProvider>
        </EditorProvider>
      </ToastProvider>
    </I18nProvider>
  );
}
