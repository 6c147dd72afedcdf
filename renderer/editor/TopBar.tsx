/** The toolbar: file, edit, view; the document name with its dirty marker; language and theme; Design | Train. */
import { useMemo } from 'react';
import { isDirty } from '../../src/graph/editing/index';
import { flowDirectionOf } from '../../src/graph/layout';
import { ExportMenu } from '../export/ExportMenu';
import { useI18n } from '../i18n/I18nContext';
import { useAnalysis, useEditorState } from './EditorContext';
import type { EditorActions } from './useEditorActions';
import type { ThemeChoice } from './useTheme';
import { ZoomControls } from './ZoomControls';
import { documentName } from '../files/documentName';

export type WorkspaceMode = 'design' | 'train';

interface Props {
  readonly actions: EditorActions;
  readonly onTemplates: () => void;
  readonly onLessons: () => void;
  readonly onCompare: () => void;
  readonly onDiagram: () => void;
  readonly theme: ThemeChoice;
  readonly onTheme: (t: ThemeChoice) => void;
  readonly mode: WorkspaceMode;
  readonly onMode: (mode: WorkspaceMode) => void;
}

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function TopBar({ actions, onTemplates, onLessons, onCompare, onDiagram, theme, onTheme, mode, onMode }: Props) {
  const { t, l, lang, setLang } = useI18n();
  const state = useEditorState();
  const analysis = useAnalysis();
  const dirty = isDirty(state);
  const { past, future } = state.history;
  const lastUndo = past[past.length - 1];
  const nextRedo = future[0];
  const name = documentName(state.project.meta.name, t);
  const canTrain = analysis.ok && state.graph.nodes.length > 0;
  const flow = useMemo(() => flowDirectionOf(state.graph), [state.graph]);
  // While a run uses the document, nothing may replace or change it.
  const locked = state.readOnly !== null;
  return (
    <header className="ll-topbar">
      <div className="ll-brand" title={t('appName')}><span className="ll-logo" aria-hidden>◆</span><span className="ll-brand-name">{t('appName')}</span></div>
      <div className="ll-toolgroup">
        <button className="ll-tool" onClick={actions.newDocument} disabled={locked} title={t('file.new')}>{t('file.new')}</button>
        <button className="ll-tool" onClick={() => void actions.open()} disabled={locked} title={`${t('file.open')} (${MOD}O)`} data-testid="open">{t('file.open')}</button>
        <button className="ll-tool" onClick={() => void actions.save(false)} title={`${t('file.save')} (${MOD}S)`} data-testid="save">{t('file.save')}</button>
      </div>
      <div className="ll-toolgroup">
        <button className="ll-tool icon" onClick={actions.undo} disabled={!lastUndo || locked} data-testid="undo"
          title={lastUndo ? `${t('edit.undoWhat', { what: ` ${l(lastUndo.label)}` })} (${MOD}Z)` : t('edit.undo')}>↶</button>
        <button className="ll-tool icon" onClick={actions.redo} disabled={!nextRedo || locked} data-testid="redo"
          title={nextRedo ? `${t('edit.redoWhat', { what: ` ${l(nextRedo.label)}` })} (${MOD}Shift+Z)` : t('edit.redo')}>↷</button>
      </div>
      <div className="ll-toolgroup">
        <button className="ll-tool" onClick={onTemplates} disabled={locked} data-testid="templates">{t('edit.templates')}</button>
        <button className="ll-tool" onClick={onLessons} disabled={locked} data-testid="lessons-button">{t('lessons.button')}</button>
        <button className="ll-tool" onClick={onCompare} disabled={!state.graph.nodes.length} data-testid="compare-button">{t('compare.button')}</button>
        <button className="ll-tool" onClick={onDiagram} disabled={!state.graph.nodes.length} data-testid="diagram-button">{t('diagram.button')}</button>
        <button className="ll-tool" onClick={() => actions.autoLayout()} disabled={!state.graph.nodes.length || locked} title={`${t('edit.autoLayout')} (${MOD}Shift+L)`} data-testid="auto-layout">{t('edit.autoLayout')}</button>
        <span className="ll-seg ll-flow-switch" role="group" aria-label={t('edit.flow')}>
          {(['down', 'right'] as const).map((d) => (
            <button key={d} className={flow === d ? 'active' : ''} onClick={() => actions.autoLayout(d)} disabled={!state.graph.nodes.length || locked}
              title={t(d === 'down' ? 'edit.flowDown' : 'edit.flowRight')} aria-pressed={flow === d} data-testid={`layout-${d}`}>{d === 'down' ? '↓' : '→'}</button>
          ))}
        </span>
        <button className="ll-tool" onClick={actions.fitView} title={t('edit.fitView')} aria-label={t('edit.fitView')} data-testid="fit-view">{t('edit.fit')}</button>
        <ZoomControls />
      </div>
      <div className="ll-toolgroup"><ExportMenu /></div>
      <div className="ll-docname" data-testid="doc-name" title={state.path ?? name}>
        {name}{dirty && <span className="ll-dirty" title={t('unsaved')} data-testid="dirty-marker"> ●</span>}
      </div>
      <div className="ll-toolgroup right">
        <select className="ll-select" value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'zh')} aria-label={t('view.language')} data-testid="language">
          <option value="en">English</option>
          <option value="zh">简体中文</option>
        </select>
        <select className="ll-select" value={theme} onChange={(e) => onTheme(e.target.value as ThemeChoice)} aria-label={t('view.theme')} data-testid="theme">
          <option value="system">{t('view.system')}</option>
          <option value="light">{t('view.light')}</option>
          <option value="dark">{t('view.dark')}</option>
        </select>
        <div className="ll-seg ll-mode-switch" role="tablist" aria-label={t('mode.label')}>
          <button role="tab" aria-selected={mode === 'design'} className={mode === 'design' ? 'active' : ''} onClick={() => onMode('design')} data-testid="mode-design">{t('mode.design')}</button>
          <button role="tab" aria-selected={mode === 'train'} className={mode === 'train' ? 'active' : ''} onClick={() => onMode('train')} data-testid="mode-train"
            title={canTrain ? t('mode.trainHelp') : t('edit.fixErrorsFirst')}>▶ {t('mode.train')}{locked && <span className="ll-live-dot" aria-hidden />}</button>
        </div>
      </div>
    </header>
  );
}
