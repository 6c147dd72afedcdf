/**
 * A run's training settings as one short line for the runs table, e.g. "adam · lr 0.001 · batch 32 · mnist"
 * (in Chinese "adam · 学习率 0.001 · 批大小 32 · mnist": the labels come from the user's language; optimizer names,
 * data folders and augmentation keys are names and stay as they are).
 */

/** The words of the line, in the user's language. */
export interface SettingsWords {
  readonly lr: string;
  readonly batch: string;
  readonly yes: string;
}

const ENGLISH: SettingsWords = { lr: 'lr', batch: 'batch', yes: 'yes' };

const FIELDS: readonly (readonly [key: string, label: keyof SettingsWords | null])[] = [
  ['optimizer', null], ['learningRate', 'lr'], ['batchSize', 'batch'], ['data', null], ['augment', null],
];

function show(value: unknown, words: SettingsWords): string | null {
  if (value === null || value === undefined || value === '' || value === false) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
  if (typeof value === 'string') return value.split(/[\\/]/).filter(Boolean).pop() ?? value; // a data folder by its name
  if (value === true) return words.yes;
  if (Array.isArray(value)) return value.length ? value.map(String).join('+') : null;
  if (typeof value === 'object') {
    const on = Object.entries(value as Record<string, unknown>).filter(([, v]) => v === true || (typeof v === 'number' && v > 0)).map(([k]) => k);
    return on.length ? on.join('+') : null;
  }
  return String(value);
}

export function settingsText(settings: Readonly<Record<string, unknown>> | undefined, words: SettingsWords = ENGLISH): string {
  if (!settings) return '—';
  const parts = FIELDS.map(([key, label]) => {
    const v = show(settings[key], words);
    return v === null ? null : label ? `${words[label]} ${v}` : v;
  }).filter((p): p is string => p !== null);
  return parts.length ? parts.join(' · ') : '—';
}
