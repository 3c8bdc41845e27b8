import { CheckboxField, RadioGroup, TextAreaField, TextField } from '@/components/form';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { fieldId, LIMITS, VISIBILITIES } from './profile-form-model';
import type { ProfileSectionProps } from './section-props';

/** Who sees the profile (P-2), and the professional in a few words. */
export function AboutSection({ values, update, errorFor }: ProfileSectionProps) {
  const { t } = useI18n();
  return (
    <>
      <RadioGroup
        id={fieldId('visibility')}
        name="visibility"
        legend={t('profile.visibility.legend')}
        required
        value={values.visibility}
        onValueChange={(value) => update('visibility', value)}
        error={errorFor('visibility')}
        options={VISIBILITIES.map((visibility) => ({
          value: visibility,
          label: t(`profile.visibility.${visibility}` as MessageKey),
          description: t(`profile.visibility.${visibility}.explain` as MessageKey),
          testId: `visibility-${visibility}`,
        }))}
      />

      <h3>{t('profile.section.about')}</h3>
      <TextField
        id={fieldId('displayName')}
        label={t('profile.displayName')}
        hint={t('profile.displayName.hint')}
        required
        autoComplete="name"
        value={values.displayName}
        onValueChange={(value) => update('displayName', value)}
        error={errorFor('displayName')}
      />
      <TextField
        id={fieldId('headline')}
        label={t('profile.headline')}
        hint={t('profile.headline.hint')}
        required
        value={values.headline}
        onValueChange={(value) => update('headline', value)}
        error={errorFor('headline')}
      />
      <TextAreaField
        id={fieldId('summary')}
        label={t('profile.summary')}
        hint={t('profile.summary.hint', { max: LIMITS.summary })}
        rows={6}
        value={values.summary}
        onValueChange={(value) => update('summary', value)}
        error={errorFor('summary')}
      />
      <CheckboxField
        id={fieldId('freeTextPublic')}
        label={t('profile.freeTextPublic')}
        hint={t('profile.freeTextPublic.hint')}
        checked={values.freeTextPublic}
        onCheckedChange={(checked) => update('freeTextPublic', checked)}
      />
      <TextField
        id={fieldId('skills')}
        label={t('profile.skills')}
        hint={t('profile.skills.hint', { max: LIMITS.skills })}
        value={values.skills}
        onValueChange={(value) => update('skills', value)}
        error={errorFor('skills')}
      />
    </>
  );
}
