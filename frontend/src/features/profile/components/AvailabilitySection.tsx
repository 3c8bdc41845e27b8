import { CheckboxField, TextField } from '@/components/form';
import { useI18n } from '@/lib/i18n';
import { LanguagesField } from './LanguagesField';
import { fieldId, LIMITS } from './profile-form-model';
import type { ProfileSectionProps } from './section-props';

/** Where, from when, how many hours and at what rate (P-1). */
export function AvailabilitySection({ values, update, errorFor }: ProfileSectionProps) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('profile.section.availability')}</h3>
      <CheckboxField
        id="profile-abroad"
        label={t('profile.abroad')}
        checked={values.abroad}
        onCheckedChange={(checked) => update('abroad', checked)}
      />
      {!values.abroad && (
        <TextField
          id={fieldId('region')}
          label={t('profile.postcodeArea')}
          hint={t('profile.postcodeArea.hint')}
          required
          inputMode="numeric"
          autoComplete="off"
          value={values.postcodeArea}
          onValueChange={(value) => update('postcodeArea', value)}
          error={errorFor('region')}
        />
      )}
      {values.abroad && errorFor('region') && (
        <p className="field__error" id={fieldId('region')}>
          {errorFor('region')}
        </p>
      )}
      <div className="form-grid">
        <TextField
          id={fieldId('availableFrom')}
          type="date"
          label={t('profile.availableFrom')}
          value={values.availableFrom}
          onValueChange={(value) => update('availableFrom', value)}
          error={errorFor('availableFrom')}
        />
        <TextField
          id={fieldId('hoursPerWeek')}
          label={t('profile.hoursPerWeek')}
          hint={t('profile.hoursPerWeek.hint', { min: LIMITS.hoursMin, max: LIMITS.hoursMax })}
          inputMode="numeric"
          value={values.hoursPerWeek}
          onValueChange={(value) => update('hoursPerWeek', value)}
          error={errorFor('hoursPerWeek')}
        />
        <TextField
          id={fieldId('rateMinCents')}
          label={t('profile.rateMin')}
          hint={t('profile.rate.hint')}
          inputMode="decimal"
          value={values.rateMin}
          onValueChange={(value) => update('rateMin', value)}
          error={errorFor('rateMinCents')}
        />
        <TextField
          id={fieldId('rateMaxCents')}
          label={t('profile.rateMax')}
          hint={t('profile.rate.hint')}
          inputMode="decimal"
          value={values.rateMax}
          onValueChange={(value) => update('rateMax', value)}
          error={errorFor('rateMaxCents')}
        />
      </div>
      <LanguagesField
        value={values.languages}
        onValueChange={(value) => update('languages', value)}
        error={errorFor('languages')}
      />
    </>
  );
}
