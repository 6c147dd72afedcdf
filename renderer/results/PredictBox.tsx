/** Predict with a run's model: drop images (or pick them), see each one's top-k classes as bars. */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { getEngine } from '../engineClient';
import { useToast } from '../editor/Toasts';
import { useI18n } from '../i18n/I18nContext';
import { readDataUrl, selectPredictFiles } from './predictFiles';
import type { Prediction } from './types';

interface Shown { readonly url: string; readonly prediction: Prediction }

export function PredictBox({ runDir }: { runDir: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<readonly Shown[]>([]);

  const run = async (files: readonly File[]) => {
    const { accepted, rejected } = selectPredictFiles(files);
    if (rejected.length) toast(t('results.predictSkipped', { list: rejected.join('; ') }), 'error');
    if (!accepted.length) return;
    setBusy(true);
    try {
      const urls = await Promise.all(accepted.map(readDataUrl));
      const { predictions } = await getEngine().request('predict', {
        runDir, topK: 5, images: accepted.map((f, i) => ({ name: f.name, dataUrl: urls[i] })),
      });
      setShown(predictions.map((p, i) => ({ url: urls[i], prediction: p })));
    } catch (err) {
      toast(t('results.predictFailed', { error: (err as Error).message }), 'error');
    } finally {
      setBusy(false);
    }
  };

  // Images dropped anywhere on the window while the results show go to predict too (a drop that another
  // zone, such as the data set panel, already took is left alone; so is anything without image files).
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    const hasFiles = (e: globalThis.DragEvent) => !!e.dataTransfer?.types.includes('Files');
    const onOver = (e: globalThis.DragEvent) => { if (hasFiles(e) && !e.defaultPrevented) e.preventDefault(); };
    const onWindowDrop = (e: globalThis.DragEvent) => {
      if (e.defaultPrevented || !hasFiles(e)) return;
      const files = [...(e.dataTransfer?.files ?? [])];
      if (!files.some((f) => f.type.startsWith('image/'))) return;
      e.preventDefault();
      void runRef.current(files);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onWindowDrop);
    return () => { window.removeEventListener('dragover', onOver); window.removeEventListener('drop', onWindowDrop); };
  }, []);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    void run([...e.dataTransfer.files]);
  };

  return (
    <div className={`ll-predict${over ? ' over' : ''}`} data-testid="predict"
      onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); setOver(true); } }}
      onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <div className="ll-predict-drop">
        <span>{busy ? t('results.predicting') : t('results.dropHint')}</span>
        <button className="ll-btn" onClick={() => input.current?.click()} disabled={busy}>{t('results.chooseImages')}</button>
        <input ref={input} type="file" accept="image/*" multiple hidden data-testid="predict-input"
          onChange={(e) => { void run([...(e.target.files ?? [])]); e.target.value = ''; }} />
      </div>
      {shown.length > 0 && (
        <div className="ll-predict-list">
          {shown.map((s, i) => (
            <div className="ll-predict-item" key={i} data-testid="prediction">
              <img src={s.url} alt="" />
              <div className="ll-predict-bars">
                <div className="ll-predict-name" title={s.prediction.image}>{s.prediction.image}</div>
                {s.prediction.error ? <div className="ll-err">{s.prediction.error}</div> : s.prediction.top.map((p, k) => (
                  <div className="ll-prob" key={p.label}>
                    <span className="ll-prob-label" title={p.label}>{p.label}</span>
                    <span className={`ll-prob-bar${k === 0 ? ' top' : ''}`}><span style={{ width: `${p.probability * 100}%` }} /></span>
                    <span className="ll-mono">{(p.probability * 100).toFixed(1)}%</span>
                  </div>
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
