/**
 * Where everything sits on a block card, mirroring the canvas card's CSS (renderer/styles/app.css,
 * `.ll-block*`): a 220 px card, a 3 px category border on top, the title row, chips that wrap, the
 * three stats and the problem box. Pure geometry in card pixels; svgWriter draws it.
 */
import type { BlockFace } from './blockFace';
import { ellipsize, textWidth, wrapText } from './textWidth';

export const CARD_WIDTH = 220;
export const BORDER_TOP = 3;
/** Line boxes of the fonts at the card's sizes ("normal" line height ≈ 1.2 em). */
const LINE = { title: 16, chip: 13, statKey: 12, statValue: 15, problem: 16.1 } as const;
const HEAD = { top: 7, bottom: 3, side: 10, swatch: 10, gap: 7, badge: 18 } as const;
const CHIPS = { top: 2, bottom: 6, side: 10, gap: 4, padX: 6, padY: 1, size: 11 } as const;
const STAT = { top: 4, bottom: 6, side: 8, columns: [1.25, 1, 1] } as const;
const PROBLEM = { top: 6, bottom: 8, side: 10, size: 11.5, fixGap: 3 } as const;

const WRAP_SAFETY = 0.9;

/** At most `max` lines; the last one ends in an ellipsis when text was cut (as CSS line-clamp shows it). */
function clampLines(lines: readonly string[], max: number, width: number, size: number): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  kept[max - 1] = ellipsize(`${kept[max - 1]} ${lines[max]}`, width, size);
  return kept;
}

export interface TextBox {
  readonly x: number;
  /** Top of the line box. */
  readonly y: number;
  readonly height: number;
  readonly text: string;
  readonly size: number;
  readonly font: 'sans' | 'mono';
  readonly weight: 400 | 600 | 700 | 800;
  readonly role: 'title' | 'kind' | 'chip' | 'statKey' | 'statValue' | 'problem' | 'fix' | 'badge';
  readonly anchor?: 'start' | 'middle';
}

export interface CardLayout {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly TextBox[];
  readonly chips: readonly { x: number; y: number; width: number; height: number }[];
  readonly swatch: { x: number; y: number; size: number };
  readonly badge: { cx: number; cy: number; r: number } | null;
  /** y of the line above the stats, x of the lines between them. */
  readonly statsTop: number;
  readonly statDividers: readonly number[];
  readonly problemTop: number | null;
}

export function layoutCard(face: BlockFace): CardLayout {
  const texts: TextBox[] = [];
  const inner = CARD_WIDTH - 2;
  let y = BORDER_TOP + HEAD.top;
  const rowH = Math.max(LINE.title, face.severity ? HEAD.badge : 0);
  const mid = y + rowH / 2;
  const swatch = { x: 1 + HEAD.side, y: mid - HEAD.swatch / 2, size: HEAD.swatch };
  let x = swatch.x + HEAD.swatch + HEAD.gap;
  const right = CARD_WIDTH - 1 - HEAD.side - (face.severity ? HEAD.badge + HEAD.gap : 0);
  const title = face.label ?? face.title;
  const kindW = face.label ? textWidth(face.title, 11) : 0;
  const titleText = ellipsize(title, Math.max(20, right - x - (face.label ? kindW + HEAD.gap : 0)), 13, 'sans', true);
  texts.push({ x, y: mid - LINE.title / 2, height: LINE.title, text: titleText, size: 13, font: 'sans', weight: 700, role: 'title' });
  x += textWidth(titleText, 13, 'sans', true) + HEAD.gap;
  if (face.label) texts.push({ x, y: mid - 7, height: 14, text: ellipsize(face.title, Math.max(10, right - x), 11), size: 11, font: 'sans', weight: 400, role: 'kind' });
  const badge = face.severity ? { cx: CARD_WIDTH - 1 - HEAD.side - HEAD.badge / 2, cy: mid, r: HEAD.badge / 2 } : null;
  if (badge) texts.push({ x: badge.cx, y: mid - 7, height: 14, text: face.severity === 'error' ? '!' : '?', size: 11, font: 'sans', weight: 800, role: 'badge', anchor: 'middle' });
  y += rowH + HEAD.bottom;

  const chips: { x: number; y: number; width: number; height: number }[] = [];
  if (face.chips.length) {
    y += CHIPS.top;
    const chipH = LINE.chip + 2 * CHIPS.padY;
    let cx = 1 + CHIPS.side;
    let rowTop = y;
    for (const c of face.chips) {
      const w = textWidth(c.text, CHIPS.size) + 2 * CHIPS.padX;
      if (cx > 1 + CHIPS.side && cx + w > 1 + inner - CHIPS.side) { cx = 1 + CHIPS.side; rowTop += chipH + CHIPS.gap; }
      chips.push({ x: cx, y: rowTop, width: w, height: chipH });
      texts.push({ x: cx + CHIPS.padX, y: rowTop + CHIPS.padY, height: LINE.chip, text: c.text, size: CHIPS.size, font: 'sans', weight: 400, role: 'chip' });
      cx += w + CHIPS.gap;
    }
    y = rowTop + chipH + CHIPS.bottom;
  }

  const statsTop = y;
  y += 1;
  const total = STAT.columns.reduce((a, b) => a + b, 0);
  const stats = [[face.words.out, face.outShape], [face.words.params, face.params], [face.words.rf, face.rf]] as const;
  const dividers: number[] = [];
  let sx = 1;
  stats.forEach(([k, v], i) => {
    const w = (inner * STAT.columns[i]) / total;
    if (i > 0) dividers.push(sx);
    const avail = w - 2 * STAT.side;
    texts.push({ x: sx + STAT.side, y: y + STAT.top, height: LINE.statKey, text: k.toUpperCase(), size: 10, font: 'sans', weight: 400, role: 'statKey' });
    texts.push({ x: sx + STAT.side, y: y + STAT.top + LINE.statKey, height: LINE.statValue, text: ellipsize(v, avail, 12, 'mono'), size: 12, font: 'mono', weight: 600, role: 'statValue' });
    sx += w;
  });
  y += STAT.top + LINE.statKey + LINE.statValue + STAT.bottom;

  let problemTop: number | null = null;
  if (face.problem) {
    problemTop = y;
    y += 1 + PROBLEM.top;
    // Wrapped a little narrower than the box: estimated widths must never spill out of the card.
    const width = (inner - 2 * PROBLEM.side) * WRAP_SAFETY;
    const lines = clampLines(wrapText(face.problem, width, PROBLEM.size), face.severity === 'warning' ? 2 : 3, width, PROBLEM.size);
    for (const line of lines) {
      texts.push({ x: 1 + PROBLEM.side, y, height: LINE.problem, text: line, size: PROBLEM.size, font: 'sans', weight: 400, role: 'problem' });
      y += LINE.problem;
    }
    if (face.fix && face.severity === 'error') {
      y += PROBLEM.fixGap;
      const fix = clampLines(wrapText(`${face.words.fix} ${face.fix}`, width, PROBLEM.size), 2, width, PROBLEM.size);
      for (const line of fix) {
        texts.push({ x: 1 + PROBLEM.side, y, height: LINE.problem, text: line, size: PROBLEM.size, font: 'sans', weight: 400, role: 'fix' });
        y += LINE.problem;
      }
    }
    y += PROBLEM.bottom;
  }
  return { width: CARD_WIDTH, height: Math.round(y + 1), texts, chips, swatch, badge, statsTop, statDividers: dividers, problemTop };
}
