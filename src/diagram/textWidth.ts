/**
 * Text widths without a DOM (the command line writes diagrams too): per-character advance estimates for
 * the UI's sans-serif and monospace fonts, CJK characters a full em. Used to wrap chips and shorten titles
 * the way the canvas does; the app passes the sizes it measured instead where it can.
 */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

function sansAdvance(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (/[0-9]/.test(ch)) return 0.57;
  if (/[A-Z]/.test(ch)) return /[MW]/.test(ch) ? 0.85 : /[IJ]/.test(ch) ? 0.3 : 0.66;
  if (/[a-z]/.test(ch)) return /[mw]/.test(ch) ? 0.83 : /[ijlft]/.test(ch) ? 0.3 : /[r]/.test(ch) ? 0.4 : 0.55;
  if (ch === ' ') return 0.28;
  if (ch === '×') return 0.58;
  if (/[.,:;'!|]/.test(ch)) return 0.28;
  if (/[()[\]{}\-/]/.test(ch)) return 0.36;
  return 0.58;
}

/** Width in pixels of `text` at `size` px; `bold` widens sans text a little. */
export function textWidth(text: string, size: number, font: 'sans' | 'mono' = 'sans', bold = false): number {
  let em = 0;
  for (const ch of text) em += font === 'mono' ? (CJK.test(ch) ? 1 : 0.6) : sansAdvance(ch);
  return em * size * (bold && font === 'sans' ? 1.07 : 1);
}

/** The longest prefix of `text` that fits `width` with an ellipsis, as CSS text-overflow does. */
export function ellipsize(text: string, width: number, size: number, font: 'sans' | 'mono' = 'sans', bold = false): string {
  if (textWidth(text, size, font, bold) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('') + '…', size, font, bold) <= width) lo = mid; else hi = mid - 1;
  }
  return chars.slice(0, lo).join('') + '…';
}

/** Splits text into lines no wider than `width` (at spaces; CJK text between any two characters). */
export function wrapText(text: string, width: number, size: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
  const lines: string[] = [];
  let cur = '';
  for (const tok of tokens) {
    const next = cur + tok;
    if (cur && textWidth(next.trimEnd(), size) > width && tok.trim()) { lines.push(cur.trimEnd()); cur = tok.trimStart(); } else cur = next;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines;
}
