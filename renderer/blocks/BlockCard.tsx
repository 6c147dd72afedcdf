/**
 * A block's card: kind, key settings, output shape, parameters, receptive field, its problem with the fix.
 * The one place a block is drawn (the canvas wraps it with ports; other views may show it as it is).
 *
 * Two levels of detail share one box, so zooming never changes a block's size: near, everything at its
 * normal size; far (an ancestor with the attribute `data-lod-far`, or `lod="far"`), three large lines — name,
 * output shape, parameters · receptive field — sized from `--ll-far-font` (the canvas sets it to stay
 * readable on screen) but never larger than the box allows. Styles are a CSS module: no other rule in the
 * app can reach the card's parts.
 */
import type { CSSProperties } from 'react';
import type { BlockView } from './blockView';
import styles from './BlockCard.module.css';

/** Width of a text in em by estimate (no DOM): CJK square, monospace 0.6 em, bold sans up to 0.72 em. */
function estimateEm(text: string, mono: boolean): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : mono ? 0.61 : /[A-Z0-9]/.test(ch) ? 0.74 : 0.68;
  return em;
}

const measured = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/**
 * Width of a text in em in the app's own fonts (bold sans-serif, or the monospace), measured once per
 * text on a canvas; an estimate where there is no DOM. The far lines are sized from it to fit their box.
 */
export function emWidth(text: string, mono = false): number {
  const key = `${mono ? 'm' : 's'}${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let em = estimateEm(text, mono);
  if (context) {
    const style = getComputedStyle(document.documentElement);
    const family = style.getPropertyValue(mono ? '--mono' : '--font').trim();
    if (family) {
      context.font = `${mono ? 600 : 700} 100px ${family}`;
      em = context.measureText(text).width / 100;
    }
  }
  measured.set(key, em);
  return em;
}

function Badge({ view }: { view: BlockView }) {
  if (!view.severity) return null;
  return <span className={`${styles.badge} ${styles[view.severity]}`} title={view.problem ?? ''}>{view.severity === 'error' ? '!' : '?'}</span>;
}

/** `onApplyFix`: where the card can edit the document (the canvas), an "Apply" button for its problem's fix. */
export function BlockCard({ view, lod, onApplyFix }: { view: BlockView; lod?: 'near' | 'far'; onApplyFix?: () => void }) {
  // Each far line is as large as the box allows for its length (see `.farLine` in the module).
  const far = (em: number) => ({ '--ll-line-em': em.toFixed(2) }) as CSSProperties;
  const cls = [styles.card, `cat-${view.category}`, view.severity ? styles[`has-${view.severity}`] : '', lod === 'far' ? styles.far : ''].join(' ');
  return (
    <div className={cls} data-kind={view.kind} data-testid="block-card">
      <div className={styles.near}>
        <div className={styles.head} data-part="head">
          <span className="ll-block-swatch" />
          <span className={styles.title} data-part="title" data-cell>{view.label ?? view.title}</span>
          {view.label && <span className={styles.kind}>{view.title}</span>}
          <Badge view={view} />
        </div>
        {view.chips.length > 0 && (
          <div className={styles.chips} data-part="chips">
            {view.chips.map((c) => <span key={c.name} className={styles.chip} data-cell>{c.text}</span>)}
          </div>
        )}
        {view.projections.length > 0 && (
          <div className={styles.projections} title={view.words.projection} data-testid="block-projections">
            {view.projections.map((p) => <div key={p} className={styles.projection} data-cell>{p}</div>)}
          </div>
        )}
        <dl className={styles.stats} title={view.cost} data-part="stats">
          <div className={styles.stat} data-cell><dt>{view.words.out}</dt><dd data-testid="block-shape">{view.outShape}</dd></div>
          <div className={styles.stat} data-cell><dt>{view.words.params}</dt><dd title={view.paramsExact} data-testid="block-params">{view.params}</dd></div>
          <div className={styles.stat} data-cell><dt>{view.words.rf}</dt><dd data-testid="block-rf">{view.rf}</dd></div>
        </dl>
        {view.problem && (
          <div className={`${styles.problem} ${styles[view.severity ?? 'warning']}`} data-testid="block-problem" title={`${view.problem}\n${view.words.fix} ${view.fix ?? ''}`}>
            <div>{view.problem}</div>
            {view.fix && view.severity === 'error' && <div className={styles.fix}><b>{view.words.fix}</b> {view.fix}</div>}
            {view.hasFix && onApplyFix && (
              <button type="button" className={`${styles.apply} nodrag`} onClick={(e) => { e.stopPropagation(); onApplyFix(); }} data-testid="block-apply-fix">{view.words.apply}</button>
            )}
          </div>
        )}
      </div>
      <div className={styles.farBox} aria-hidden>
        <div className={styles.farBody}>
          <span className={`${styles.farLine} ${styles.farTitle}`} style={far(emWidth(view.farTitle) + (view.severity ? 2.4 : 1))} data-far-cell>
            <span className="ll-block-swatch" />{view.farTitle}<Badge view={view} />
          </span>
          <span className={`${styles.farLine} ${styles.farShape}`} style={far(emWidth(view.outShape, true))} data-far-cell>{view.outShape}</span>
          <span className={`${styles.farLine} ${styles.farStats}`} style={far(emWidth(`${view.farParams}${view.rf}`, true) + emWidth(view.words.rfShort) * 0.72 + 0.9)} data-far-cell>
            <span>{view.farParams}</span><span className={styles.farRf}>{view.words.rfShort}</span><span>{view.rf}</span>
          </span>
        </div>
      </div>
    </div>
  );
}
