import { useId } from 'react';
import { useI18n } from '@/lib/i18n';

/** The form's view of a saved search: text inputs, turned into JobAlertCriteria on submit. */
export interface CriteriaForm {
  text: string;
  skills: string;
  region: string;
  remote: string;
  minRateEuros: string;
}

export const EMPTY_CRITERIA: CriteriaForm = { text: '', skills: '', region: '', remote: '', minRateEuros: '' };

export function CriteriaFields({ value, onChange }: { value: CriteriaForm; onChange: (next: CriteriaForm) => void }) {
  const { t } = useI18n();
  const id = useId();
  const field = (name: keyof CriteriaForm) => ({
    id: `${id}-${name}`,
    value: value[name],
    onChange: (event: { target: { value: string } }) => onChange({ ...value, [name]: event.target.value }),
  });
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('jobAlerts.criteria')}</legend>
      <p className="field__hint">{t('jobAlerts.criteriaHint')}</p>
      <div className="field">
        <label htmlFor={`${id}-text`} className="field__label">
          {t('jobAlerts.text')}
        </label>
        <input type="text" maxLength={100} className="field__control" {...field('text')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-skills`} className="field__label">
          {t('jobAlerts.skills')}
        </label>
        <p className="field__hint" id={`${id}-skills-hint`}>
          {t('jobAlerts.skillsHint')}
        </p>
        <input type="text" className="field__control" {...field('skills')} aria-describedby={`${id}-skills-hint`} />
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-region`} className="field__label">
            {t('jobAlerts.region')}
          </label>
          <input type="text" inputMode="numeric" maxLength={6} className="field__control" {...field('region')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-remote`} className="field__label">
            {t('jobAlerts.remote')}
          </label>
          <select className="field__control" {...field('remote')}>
            <option value="">{t('jobAlerts.remoteAny')}</option>
            <option value="ONSITE">{t('jobAlerts.remote.ONSITE')}</option>
            <option value="HYBRID">{t('jobAlerts.remote.HYBRID')}</option>
            <option value="REMOTE">{t('jobAlerts.remote.REMOTE')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-minRateEuros`} className="field__label">
            {t('jobAlerts.minRate')}
          </label>
          <input type="number" min={0} step={1} className="field__control" {...field('minRateEuros')} />
        </div>
      </div>
    </fieldset>
  );
}
