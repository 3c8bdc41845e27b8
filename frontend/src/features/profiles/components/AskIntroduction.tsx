import { useState, type FormEvent } from 'react';
import { Link } from '@/lib/router';
import { FormErrors } from '@/components/FormErrors';
import { TextAreaField } from '@/components/form';
import { fieldsByPath, maxLength, REQUIRED, useApiForm, type FormField, type ValidationErrors } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useAskIntroduction } from '../api/ask-introduction';

const MESSAGE_MAX = 2000;

/**
 * K-3: on an anonymous profile a client asks to be introduced. The professional decides; only
 * when they accept does the organisation receive their name and contact details.
 */
export function AskIntroduction({ profileId }: { profileId: string }) {
  const { t } = useI18n();
  const ask = useAskIntroduction(profileId);
  const [message, setMessage] = useState('');
  const fields = {
    message: {
      id: 'introduction-message',
      label: t('askIntroduction.message'),
      messages: { required: REQUIRED, 'too-long': maxLength(MESSAGE_MAX) },
    },
  } satisfies Record<string, FormField>;
  const form = useApiForm({
    fieldAt: fieldsByPath(fields),
    validate: (): ValidationErrors => (message.trim() === '' ? { message: REQUIRED } : {}),
  });

  if (ask.isSuccess) {
    return (
      <section aria-labelledby="ask-introduction-title" className="section">
        <h2 id="ask-introduction-title">{t('askIntroduction.title')}</h2>
        <p className="notice notice--success" role="status" data-testid="introduction-asked">
          {t('askIntroduction.asked')} <Link to="/organisation/introductions">{t('askIntroduction.follow')}</Link>
        </p>
      </section>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, () => ask.mutateAsync({ message: message.trim() }));

  return (
    <form className="form section" noValidate onSubmit={onSubmit} aria-labelledby="ask-introduction-title">
      <h2 id="ask-introduction-title">{t('askIntroduction.title')}</h2>
      <p>{t('askIntroduction.intro')}</p>
      <FormErrors form={form} failedHeading={t('askIntroduction.failed')} />
      <TextAreaField
        id={fields.message.id}
        label={t('askIntroduction.message')}
        required
        maxLength={MESSAGE_MAX}
        value={message}
        onValueChange={setMessage}
        error={form.errorFor('message')}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="introduction-ask"
          disabled={form.submitting}
        >
          {t('askIntroduction.submit')}
        </button>
      </div>
    </form>
  );
}
