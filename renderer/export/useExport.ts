/**
 * Export a network as Python code (issue 7). In Electron: a save dialog, then the engine writes the
 * code (and, given a run folder, the trained weights next to it). In the browser: the code downloads;
 * with weights the engine writes both into the run folder, since a page cannot pick a folder to write to.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Project } from '../../src/graph/projectFile';
import { useStore } from '../editor/EditorContext';
import { useToast } from '../editor/Toasts';
import { getEngine, hasNativeDialogs } from '../engineClient';
import { useI18n } from '../i18n/I18nContext';
import { exportFileName, joinPath, type ExportTarget } from './exportFiles';
import { downloadBlob } from '../files/download';
import { documentName } from '../files/documentName';

export type { ExportTarget } from './exportFiles';

export interface ExportOptions {
  /** A run folder: export its trained weights too (the network must be the run's own). */
  readonly weightsFrom?: string;
  /** The network to export; default the editor's current document. */
  readonly project?: Project;
}

export interface Exporter {
  exportTo(to: ExportTarget, options?: ExportOptions): Promise<void>;
  readonly busy: boolean;
}

function download(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'text/x-python' }), fileName);
}

export function useExport(): Exporter {
  const store = useStore();
  const toast = useToast();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);

  const exportTo = useCallback(async (to: ExportTarget, options: ExportOptions = {}) => {
    const project = options.project ?? store.toProject();
    const framework = to === 'pytorch' ? 'PyTorch' : 'Keras';
    const fileName = exportFileName(documentName(project.meta.name, t), to);
    const engine = getEngine();
    setBusy(true);
    try {
      if (hasNativeDialogs()) {
        const { path } = await engine.request('dialog.save', {
          title: t('export.dialogTitle', { framework }),
          defaultPath: options.weightsFrom ? joinPath(options.weightsFrom, fileName) : fileName,
        });
        if (!path) return;
        const r = await engine.request('export.write', { project, to, path, ...(options.weightsFrom ? { weightsFrom: options.weightsFrom } : {}) });
        toast(r.weightsPath ? t('export.savedWithWeights', { path: r.path, weights: r.weightsPath }) : t('export.saved', { path: r.path }), 'success');
      } else if (options.weightsFrom) {
        const r = await engine.request('export.write', { project, to, path: joinPath(options.weightsFrom, fileName), weightsFrom: options.weightsFrom });
        toast(t('export.savedWithWeights', { path: r.path, weights: r.weightsPath ?? '—' }), 'success');
      } else {
        const r = await engine.request('export.code', { project, to });
        download(r.code, r.fileName || fileName);
        toast(t('export.downloaded', { file: r.fileName || fileName }), 'success');
      }
    } catch (err) {
      toast(t('export.failed', { framework, error: (err as Error).message }), 'error');
    } finally {
      setBusy(false);
    }
  }, [store, toast, t]);

  return useMemo(() => ({ exportTo, busy }), [exportTo, busy]);
}
