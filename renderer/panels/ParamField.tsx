/** One parameter in the inspector: the right control for its type, its range enforced, its help text. */
import { useEffect, useState } from 'react';
import type { ParamSpec } from '../../src/graph/params';
import type { ParamValue } from '../../src/graph/types';
import { useI18n } from '../i18n/I18nContext';
import { checkNumberInput } from './numberInput';

interface Props {
  readonly name: string;
  readonly spec: ParamSpec;
  readonly value: ParamValue;
  readonly problem?: string;
  readonly onChange: (value: ParamValue) => void;
}

export function ParamField({ name, spec, value, problem, onChange }: Props) {
  const { t, l } = useI18n();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { setDraft(String(value)); setError(null); }, [value]);

  const id = `param-${name}`;
  let control;
  if (spec.type === 'int' || spec.type === 'float') {
    const range = t('inspector.range', { min: spec.min, max: spec.max });
    const commit = (text: string) => {
      setDraft(text);
      const checked = checkNumberInput(text, spec.min, spec.max, spec.type === 'int', t);
      if ('error' in checked) { setError(checked.error); return; }
      setError(null);
      onChange(checked.value);
    };
    control = (
      <div className="ll-field-row">
        <input
          id={id} className={`ll-input ll-num ${error ? 'invalid' : ''}`} type="number" inputMode={spec.type === 'int' ? 'numeric' : 'decimal'}
          min={spec.min} max={spec.max} step={spec.type === 'int' ? 1 : spec.step ?? 'any'}
          value={draft} onChange={(e) => commit(e.target.value)} onBlur={() => { setDraft(String(value)); setError(null); }}
          data-testid={id}
        />
        <span className="ll-range">{range}</span>
      </div>
    );
  } else if (spec.type === 'enum') {
    control = (
      <select id={id} className="ll-input" value={String(value)} onChange={(e) => onChange(e.target.value)} data-testid={id}>
        {spec.options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    );
  } else {
    control = (
      <label className="ll-check">
        <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} data-testid={id} />
        <span>{l(spec.label)}</span>
      </label>
    );
  }
  return (
    <div className={`ll-field ${problem ? 'has-problem' : ''}`}>
      {spec.type !== 'bool' && <label htmlFor={id} className="ll-field-label">{l(spec.label)}</label>}
      {control}
      {error && <div className="ll-field-error">{error}</div>}
      {problem && <div className="ll-field-error">{problem}</div>}
      <div className="ll-help">{l(spec.help)}</div>
    </div>
  );
}
