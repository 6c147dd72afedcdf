/** The block palette: every catalog kind, grouped by category, with its explanation on hover. */
import { memo, useMemo, useState, type DragEvent } from 'react';
import { BLOCK_CATEGORIES, type AnyBlockDefinition } from '../../src/graph/blocks/blockDefinition';
import { BLOCKS, BLOCK_KINDS } from '../../src/graph/blocks/index';
import { BLOCK_DRAG_TYPE } from '../editor/Canvas';
import { useI18n } from '../i18n/I18nContext';
import type { StringKey } from '../i18n/strings';

function PaletteImpl({ onAdd }: { onAdd: (kind: string) => void }) {
  const { t, l } = useI18n();
  const [query, setQuery] = useState('');
  const [hover, setHover] = useState<AnyBlockDefinition | null>(null);
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return BLOCK_CATEGORIES.map((cat) => ({
      cat,
      blocks: BLOCK_KINDS.map((k) => BLOCKS[k]).filter((b) => b.category === cat && (!q
        || b.kind.toLowerCase().includes(q) || b.title.en.toLowerCase().includes(q) || b.title.zh.includes(q))),
    })).filter((g) => g.blocks.length > 0);
  }, [query]);

  const onDragStart = (e: DragEvent, kind: string) => {
    e.dataTransfer.setData(BLOCK_DRAG_TYPE, kind);
    e.dataTransfer.setData('text/plain', kind);
    e.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <aside className="ll-palette" data-testid="palette">
      <div className="ll-panel-title">{t('palette.title')}</div>
      <input className="ll-input ll-palette-search" placeholder={t('palette.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="ll-palette-list">
        {groups.map(({ cat, blocks }) => (
          <section key={cat} className="ll-palette-group">
            <h3>{t(`cat.${cat}` as StringKey)}</h3>
            {blocks.map((b) => (
              <div
                key={b.kind}
                className={`ll-palette-item cat-${b.category}`}
                draggable
                role="button"
                tabIndex={0}
                onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onAdd(b.kind); } }}
                data-kind={b.kind}
                data-testid={`palette-${b.kind}`}
                title={l(b.doc)}
                onDragStart={(e) => onDragStart(e, b.kind)}
                onDoubleClick={() => onAdd(b.kind)}
                onMouseEnter={() => setHover(b)}
                onMouseLeave={() => setHover((h) => (h === b ? null : h))}
              >
                <span className="ll-block-swatch" />
                <span className="ll-palette-name">{l(b.title)}</span>
                {l(b.title) !== b.kind && <span className="ll-palette-kind">{b.kind}</span>}
              </div>
            ))}
          </section>
        ))}
      </div>
      <div className="ll-palette-doc">
        {hover ? (<><b>{l(hover.title)}</b><p>{l(hover.doc)}</p></>) : <p className="ll-muted">{t('palette.hint')}</p>}
      </div>
    </aside>
  );
}

export const Palette = memo(PaletteImpl);
