/**
 * Where everything sits on a block card, mirroring the canvas card's CSS (renderer/blocks/BlockCard.module.css):
 * a 200 px card at least 120 px tall, a 3 px category border on top, the title row, chips that wrap, an
 * Add's projection lines, the three stats at the bottom (each as wide as its value, spread across) and the
 * problem box. Pure geometry in card pixels; svgWriter draws it.
 */
import type { BlockFace } from './blockFace';
import { ellipsize, textWidth, wrapText } from './textWidth';

export const CARD_WIDTH = 200;
export const CARD_MIN_HEIGHT = 120;
export const BORDER_TOP = 3;
/** Line boxes of the fonts at the card's sizes (the module's line-heights). */
const LINE = { title: 16.9, chip: 17, projection: 14, statKey: 13, statValue: 15, problem: 16.1 } as const;
const HEAD = { top: 7, bottom: 3, side: 10, swatch: 10, gap: 7, badge: 18 } as const;
const CHIPS = { top: 1, bottom: 5, side: 10, gap: 3, padX: 5, padY: 0, size: 10.5 } as const;
const PROJECTION = { bottom: 5, side: 10, gap: 1, size: 10, rule: 2, indent: 5 } as const;
const STAT = { top: 4, bottom: 6, side: 10, divider: 6, keySize: 9.5, keySpacing: 0.3, valueSize: 11 } as const;
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
  readonly role: 'title' | 'kind' | 'chip' | 'projection' | 'statKey' | 'statValue' | 'problem' | 'fix' | 'badge';
  readonly anchor?: 'start' | 'middle';
}

export interface CardLayout {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly TextBox[];
  readonly chips: readonly { x: number; y: number; width: number; height: number }[];
  /** The coloured rule left of each projection line. */
  readonly projectionRules: readonly { x: number; y: number; height: number }[];
  readonly swatch: { x: number; y: number; size: number };
  readonly badge: { cx: number; cy: number; r: number } | null;
  /** y of the line above the stats; the lines between them (x, from y to y + height). */
  readonly statsTop: number;
  readonly statDividers: readonly { x: number; y: number; height: number }[];
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
  // The title wraps (CSS overflow-wrap: anywhere) in the room left by the kind's name and the badge.
  const titleLines = wrapText(title, Math.max(20, right - x - (face.label ? kindW + HEAD.gap : 0)) * WRAP_SAFETY, 13);
  titleLines.forEach((line, i) => {
    texts.push({ x, y: mid - LINE.title / 2 + i * LINE.title, height: LINE.title, text: line, size: 13, font: 'sans', weight: 700, role: 'title' });
  });
  x += Math.max(...titleLines.map((l) => textWidth(l, 13, 'sans', true))) + HEAD.gap;
  if (face.label) texts.push({ x, y: mid - 7, height: 14, text: ellipsize(face.title, Math.max(10, right - x), 11), size: 11, font: 'sans', weight: 400, role: 'kind' });
  const badge = face.severity ? { cx: CARD_WIDTH - 1 - HEAD.side - HEAD.badge / 2, cy: mid, r: HEAD.badge / 2 } : null;
  if (badge) texts.push({ x: badge.cx, y: mid - 7, height: 14, text: face.severity === 'error' ? '!' : '?', size: 11, font: 'sans', weight: 800, role: 'badge', anchor: 'middle' });
  y += Math.max(rowH, titleLines.length * LINE.title) + HEAD.bottom;

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

  const projectionRules: { x: number; y: number; height: number }[] = [];
  if (face.projections.length) {
    face.projections.forEach((line, i) => {
      if (i > 0) y += PROJECTION.gap;
      projectionRules.push({ x: 1 + PROJECTION.side, y, height: LINE.projection });
      texts.push({ x: 1 + PROJECTION.side + PROJECTION.rule + PROJECTION.indent, y, height: LINE.projection, text: line, size: PROJECTION.size, font: 'sans', weight: 600, role: 'projection' });
      y += LINE.projection;
    });
    y += PROJECTION.bottom;
  }

  // The problem box (below the stats) is laid out first: the stats sit as low as a card at least
  // CARD_MIN_HEIGHT tall puts them (margin-top: auto), above it.
  const problem = problemText(face);
  const problemHeight = problem ? 1 + PROBLEM.top + (problem.lines.length + problem.fix.length) * LINE.problem + (problem.fix.length ? PROBLEM.fixGap : 0) + PROBLEM.bottom : 0;
  const statsHeight = 1 + STAT.top + LINE.statKey + LINE.statValue + STAT.bottom;
  const statsTop = Math.max(y, CARD_MIN_HEIGHT - 1 - statsHeight - problemHeight);
  y = statsTop + 1;
  const stats = [[face.words.out, face.outShape], [face.words.params, face.params], [face.words.rf, face.rf]] as const;
  const keyWidth = (k: string) => textWidth(k.toUpperCase(), STAT.keySize) + STAT.keySpacing * k.length;
  const widths = stats.map(([k, v], i) => Math.max(keyWidth(k), textWidth(v, STAT.valueSize, 'mono', true)) + (i > 0 ? 1 + STAT.divider : 0));
  // flex: space-between over the inner width.
  const room = CARD_WIDTH - 2 - 2 * STAT.side;
  const gap = Math.max(0, (room - widths.reduce((a, b) => a + b, 0)) / (stats.length - 1));
  const dividers: { x: number; y: number; height: number }[] = [];
  let sx = 1 + STAT.side;
  stats.forEach(([k, v], i) => {
    let tx = sx;
    if (i > 0) {
      dividers.push({ x: sx, y: y + STAT.top, height: LINE.statKey + LINE.statValue });
      tx += 1 + STAT.divider;
    }
    texts.push({ x: tx, y: y + STAT.top, height: LINE.statKey, text: k.toUpperCase(), size: STAT.keySize, font: 'sans', weight: 400, role: 'statKey' });
    texts.push({ x: tx, y: y + STAT.top + LINE.statKey, height: LINE.statValue, text: ellipsize(v, Math.max(widths[i], room / 3), STAT.valueSize, 'mono'), size: STAT.valueSize, font: 'mono', weight: 600, role: 'statValue' });
    sx += widths[i] + gap;
  });
  y += STAT.top + LINE.statKey + LINE.statValue + STAT.bottom;

  let problemTop: number | null = null;
  if (problem) {
    problemTop = y;
    y += 1 + PROBLEM.top;
    for (const line of problem.lines) {
      texts.push({ x: 1 + PROBLEM.side, y, height: LINE.problem, text: line, size: PROBLEM.size, font: 'sans', weight: 400, role: 'problem' });
      y += LINE.problem;
    }
    if (problem.fix.length) {
      y += PROBLEM.fixGap;
      for (const line of problem.fix) {
        texts.push({ x: 1 + PROBLEM.side, y, height: LINE.problem, text: line, size: PROBLEM.size, font: 'sans', weight: 400, role: 'fix' });
        y += LINE.problem;
      }
    }
    y += PROBLEM.bottom;
  }
  return { width: CARD_WIDTH, height: Math.max(CARD_MIN_HEIGHT, Math.round(y + 1)), texts, chips, projectionRules, swatch, badge, statsTop, statDividers: dividers, problemTop };
}

/** The problem's lines and its fix's (errors only), wrapped and clamped as the card's CSS does. */
function problemText(face: BlockFace): { lines: string[]; fix: string[] } | null {
  if (!face.problem) return null;
  // Wrapped a little narrower than the box: estimated widths must never spill out of the card.
  const width = (CARD_WIDTH - 2 - 2 * PROBLEM.side) * WRAP_SAFETY;
  const lines = clampLines(wrapText(face.problem, width, PROBLEM.size), face.severity === 'warning' ? 2 : 3, width, PROBLEM.size);
  const fix = face.fix && face.severity === 'error' ? clampLines(wrapText(`${face.words.fix} ${face.fix}`, width, PROBLEM.size), 2, width, PROBLEM.size) : [];
  return { lines, fix };
}
