/** A run's training settings as one short line for the runs table, e.g. "adam · lr 0.001 · batch 32 · mnist". */

const FIELDS: readonly (readonly [key: string, prefix: string])[] = [
  ['optimizer', ''], ['learningRate', 'lr '], ['batchSize', 'batch '], ['data', ''], ['augment', ''],
];

function show(value: unknown): string | null {
  if (value === null || value === undefined || value === '' || value === false) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
  if (typeof value === 'string') return value.split(/[\\/]/).filter(Boolean).pop() ?? value; // a data folder by its name
  if (value === true) return 'yes';
  if (Array.isArray(value)) return value.length ? value.map(String).join('+') : null;
  if (typeof value === 'object') {
    const on = Object.entries(value as Record<string, unknown>).filter(([, v]) => v === true || (typeof v === 'number' && v > 0)).map(([k]) => k);
    return on.length ? on.join('+') : null;
  }
  return String(value);
}

export function settingsText(settings: Readonly<Record<string, unknown>> | undefined): string {
  if (!settings) return '—';
  const parts = FIELDS.map(([key, prefix]) => {
    const v = show(settings[key]);
    return v === null ? null : `${prefix}${v}`;
  }).filter((p): p is string => p !== null);
  return parts.length ? parts.join(' · ') : '—';
}
