import { useState, type FormEvent } from 'react';
import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { FormErrors } from '@/components/FormErrors';
import { CheckboxField, TextAreaField, TextField } from '@/components/form';
import { RequireRole } from '@/components/RequireRole';
import { useMe } from '@/lib/api';
import { ROLES } from '@/lib/auth';
import { fieldsByPath, maxLength, REQUIRED, useApiForm, type FormField, type ValidationErrors } from '@/lib/forms';
import { formatDateTime, useDocumentTitle, useI18n } from '@/lib/i18n';
import {
  COACHING_TOPICS,
  useMyContactRequests,
  usePreviewContactRequest,
  useSendContactRequest,
  type AnonymisedContactRequest,
  type CoachingTopic,
  type ContactRequestInput,
} from '../api/contact-requests';
import { AnonymisedRequest } from '../components/AnonymisedRequest';
import { topicKey } from '../components/topics';

const MOTIVATION_MAX = 2000;

/** /contact-requests: a professional asks the coach network for contact (K-1) and follows it (K-2). */
export function ContactRequestsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('contactRequests.title'));
  return (
    <>
      <h1>{t('contactRequests.title')}</h1>
      <RequireRole roles={[ROLES.professional]}>
        <p className="lead">{t('contactRequests.intro')}</p>
        <p>
          <Link to="/introductions">{t('contactRequests.toIntroductions')}</Link>
        </p>
        <ContactRequestForm />
        <MyContactRequests />
      </RequireRole>
    </>
  );
}

function ContactRequestForm() {
  const { t } = useI18n();
  const me = useMe();
  const preview = usePreviewContactRequest();
  const send = useSendContactRequest();
  const [topics, setTopics] = useState<CoachingTopic[]>([]);
  const [motivation, setMotivation] = useState('');
  const [shareMotivation, setShareMotivation] = useState(false);
  const [name, setName] = useState(me.data?.name ?? '');
  const [email, setEmail] = useState(me.data?.email ?? '');
  const [phone, setPhone] = useState('');
  const [previewed, setPreviewed] = useState<AnonymisedContactRequest | null>(null);
  const [sent, setSent] = useState(false);

  const fields = {
    topics: { id: 'contact-topics', label: t('contactRequests.topics'), messages: { 'too-short': REQUIRED } },
    motivation: {
      id: 'contact-motivation',
      label: t('contactRequests.motivation'),
      messages: { required: REQUIRED, 'too-long': maxLength(MOTIVATION_MAX) },
    },
    'contact.name': { id: 'contact-name', label: t('contactRequests.name'), messages: { required: REQUIRED } },
    'contact.email': { id: 'contact-email', label: t('contactRequests.email'), messages: { required: REQUIRED } },
    'contact.phone': { id: 'contact-phone', label: t('contactRequests.phone'), messages: {} },
  } satisfies Record<string, FormField>;

  const validate = (): ValidationErrors => {
    const errors: ValidationErrors = {};
    if (topics.length === 0) errors.topics = { key: 'contactRequests.validation.topics' };
    if (motivation.trim() === '') errors.motivation = REQUIRED;
    else if (motivation.length > MOTIVATION_MAX) errors.motivation = maxLength(MOTIVATION_MAX);
    if (name.trim() === '') errors['contact.name'] = REQUIRED;
    if (email.trim() === '') errors['contact.email'] = REQUIRED;
    return errors;
  };
  const form = useApiForm({ fieldAt: fieldsByPath(fields), validate });

  const input = (): ContactRequestInput => ({
    topics,
    motivation: motivation.trim(),
    shareMotivation,
    contact: { name: name.trim(), email: email.trim(), ...(phone.trim() === '' ? {} : { phone: phone.trim() }) },
  });
  const edited = () => setPreviewed(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, async () => {
      if (previewed === null) {
        setPreviewed(await preview.mutateAsync(input()));
        setTimeout(() => document.getElementById('contact-preview-title')?.focus(), 0);
        return;
      }
      await send.mutateAsync(input());
      setSent(true);
      setPreviewed(null);
      setTopics([]);
      setMotivation('');
      setTimeout(() => document.getElementById('contact-sent')?.focus(), 0);
    });

  const toggleTopic = (topic: CoachingTopic, checked: boolean) => {
    edited();
    setTopics((current) => (checked ? [...current, topic] : current.filter((item) => item !== topic)));
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="contact-form-title"
      data-testid="contact-form"
    >
      <h2 id="contact-form-title">{t('contactRequests.form.title')}</h2>
      {sent && (
        <p id="contact-sent" tabIndex={-1} className="notice notice--success" role="status" data-testid="contact-sent">
          {t('contactRequests.sent')}
        </p>
      )}
      <FormErrors form={form} failedHeading={t('contactRequests.failed')} />
      <fieldset className={`fieldset${form.errorFor('topics') ? ' field--error' : ''}`} id={fields.topics.id}>
        <legend className="fieldset__legend">{t('contactRequests.topics')}</legend>
        {form.errorFor('topics') && (
          <p className="field__error" data-testid="contact-topics-error">
            {form.errorFor('topics')}
          </p>
        )}
        {COACHING_TOPICS.map((topic) => (
          <CheckboxField
            key={topic}
            id={`contact-topic-${topic}`}
            label={t(topicKey(topic))}
            checked={topics.includes(topic)}
            onCheckedChange={(checked) => toggleTopic(topic, checked)}
          />
        ))}
      </fieldset>
      <TextAreaField
        id={fields.motivation.id}
        label={t('contactRequests.motivation')}
        hint={t('contactRequests.motivation.hint')}
        required
        maxLength={MOTIVATION_MAX}
        value={motivation}
        onValueChange={(value) => {
          edited();
          setMotivation(value);
        }}
        error={form.errorFor('motivation')}
      />
      <CheckboxField
        id="contact-share"
        label={t('contactRequests.share')}
        hint={t('contactRequests.share.hint')}
        checked={shareMotivation}
        onCheckedChange={(checked) => {
          edited();
          setShareMotivation(checked);
        }}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('contactRequests.contact')}</legend>
        <p className="field__hint">{t('contactRequests.contact.hint')}</p>
        <TextField
          id={fields['contact.name'].id}
          label={t('contactRequests.name')}
          required
          autoComplete="name"
          value={name}
          onValueChange={(value) => {
            edited();
            setName(value);
          }}
          error={form.errorFor('contact.name')}
        />
        <TextField
          id={fields['contact.email'].id}
          label={t('contactRequests.email')}
          type="email"
          required
          autoComplete="email"
          value={email}
          onValueChange={(value) => {
            edited();
            setEmail(value);
          }}
          error={form.errorFor('contact.email')}
        />
        <TextField
          id={fields['contact.phone'].id}
          label={t('contactRequests.phone')}
          type="tel"
          autoComplete="tel"
          value={phone}
          onValueChange={(value) => {
            edited();
            setPhone(value);
          }}
          error={form.errorFor('contact.phone')}
        />
      </fieldset>
      {previewed && (
        <section aria-labelledby="contact-preview-title" className="section" data-testid="contact-preview">
          <h3 id="contact-preview-title" tabIndex={-1}>
            {t('contactRequests.preview.title')}
          </h3>
          <p>{t('contactRequests.preview.intro')}</p>
          <AnonymisedRequest request={previewed} />
        </section>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid={previewed ? 'contact-send' : 'contact-preview-button'}
          disabled={form.submitting}
        >
          {t(previewed ? 'contactRequests.send' : 'contactRequests.previewButton')}
        </button>
      </div>
    </form>
  );
}

function MyContactRequests() {
  const { t, language } = useI18n();
  const requests = useMyContactRequests();
  if (requests.isPending) return <p role="status">{t('contactRequests.loading')}</p>;
  if (requests.isError) return <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />;
  const items = requests.data.pages.flatMap((page) => page.items);
  return (
    <section aria-labelledby="my-contact-requests-title" className="section">
      <h2 id="my-contact-requests-title">{t('contactRequests.mine.title')}</h2>
      {items.length === 0 ? (
        <p className="notice">{t('contactRequests.mine.empty')}</p>
      ) : (
        <ol className="card-list">
          {items.map((item) => (
            <li key={item.id} className="card" data-testid="my-contact-request">
              <p className="card__title">{item.topics.map((topic) => t(topicKey(topic))).join(', ')}</p>
              <p data-testid="my-contact-request-status">
                {item.status === 'ACCEPTED'
                  ? t('contactRequests.acceptedBy', { coach: item.acceptedBy ?? t('contactRequests.aCoach') })
                  : t('contactRequests.open', { date: formatDateTime(item.expiresAt, language) })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
