/** Every saved run with its settings and final figures; tick two or more to overlay their curves. */
import { useEffect, useState } from 'react';
import type { Project } from '../../src/graph/projectFile';
import { getEngine } from '../engineClient';
import { useToast } from '../editor/Toasts';
import { formatCompact } from '../format';
import { useI18n } from '../i18n/I18nContext';
import { RunCurves } from './RunCurves';
import { settingsText } from './runSettings';
import type { RunDetail, RunSummary } from './types';

export interface RunsPanelProps {
  readonly onOpenRun: (dir: string) => void;
  readonly onOpenProject?: (project: Project, dir: string) => void;
  /** Go on training an interrupted or stopped run from its last checkpoint (absent: no Resume buttons). */
  readonly onResumeRun?: (dir: string) => void;
  /** A run is training: nothing can be resumed now. */
  readonly busy?: boolean;
  readonly refreshKey?: number;
  readonly dir?: string;
  /** The run shown in ResultsPanel, highlighted in the table. */
  readonly openDir?: string | null;
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(2)}%`);

export function RunsPanel({ onOpenRun, onOpenProject, onResumeRun, busy = false, refreshKey = 0, dir, openDir }: RunsPanelProps) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const [runs, setRuns] = useState<readonly RunSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [details, setDetails] = useState<ReadonlyMap<string, RunDetail>>(new Map());
  /** The run whose Delete was pressed once (the second press, on "Delete", deletes it). */
  const [deleting, setDeleting] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    getEngine().request('runs.list', dir ? { dir } : {}).then(
      (r) => { if (alive) { setRuns([...r.runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt))); setError(null); } },
      (err: Error) => { if (alive) setError(err.message); },
    );
    return () => { alive = false; };
  }, [dir, refreshKey, reload]);

  // Histories of the ticked runs, fetched once each.
  useEffect(() => {
    const missing = [...checked].filter((d) => !details.has(d));
    if (!missing.length) return;
    let alive = true;
    Promise.all(missing.map((d) => getEngine().request('runs.open', { dir: d }))).then(
      (opened) => { if (alive) setDetails((m) => new Map([...m, ...opened.map((o) => [o.dir, o] as const)])); },
      (err: Error) => toast(t('runs.openFailed', { error: err.message }), 'error'),
    );
    return () => { alive = false; };
  }, [checked, details, toast, t]);

  const toggle = (d: string) => setChecked((s) => {
    const next = new Set(s);
    if (next.has(d)) next.delete(d); else next.add(d);
    return next;
  });
  const openProject = async (d: string) => {
    try {
      const detail = details.get(d) ?? await getEngine().request('runs.open', { dir: d });
      onOpenProject?.(detail.project, d);
    } catch (err) {
      toast(t('runs.openFailed', { error: (err as Error).message }), 'error');
    }
  };

  const remove = async (r: RunSummary) => {
    setDeleting(null);
    try {
      await getEngine().request('runs.delete', { dir: r.dir });
      setChecked((c) => { const next = new Set(c); next.delete(r.dir); return next; });
      toast(t('runs.deleted', { name: r.name }), 'info');
    } catch (err) {
      toast(t('runs.deleteFailed', { error: (err as Error).message }), 'error');
    }
    setReload((n) => n + 1);
  };

  if (error) return <p className="ll-err ll-pad">{t('runs.listFailed', { error })} <button className="ll-btn" onClick={() => setReload((n) => n + 1)}>{t('runs.refresh')}</button></p>;
  if (!runs) return <p className="ll-muted ll-pad">{t('results.loading')}</p>;
  if (!runs.length) return <p className="ll-muted ll-pad" data-testid="runs-empty">{t('runs.none')}</p>;

  const compared = runs.filter((r) => checked.has(r.dir)).map((r) => details.get(r.dir)).filter((d): d is RunDetail => !!d);
  const dateFmt = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : undefined, { dateStyle: 'short', timeStyle: 'short' });
  const date = (iso: string) => { const d = new Date(iso); return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d); };

  return (
    <div className="ll-runs" data-testid="runs">
      <div className="ll-runs-toolbar">
        <span className="ll-muted">{checked.size < 2 ? t('runs.tickHint') : t('runs.ticked', { n: checked.size })}</span>
        <button className="ll-btn ll-right" onClick={() => setReload((n) => n + 1)}>{t('runs.refresh')}</button>
      </div>
      <div className="ll-runs-table">
        <table className="ll-table">
          <thead>
            <tr>
              <th aria-label={t('runs.compareColumn')} />
              <th>{t('runs.name')}</th><th>{t('runs.status')}</th><th>{t('runs.date')}</th><th>{t('runs.model')}</th><th>{t('runs.settings')}</th>
              <th className="num">{t('runs.params')}</th><th>{t('runs.backend')}</th><th className="num">{t('runs.epochs')}</th>
              <th className="num">{t('runs.valAcc')}</th><th className="num">{t('runs.testAcc')}</th>
              <th className="num">{t('runs.speed')}</th><th className="ll-actions-head" />
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.dir} className={r.dir === openDir ? 'current' : ''} onDoubleClick={() => onOpenRun(r.dir)} data-testid="run-row" title={r.dir}>
                <td onClick={(e) => e.stopPropagation()}>
                  <input type="checkbox" checked={checked.has(r.dir)} onChange={() => toggle(r.dir)} aria-label={t('runs.compareColumn')} data-testid="run-check" />
                </td>
                <td className="ll-run-name" title={r.name}><b>{r.name}</b></td>
                <td>
                  <span className={`ll-status ${statusClass(r.status)}`} data-testid="run-status"
                    title={statusClass(r.status) === 'interrupted' ? t('runs.interruptedHint', { epoch: r.epochs }) : r.status?.startsWith('damaged') ? r.status : undefined}>
                    {t(statusKey(r.status))}
                  </span>
                </td>
                <td className="ll-muted ll-run-date">{date(r.createdAt)}</td>
                <td>{r.projectName}</td>
                <td className="ll-mono ll-muted ll-settings">{settingsText(r.settings, { lr: t('runs.settingsLr'), batch: t('runs.settingsBatch'), yes: t('runs.settingsYes') })}</td>
                <td className="num ll-mono">{r.params !== undefined ? formatCompact(r.params) : '—'}</td>
                <td>{r.backend ?? '—'}</td>
                <td className="num ll-mono">{r.epochs}</td>
                <td className="num ll-mono">{pct(r.valAccuracy)}</td>
                <td className="num ll-mono"><b>{pct(r.testAccuracy)}</b></td>
                <td className="num ll-mono">{r.imagesPerSec !== undefined ? Math.round(r.imagesPerSec).toLocaleString() : '—'}</td>
                <td className="ll-row-actions" data-testid="run-actions">
                  <div>
                    <button className="ll-btn" onClick={() => onOpenRun(r.dir)} data-testid="run-open">{t('runs.open')}</button>
                    {onOpenProject && <button className="ll-btn" onClick={() => void openProject(r.dir)} title={t('runs.openProjectHint')}>{t('runs.openProject')}</button>}
                    {onResumeRun && resumable(r) && (
                      <button className="ll-btn primary" disabled={busy} onClick={() => onResumeRun(r.dir)} data-testid="run-resume"
                        title={t('runs.resumeHint', { epoch: r.epochs, epochs: plannedEpochs(r) ?? r.epochs })}>{t('runs.resume')}</button>
                    )}
                    {deleting === r.dir ? (
                      <span className="ll-confirm" role="group" aria-label={t('runs.deleteConfirm', { name: r.name })}>
                        <span className="ll-muted">{t('runs.deleteAsk')}</span>
                        <button className="ll-btn danger" onClick={() => void remove(r)} data-testid="run-delete-yes">{t('runs.deleteYes')}</button>
                        <button className="ll-btn" onClick={() => setDeleting(null)}>{t('runs.deleteNo')}</button>
                      </span>
                    ) : (
                      <button className="ll-btn" onClick={() => setDeleting(r.dir)} data-testid="run-delete">{t('runs.delete')}</button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {compared.length >= 1 && <RunCurves runs={compared} />}
    </div>
  );
}

type StatusKey = 'runs.complete' | 'runs.cancelled' | 'runs.training' | 'runs.interrupted' | 'runs.damaged';

/** The status's CSS class: complete, cancelled, interrupted, damaged. */
function statusClass(status: string | undefined): string {
  if (!status) return 'complete';
  if (status.startsWith('damaged')) return 'damaged';
  return status;
}

function statusKey(status: string | undefined): StatusKey {
  const c = statusClass(status);
  if (c === 'cancelled') return 'runs.cancelled';
  if (c === 'interrupted') return 'runs.interrupted';
  if (c === 'damaged') return 'runs.damaged';
  if (c === 'training') return 'runs.training';
  return 'runs.complete';
}

/** The epochs the run was set to train (its settings), if known. */
function plannedEpochs(r: RunSummary): number | undefined {
  const e = r.settings?.epochs;
  return typeof e === 'number' ? e : undefined;
}

/** An interrupted or stopped run with a checkpoint (an epoch done) and epochs left. */
function resumable(r: RunSummary): boolean {
  const planned = plannedEpochs(r);
  return (r.status === 'interrupted' || r.status === 'cancelled') && r.epochs > 0 && planned !== undefined && r.epochs < planned;
}
