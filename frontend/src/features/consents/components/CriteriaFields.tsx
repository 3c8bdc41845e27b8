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
    <fieldset>
      <legend>{t('jobAlerts.criteria')}</legend>
      <p className="hint">{t('jobAlerts.criteriaHint')}</p>
      <label htmlFor={`${id}-text`}>{t('jobAlerts.text')}</label>
      <input type="text" maxLength={100} {...field('text')} />
      <label htmlFor={`${id}-skills`}>{t('jobAlerts.skills')}</label>
      <input type="text" {...field('skills')} aria-describedby={`${id}-skills-hint`} />
      <p className="hint" id={`${id}-skills-hint`}>
        {t('jobAlerts.skillsHint')}
      </p>
      <label htmlFor={`${id}-region`}>{t('jobAlerts.region')}</label>
      <input type="text" inputMode="numeric" maxLength={6} {...field('region')} />
      <label htmlFor={`${id}-remote`}>{t('jobAlerts.remote')}</label>
      <select {...field('remote')}>
        <option value="">{t('jobAlerts.remoteAny')}</option>
        <option value="ONSITE">{t('jobAlerts.remote.ONSITE')}</option>
        <option value="HYBRID">{t('jobAlerts.remote.HYBRID')}</option>
        <option value="REMOTE">{t('jobAlerts.remote.REMOTE')}</option>
      </select>
      <label htmlFor={`${id}-minRateEuros`}>{t('jobAlerts.minRate')}</label>
      <input type="number" min={0} step={1} {...field('minRateEuros')} />
    </fieldset>
  );
}
