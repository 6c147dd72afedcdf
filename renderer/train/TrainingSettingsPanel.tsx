/** The run's settings (saved in the project's `training`): optimizer, schedule, batch, epochs, augmentation, backend. */
import { BACKEND_REQUESTS, type TrainingSettings } from '../../src/graph/projectFile';
import { useEditorSelector, useStore } from '../editor/EditorContext';
import { useToast } from '../editor/Toasts';
import { useI18n } from '../i18n/I18nContext';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { useTraining } from './TrainingContext';

const OPTIMIZERS = ['adam', 'sgd', 'rmsprop'] as const;
const SCHEDULES = ['constant', 'step', 'cosine'] as const;
const AUGMENTS = ['flip', 'crop', 'brightness'] as const;

export function TrainingSettingsPanel() {
  const { t } = useI18n();
  const store = useStore();
  const toast = useToast();
  const { sampleIndex, setSampleIndex } = useTraining();
  const s = useEditorSelector((st) => st.project.training);
  const readOnly = useEditorSelector((st) => st.readOnly !== null);
  const update = (patch: Partial<TrainingSettings>) => {
    const r = store.updateTraining(patch);
    if (!r.ok) toast(r.error, 'error');
  };
  return (
    <section className="ll-train-card" data-testid="training-settings">
      <h3 className="ll-train-h">{t('settings.title')}</h3>
      <div className="ll-train-grid2">
        <SelectField label={t('settings.optimizer')} value={s.optimizer} options={OPTIMIZERS} optionLabel={(o) => t(`settings.opt.${o}`)}
          disabled={readOnly} testId="set-optimizer" onChange={(optimizer) => update({ optimizer })} />
        <NumberField label={t('settings.learningRate')} value={s.learningRate} min={1e-7} max={10} step="any" disabled={readOnly}
          testId="set-lr" onCommit={(v) => update({ learningRate: v })} />
        {s.optimizer !== 'adam' && (
          <NumberField label={t('settings.momentum')} value={s.momentum} min={0} max={0.9999} step={0.05} disabled={readOnly}
            testId="set-momentum" onCommit={(v) => update({ momentum: v })} />
        )}
        <SelectField label={t('settings.schedule')} value={s.schedule} options={SCHEDULES} optionLabel={(o) => t(`settings.sched.${o}`)}
          disabled={readOnly} testId="set-schedule" onChange={(schedule) => update({ schedule })} />
        <NumberField label={t('settings.batchSize')} value={s.batchSize} min={1} max={4096} integer disabled={readOnly}
          testId="set-batch" onCommit={(v) => update({ batchSize: v })} />
        <NumberField label={t('settings.epochs')} value={s.epochs} min={1} max={10000} integer disabled={readOnly}
          testId="set-epochs" onCommit={(v) => update({ epochs: v })} />
        <NumberField label={t('settings.patience')} value={s.earlyStoppingPatience} min={0} max={1000} integer disabled={readOnly}
          testId="set-patience" onCommit={(v) => update({ earlyStoppingPatience: v })} />
        <SelectField label={t('settings.backend')} value={s.backend} options={BACKEND_REQUESTS} optionLabel={(o) => t(`settings.backend.${o}`)}
          disabled={readOnly} testId="set-backend" onChange={(backend) => update({ backend })} />
      </div>
      <div className="ll-field">
        <span className="ll-field-label">{t('settings.augment')}</span>
        <div className="ll-checks">
          {AUGMENTS.map((a) => (
            <label key={a} className="ll-check">
              <input type="checkbox" checked={s.augment[a]} disabled={readOnly} data-testid={`set-aug-${a}`}
                onChange={(e) => update({ augment: { ...s.augment, [a]: e.target.checked } })} />
              <span>{t(`settings.aug.${a}`)}</span>
            </label>
          ))}
        </div>
      </div>
      <NumberField label={t('settings.sample')} value={sampleIndex} min={0} max={100000} integer disabled={readOnly}
        testId="set-sample" onCommit={setSampleIndex} />
      <div className="ll-help">{t('settings.sampleHelp')}</div>
    </section>
  );
}
