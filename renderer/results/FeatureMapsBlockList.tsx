/**
 * The blocks that have feature maps, as a readable list beside the maps: name, kind, output shape and a
 * thumbnail of their first channel. Picking one here (or on the canvas) shows only its maps. In the Train
 * view the canvas is small and a deep network's blocks are specks: this is where one picks a block.
 */
import { useI18n } from '../i18n/I18nContext';
import { ChannelCanvas } from './ChannelCanvas';
import type { ColormapName } from './colormap';
import type { FeatureMapsEvent } from './types';

type Block = FeatureMapsEvent['blocks'][number];

interface Props {
  readonly blocks: readonly Block[];
  /** The block shown alone, or '' for all. */
  readonly shownId: string;
  readonly name: (id: string) => string;
  readonly colormap: ColormapName;
  readonly onPick: (id: string) => void;
}

export function FeatureMapsBlockList({ blocks, shownId, name, colormap, onPick }: Props) {
  const { t } = useI18n();
  return (
    <nav className="ll-fm-list" aria-label={t('fm.block')} data-testid="fm-list">
      <button className={`ll-fm-item all ${shownId === '' ? 'active' : ''}`} aria-pressed={shownId === ''} onClick={() => onPick('')} data-testid="fm-list-all">
        <span className="ll-fm-item-name">{t('fm.allBlocks')}</span>
        <span className="ll-fm-item-meta">{t('fm.blocksN', { n: blocks.length })}</span>
      </button>
      {blocks.map((b) => (
        <button key={b.blockId} className={`ll-fm-item ${shownId === b.blockId ? 'active' : ''}`} aria-pressed={shownId === b.blockId}
          onClick={() => onPick(b.blockId)} data-testid="fm-list-item" data-block={b.blockId} title={`${name(b.blockId)} · ${b.kind} · ${b.shape.join('×')}`}>
          {b.channels[0] ? <ChannelCanvas channel={b.channels[0]} colormap={colormap} size={26} /> : <span className="ll-fm-item-blank" />}
          <span className="ll-fm-item-text">
            <span className="ll-fm-item-name">{name(b.blockId)}</span>
            <span className="ll-fm-item-meta">{b.kind} · <span className="ll-mono">{b.shape.join('×')}</span></span>
          </span>
        </button>
      ))}
    </nav>
  );
}
