/**
 * The app's global stylesheet: no class is styled on its own in two sections (the results panel's
 * `.ll-stat` once overrode the block card's and pushed its RF cell 120 px out of the card). Components
 * with parts of their own use CSS modules (renderer/blocks/BlockCard.module.css), which cannot clash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'styles', 'app.css'), 'utf8');

/** Top-level rules with the section (the last top-level header comment) they sit in. */
function rules(css: string): { section: string; selector: string }[] {
  const out: { section: string; selector: string }[] = [];
  let section = '(top)';
  let depth = 0;
  let buffer = '';
  for (let i = 0; i < css.length; i++) {
    if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2);
      const comment = css.slice(i + 2, end).trim();
      const ownLine = (i === 0 || css[i - 1] === '\n') && /^\s*\n/.test(css.slice(end + 2, end + 4) + '\n');
      if (depth === 0 && ownLine && /^(====\s*)?[A-Z]/.test(comment) && comment.length < 120) section = comment.replace(/=/g, '').trim().split(/[(.,]/)[0].trim();
      i = end + 1;
      continue;
    }
    const ch = css[i];
    if (ch === '{') {
      if (depth === 0 && !buffer.trim().startsWith('@')) for (const sel of buffer.split(',')) out.push({ section, selector: sel.trim() });
      depth += 1;
      buffer = '';
    } else if (ch === '}') { depth -= 1; buffer = ''; } else if (depth === 0) buffer += ch;
  }
  return out;
}

/** A selector of one compound (no ancestor scoping it), without pseudo-classes: what it styles everywhere. */
const leading = (selector: string) => (/[\s>+~]/.test(selector) ? '' : selector.replace(/::?[\w-]+(\([^)]*\))?/g, ''));

describe('app.css', () => {
  it('styles no class on its own in two sections', () => {
    const owners = new Map<string, Set<string>>();
    for (const r of rules(CSS)) {
      const key = leading(r.selector);
      if (!/^\.[\w-]+$/.test(key)) continue; // element, attribute, theme and compound selectors scope themselves
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(r.section);
    }
    const clashes = [...owners].filter(([, sections]) => sections.size > 1).map(([cls, sections]) => `${cls}: ${[...sections].join(' / ')}`);
    expect(owners.size).toBeGreaterThan(100);
    expect(clashes).toEqual([]);
  });

  it('finds a clash like the one it guards against', () => {
    const css = '/* Blocks */\n.ll-stat { padding: 4px; }\n/* Results */\n.ll-stat { min-width: 120px; }\n';
    const sections = rules(css).filter((r) => leading(r.selector) === '.ll-stat').map((r) => r.section);
    expect(new Set(sections)).toEqual(new Set(['Blocks', 'Results']));
  });
});
