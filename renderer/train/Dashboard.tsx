/** The training dashboard: live curves, feature maps, test results and saved runs, as tabs. */
import { useEffect, useRef, useState } from 'react';
import type { Project } from '../../src/graph/projectFile';
import { useEditorSelector, useStore } from '../editor/EditorContext';
import { useToast } from '../editor/Toasts';
import { useI18n } from '../i18n/I18nContext';
import { FeatureMapsPanel, ResultsPanel, RunsPanel } from '../results/index';
import { LiveCurves } from './LiveCurves';
import { getEngine } from '../engineClient';
import { useTraining, useTrainingState } from './TrainingContext';
import { ACTIVE_STATUSES } from './trainingStore';

type Tab = 'curves' | 'maps' | 'results' | 'runs';
const TABS: readonly Tab[] = ['curves', 'maps', 'results', 'runs'];

export function Dashboard() {
  const { t } = useI18n();
  const s = useTrainingState();
  const training = useTraining();
  const { runsVersion } = training;
  const editor = useStore();
  const toast = useToast();
  const [tab, setTab] = useState<Tab>('curves');
  /** A run opened from the Runs tab; otherwise the results follow the run that just finished. */
  const [openedRun, setOpenedRun] = useState<string | null>(null);
  const finishedDir = s.done?.runDir ?? null;
  useEffect(() => { if (finishedDir) setOpenedRun(null); }, [finishedDir]);
  const resultsDir = openedRun ?? finishedDir;

  // Clicking a block that has feature maps on the canvas shows them (only on a click: new maps
  // arriving for a block selected earlier do not take the user away from the tab they are on).
  const selected = useEditorSelector((st) => (st.selection.nodes.size === 1 ? [...st.selection.nodes][0] : null));
  const mapBlocks = s.featureMaps?.blocks;
  const lastSelected = useRef(selected);
  useEffect(() => {
    if (selected === lastSelected.current) return;
    lastSelected.current = selected;
    if (selected && mapBlocks?.some((b) => b.blockId === selected)) setTab('maps');
  }, [selected, mapBlocks]);

  // Resume: the run's own network is loaded and trained on from its checkpoint; the curves show it.
  const resumeRun = async (dir: string) => {
    if (editor.getState().readOnly) { toast(t('train.lockedShort'), 'error'); return; }
    try {
      const detail = await getEngine().request('runs.open', { dir });
      setTab('curves');
      await training.continueRun(dir, detail.project);
    } catch (err) {
      toast(t('runs.resumeFailed', { error: (err as Error).message }), 'error');
    }
  };

  const openProject = (project: Project) => {
    if (editor.getState().readOnly) { toast(t('train.lockedShort'), 'error'); return; }
    editor.load(project, null, { dirty: true });
  };

  return (
    <section className="ll-dashboard" data-testid="dashboard">
      <div className="ll-tabs" role="tablist">
        {TABS.map((k) => (
          <button key={k} role="tab" aria-selected={tab === k} className={tab === k ? 'active' : ''} onClick={() => setTab(k)} data-testid={`dash-tab-${k}`}>
            {t(`dash.${k}`)}
            {k === 'results' && s.status === 'done' && <span className="ll-count ok">✓</span>}
          </button>
        ))}
      </div>
      <div className="ll-dash-body">
        {tab === 'curves' && <LiveCurves />}
        {tab === 'maps' && <FeatureMapsPanel event={s.featureMaps} />}
        {tab === 'results' && (resultsDir
          ? <ResultsPanel runDir={resultsDir} evaluation={!openedRun ? s.done?.evaluation ?? null : undefined} />
          : <div className="ll-dash-empty"><b>{t('dash.resultsEmptyTitle')}</b><span>{t('dash.resultsEmptyBody')}</span></div>)}
        {tab === 'runs' && (
          <RunsPanel refreshKey={runsVersion} onOpenRun={(dir) => { setOpenedRun(dir); setTab('results'); }} onOpenProject={openProject}
            onResumeRun={(dir) => void resumeRun(dir)} busy={ACTIVE_STATUSES.has(s.status)} />
        )}
      </div>
    </section>
  );
}
