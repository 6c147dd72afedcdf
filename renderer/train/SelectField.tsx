/** A labelled choice among fixed options, each shown by its own label (a translated string). */
interface Props<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly optionLabel: (option: T) => string;
  readonly disabled?: boolean;
  readonly testId: string;
  readonly onChange: (value: T) => void;
}

export function SelectField<T extends string>({ label, value, options, optionLabel, disabled, testId, onChange }: Props<T>) {
  return (
    <label className="ll-field">
      <span className="ll-field-label">{label}</span>
      <select className="ll-input" value={value} disabled={disabled} data-testid={testId} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => <option key={o} value={o}>{optionLabel(o)}</option>)}
      </select>
    </label>
  );
}
