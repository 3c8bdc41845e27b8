import { useState, type FormEvent } from 'react';
import { FormErrors } from '@/components/FormErrors';
import { useApiForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useSaveMyProfile } from '../api/save-my-profile';
import { AboutSection } from './AboutSection';
import { AvailabilitySection } from './AvailabilitySection';
import { BackgroundSection } from './BackgroundSection';
import { ContactSection } from './ContactSection';
import { profileFieldAt } from './profile-fields';
import { formFieldOf, toProfileInput, validateProfileForm, type ProfileFormValues } from './profile-form-model';
import type { ProfileSectionProps } from './section-props';

interface ProfileFormProps {
  initial: ProfileFormValues;
  isNew: boolean;
}

/**
 * The whole own profile in one form (PUT replaces it), in sections. Client-side checks mirror
 * ProfileInput's limits; the server's problem+json field errors are shown on the same inputs.
 */
export function ProfileForm({ initial, isNew }: ProfileFormProps) {
  const { t } = useI18n();
  const save = useSaveMyProfile();
  const [values, setValues] = useState(initial);
  const [savedMessage, setSavedMessage] = useState('');
  const form = useApiForm({
    fieldAt: (path) => profileFieldAt(path, values, t),
    pathOf: (error) => formFieldOf(error.field),
    validate: () => validateProfileForm(values),
  });

  const update: ProfileSectionProps['update'] = (key, value) => {
    setValues((current) => ({ ...current, [key]: value }));
    setSavedMessage('');
  };
  const section: ProfileSectionProps = { values, update, errorFor: form.errorFor };

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, async () => {
      setSavedMessage('');
      await save.mutateAsync(toProfileInput(values));
      setSavedMessage(t('profile.saved'));
    });

  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="profile-form-title"
      data-testid="profile-form"
    >
      <h2 id="profile-form-title">{t(isNew ? 'profile.form.titleNew' : 'profile.form.title')}</h2>
      {isNew && <p data-testid="profile-new">{t('profile.form.newIntro')}</p>}
      <p className="field__hint">{t('form.requiredExplained')}</p>
      <FormErrors form={form} failedHeading={t('profile.saveFailed')} />

      <AboutSection {...section} />
      <BackgroundSection {...section} />
      <AvailabilitySection {...section} />
      <ContactSection {...section} />

      <div className="form-actions">
        <button type="submit" className="button button--primary" data-testid="profile-save" disabled={form.submitting}>
          {t(form.submitting ? 'profile.saving' : 'profile.save')}
        </button>
        <p role="status" className="form-actions__status" data-testid="profile-status">
          {savedMessage}
        </p>
      </div>
    </form>
  );
}
