/** A labelled number input that keeps what is typed and commits only valid values (the range is shown on error). */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { checkNumberInput } from '../panels/numberInput';

interface Props {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly step?: number | 'any';
  readonly disabled?: boolean;
  readonly testId: string;
  readonly onCommit: (value: number) => void;
}

export function NumberField({ label, value, min, max, integer = false, step, disabled, testId, onCommit }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { setDraft(String(value)); setError(null); }, [value]);
  const change = (text: string) => {
    setDraft(text);
    const checked = checkNumberInput(text, min, max, integer, t);
    if ('error' in checked) { setError(checked.error); return; }
    setError(null);
    onCommit(checked.value);
  };
  return (
    <label className="ll-field">
      <span className="ll-field-label">{label}</span>
      <input className={`ll-input ll-num ${error ? 'invalid' : ''}`} type="number" min={min} max={max} step={step ?? (integer ? 1 : 'any')}
        value={draft} disabled={disabled} data-testid={testId}
        onChange={(e) => change(e.target.value)} onBlur={() => { setDraft(String(value)); setError(null); }} />
      {error && <span className="ll-field-error">{error}</span>}
    </label>
  );
}
