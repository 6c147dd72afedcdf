/**
 * LayerLoom's data texts in the exported Python, taken from the catalogue at export time (src/messages/dataTexts.ts):
 * skipped-file reasons and folder errors in the command line's wording, dataset notices in English — the very
 * sentences the app writes into meta.json and prints, so the scripts cannot drift from them.
 */
import { DATA_TEXTS } from '../messages/dataTexts';
import { entryText } from '../messages/index';
import { pyStr } from './pythonNames';

/** `_TEXTS = {...}` and `layerloom_text(code, **params)`. */
export function pythonTexts(): string {
  const lines = Object.entries(DATA_TEXTS).map(([code, entry]) => {
    const audience = code.startsWith('data.notice.') ? 'en' : 'cli';
    return `    ${pyStr(code)}: ${pyStr(entryText(entry, audience))},`;
  });
  return [
    '# LayerLoom\'s texts for skipped files, folder errors (its command line\'s words) and dataset notices (English).',
    '_TEXTS = {',
    ...lines,
    '}',
    '',
    '',
    'def layerloom_text(code, **params):',
    '    """LayerLoom\'s sentence for a text code, {placeholders} filled from params (a missing one stays visible)."""',
    '    import re',
    '',
    '    return re.sub(r"\\{(\\w+)\\}", lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0), _TEXTS[code])',
  ].join('\n');
}
