/**
 * Feature maps of the latest training snapshot: every conv/pool block's channels (or the one picked on
 * the canvas), a channel enlarged on click, the first convolution's kernels, and the receptive field of
 * the hovered map pixel outlined on the input image.
 */
import { useMemo, useState } from 'react';
import type { Analysis } from '../../src/graph/analysisTypes';
import { useAnalysis, useEditorSelector, useLabels, useStore } from '../editor/EditorContext';
import { useI18n } from '../i18n/I18nContext';
import { ChannelCanvas } from './ChannelCanvas';
import { FeatureMapsBlockList } from './FeatureMapsBlockList';
import { COLORMAPS, colormapCss, sharedScale, type ColormapName, type SharedScale } from './colormap';
import { InputPreview } from './InputPreview';
import { mapPixelRegion, type RelativeRegion } from './receptiveRegion';
import type { FeatureMapsEvent } from './types';

export interface FeatureMapsPanelProps {
  readonly event: FeatureMapsEvent | null;
  readonly analysis?: Analysis;
}

type Block = FeatureMapsEvent['blocks'][number];
interface Hover { readonly blockId: string; readonly channel: number; readonly x: number; readonly y: number }

const ALL = '';

function firstSelected(nodes: ReadonlySet<string>): string | null {
  for (const id of nodes) return id;
  return null;
}

export function FeatureMapsPanel({ event, analysis: given }: FeatureMapsPanelProps) {
  const { t } = useI18n();
  const editorAnalysis = useAnalysis();
  const analysis = given ?? editorAnalysis;
  const labels = useLabels();
  const store = useStore();
  const selectedNode = useEditorSelector((s) => firstSelected(s.selection.nodes));
  const [colormap, setColormap] = useState<ColormapName>('viridis');
  const [shared, setShared] = useState(false);
  const [enlarged, setEnlarged] = useState<{ blockId: string; channel: number } | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);

  const blocks = event?.blocks ?? [];
  // The canvas selection decides the block shown; a selection without maps (Dense, Input …) shows all.
  const shownId = selectedNode && blocks.some((b) => b.blockId === selectedNode) ? selectedNode : ALL;
  const shown = shownId === ALL ? blocks : blocks.filter((b) => b.blockId === shownId);
  const name = (id: string) => labels.get(id) ?? id;

  const inputSize = useMemo((): [number, number] | null => {
    const shape = analysis.inputId ? analysis.nodes[analysis.inputId]?.outputShape : null;
    if (shape && shape.length === 3) return [shape[0], shape[1]];
    const img = event?.sample.image;
    return img ? [img.height, img.width] : null;
  }, [analysis, event]);

  const region = useMemo((): RelativeRegion | null => {
    if (!hover || !inputSize) return null;
    const block = blocks.find((b) => b.blockId === hover.blockId);
    const rf = analysis.nodes[hover.blockId]?.receptiveField;
    const ch = block?.channels[hover.channel];
    if (!block || !rf || !ch || block.shape.length < 2) return null;
    return mapPixelRegion({ rf, mapSize: [block.shape[0], block.shape[1]], shownSize: [ch.height, ch.width], inputSize, x: hover.x, y: hover.y });
  }, [hover, blocks, analysis, inputSize]);

  // 1×1 maps (after global pooling, or a 5×5 input to a 5×5 conv) carry one value each: only a shared scale shows it.
  // Memoised per event, so hovering (a re-render per pixel) does not redraw every canvas.
  const scales = useMemo(() => new Map(blocks.map((b) => {
    const tiny = b.channels.every((c) => c.width * c.height === 1);
    return [b.blockId, shared || tiny ? sharedScale(b.channels) : undefined] as const;
  })), [blocks, shared]);

  if (!event) return <p className="ll-muted ll-pad" data-testid="feature-maps-empty">{t('fm.waiting')}</p>;
  if (!blocks.length) return <p className="ll-muted ll-pad" data-testid="feature-maps-empty">{t('fm.noBlocks')}</p>;

  const pick = (id: string) => {
    setEnlarged(null);
    if (id === ALL) store.clearSelection();
    else store.select([id]);
  };
  const rfText = (id: string) => {
    const rf = analysis.nodes[id]?.receptiveField;
    return rf ? (rf.global ? t('fm.rfGlobal') : t('fm.rf', { size: rf.size })) : '';
  };
  const big = enlarged && blocks.find((b) => b.blockId === enlarged.blockId)?.channels[enlarged.channel];
  const scaleOf = (id: string): SharedScale | undefined => scales.get(id);
  const thumb = shownId === ALL ? 44 : 72;

  return (
    <div className="ll-fm" data-testid="feature-maps">
      <FeatureMapsBlockList blocks={blocks} shownId={shownId} name={name} colormap={colormap} onPick={pick} />
      <aside className="ll-fm-side">
        {event.sample.image && (
          <InputPreview image={event.sample.image} label={event.sample.label} region={region} size={168}
            caption={t('fm.sample')} />
        )}
        <p className="ll-muted ll-fm-hint">{region ? t('fm.rfShown') : t('fm.hoverHint')}</p>
        {event.kernels && event.kernels.channels.length > 0 && (
          <div className="ll-fm-kernels">
            <h4>{t('fm.kernels', { block: name(event.kernels.blockId) })}</h4>
            <div className="ll-fm-grid">
              {event.kernels.channels.map((k, i) => (
                <ChannelCanvas key={i} channel={k} colormap="gray" size={28} title={t('fm.kernel', { n: i + 1 })} testId="fm-kernel" />
              ))}
            </div>
          </div>
        )}
      </aside>
      <div className="ll-fm-main">
        <div className="ll-fm-toolbar">
          <label>{t('fm.block')}{' '}
            <select className="ll-select" value={shownId} onChange={(e) => pick(e.target.value)} data-testid="fm-block-picker">
              <option value={ALL}>{t('fm.allBlocks')}</option>
              {blocks.map((b) => <option key={b.blockId} value={b.blockId}>{name(b.blockId)} · {b.kind}</option>)}
            </select>
          </label>
          <label>{t('fm.colormap')}{' '}
            <select className="ll-select" value={colormap} onChange={(e) => setColormap(e.target.value as ColormapName)} data-testid="fm-colormap">
              {COLORMAPS.map((c) => <option key={c} value={c}>{t(c === 'gray' ? 'fm.gray' : 'fm.viridis')}</option>)}
            </select>
          </label>
          <label>{t('fm.scale')}{' '}
            <select className="ll-select" value={shared ? 'block' : 'channel'} onChange={(e) => setShared(e.target.value === 'block')} data-testid="fm-scale"
              title={t('fm.scaleHelp')}>
              <option value="channel">{t('fm.scaleChannel')}</option>
              <option value="block">{t('fm.scaleBlock')}</option>
            </select>
          </label>
          <span className="ll-muted ll-fm-when">{t('fm.snapshot', { epoch: event.epoch, batch: event.batch })}</span>
        </div>
        {big && enlarged && (
          <div className="ll-fm-enlarged" data-testid="fm-enlarged">
            <ChannelCanvas channel={big} colormap={colormap} size={220} scale={scaleOf(enlarged.blockId)}
              onHoverPixel={(p) => setHover(p && { blockId: enlarged.blockId, channel: enlarged.channel, ...p })} />
            <div className="ll-fm-enlarged-info">
              <div><b>{name(enlarged.blockId)}</b> · {t('fm.channel', { n: enlarged.channel + 1 })}</div>
              <div className="ll-muted ll-mono">{big.width}×{big.height}</div>
              <Legend colormap={colormap} lo={scaleOf(enlarged.blockId)?.lo ?? big.min} hi={scaleOf(enlarged.blockId)?.hi ?? big.max} />
              <button className="ll-btn" onClick={() => setEnlarged(null)}>{t('fm.close')}</button>
            </div>
          </div>
        )}
        <div className="ll-fm-blocks">
          {shown.map((b) => (
            <BlockMaps key={b.blockId} block={b} name={name(b.blockId)} rf={rfText(b.blockId)} colormap={colormap} thumb={thumb} scale={scaleOf(b.blockId)}
              enlarged={enlarged?.blockId === b.blockId ? enlarged.channel : null}
              onPick={shownId === ALL ? () => pick(b.blockId) : undefined}
              onEnlarge={(channel) => setEnlarged({ blockId: b.blockId, channel })}
              onHover={(channel, p) => setHover(p && { blockId: b.blockId, channel, ...p })} t={t} />
          ))}
        </div>
      </div>
    </div>
  );
}

interface BlockMapsProps {
  readonly block: Block;
  readonly name: string;
  readonly rf: string;
  readonly colormap: ColormapName;
  readonly scale: SharedScale | undefined;
  readonly thumb: number;
  readonly enlarged: number | null;
  readonly onPick?: () => void;
  readonly onEnlarge: (channel: number) => void;
  readonly onHover: (channel: number, pixel: { x: number; y: number } | null) => void;
  readonly t: ReturnType<typeof useI18n>['t'];
}

function BlockMaps({ block, name, rf, colormap, scale, thumb, enlarged, onPick, onEnlarge, onHover, t }: BlockMapsProps) {
  const total = block.shape[2] ?? block.channels.length;
  return (
    <section className="ll-fm-block" data-testid="fm-block" data-block={block.blockId}>
      <header>
        {onPick ? <button className="ll-link" onClick={onPick} title={t('fm.showOnly')}>{name}</button> : <b>{name}</b>}
        <span className="ll-muted">{block.kind}</span>
        <span className="ll-mono ll-muted">{block.shape.join('×')}</span>
        {rf && <span className="ll-chip">{rf}</span>}
        {total > block.channels.length && <span className="ll-muted">{t('fm.firstChannels', { n: block.channels.length, total })}</span>}
      </header>
      <div className="ll-fm-grid">
        {block.channels.map((ch, i) => (
          <ChannelCanvas key={i} channel={ch} colormap={colormap} scale={scale} size={thumb} selected={enlarged === i}
            title={t('fm.channelHint', { n: i + 1 })} onClick={() => onEnlarge(i)} onHoverPixel={(p) => onHover(i, p)} testId="fm-channel" />
        ))}
      </div>
    </section>
  );
}

/** A colour bar from the lowest to the highest value shown. */
function Legend({ colormap, lo, hi }: { colormap: ColormapName; lo: number; hi: number }) {
  const stops = [0, 0.25, 0.5, 0.75, 1].map((f) => `${colormapCss(colormap, f)} ${f * 100}%`).join(', ');
  return (
    <div className="ll-fm-legend">
      <span className="ll-fm-legend-bar" style={{ background: `linear-gradient(to right, ${stops})` }} />
      <span className="ll-mono ll-muted"><span>{lo.toPrecision(3)}</span><span>{hi.toPrecision(3)}</span></span>
    </div>
  );
}
