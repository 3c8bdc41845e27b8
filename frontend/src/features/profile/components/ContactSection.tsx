import { TextField } from '@/components/form';
import { useI18n } from '@/lib/i18n';
import { fieldId } from './profile-form-model';
import type { ProfileSectionProps } from './section-props';

/** How a client reaches the professional: shown only to a client who releases the details (a disclosure, D-8). */
export function ContactSection({ values, update, errorFor }: ProfileSectionProps) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('profile.section.contact')}</h3>
      <p className="field__hint">{t('profile.contact.explain')}</p>
      <div className="form-grid">
        <TextField
          id={fieldId('contact.email')}
          type="email"
          label={t('profile.contact.email')}
          autoComplete="email"
          value={values.email}
          onValueChange={(value) => update('email', value)}
          error={errorFor('contact.email')}
        />
        <TextField
          id={fieldId('contact.phone')}
          type="tel"
          label={t('profile.contact.phone')}
          autoComplete="tel"
          value={values.phone}
          onValueChange={(value) => update('phone', value)}
          error={errorFor('contact.phone')}
        />
      </div>
      <TextField
        id={fieldId('contact.callTimes')}
        label={t('profile.contact.callTimes')}
        hint={t('profile.contact.callTimes.hint')}
        value={values.callTimes}
        onValueChange={(value) => update('callTimes', value)}
        error={errorFor('contact.callTimes')}
      />
    </>
  );
}
