/** Zoom out, the zoom level (click: 100%), zoom in: in the toolbar, so nothing floats over the blocks. */
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useI18n } from '../i18n/I18nContext';
import { markFitted } from './useKeepFitted';

const zoomOf = (s: { transform: [number, number, number] }) => Math.round(s.transform[2] * 100);

export function ZoomControls() {
  const { t } = useI18n();
  const flow = useReactFlow();
  const percent = useFlowStore(zoomOf);
  return (
    <span className="ll-zoom" role="group" aria-label={t('view.zoom')}>
      <button className="ll-tool icon" onClick={() => { markFitted(false); void flow.zoomOut({ duration: 150 }); }} title={t('view.zoomOut')} aria-label={t('view.zoomOut')} data-testid="zoom-out">−</button>
      <button className="ll-tool ll-zoom-level" onClick={() => { markFitted(false); void flow.zoomTo(1, { duration: 150 }); }} title={t('view.zoomReset')} data-testid="zoom-level">{percent}%</button>
      <button className="ll-tool icon" onClick={() => { markFitted(false); void flow.zoomIn({ duration: 150 }); }} title={t('view.zoomIn')} aria-label={t('view.zoomIn')} data-testid="zoom-in">+</button>
    </span>
  );
}
