import { useState } from 'react';
import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RadioGroup, TextAreaField, TextField } from '@/components/form';
import { useDocumentTitle, useI18n, type MessageKey } from '@/lib/i18n';
import { ASKABLE_TYPES, useAskByEmail, type RequestType } from '../api/privacy-request';

const EMAIL_MAX = 320;
const DETAILS_MAX = 4000;

/**
 * /privacy-request (D-1): the rights of people without an account, by e-mail address. The answer
 * is the same for every address, known to us or not; only the holder of the address learns, by
 * the link in the mail, what we keep for it.
 */
export function PrivacyRequestPage() {
  const { t } = useI18n();
  useDocumentTitle(t('publicRequest.title'));
  const ask = useAskByEmail();
  const [email, setEmail] = useState('');
  const [type, setType] = useState<RequestType>('ACCESS');
  const [details, setDetails] = useState('');
  return (
    <>
      <h1>{t('publicRequest.title')}</h1>
      <p className="lead">{t('publicRequest.intro')}</p>
      <p>
        {t('publicRequest.haveAccount')} <Link to="/me/data">{t('publicRequest.toMyData')}</Link>
      </p>
      {ask.isSuccess ? (
        <div className="notice notice--success" role="status" data-testid="privacy-request-sent">
          <p className="notice__heading">{t('publicRequest.sent.title')}</p>
          <p>{t('publicRequest.sent.text')}</p>
          <p>{t('publicRequest.sent.nothingHappens')}</p>
        </div>
      ) : (
        <form
          className="form"
          data-testid="privacy-request-form"
          onSubmit={(event) => {
            event.preventDefault();
            ask.mutate({ email, type, details });
          }}
        >
          <TextField
            id="privacy-request-email"
            label={t('publicRequest.email')}
            hint={t('publicRequest.emailHint')}
            type="email"
            autoComplete="email"
            required
            maxLength={EMAIL_MAX}
            value={email}
            onValueChange={setEmail}
          />
          <RadioGroup
            id="privacy-request-type"
            name="type"
            legend={t('publicRequest.type')}
            value={type}
            onValueChange={setType}
            options={ASKABLE_TYPES.map((option) => ({
              value: option,
              label: t(`privacyRequest.type.${option}` as MessageKey),
              description: t(`publicRequest.explain.${option}` as MessageKey),
              testId: `privacy-request-type-${option}`,
            }))}
          />
          <TextAreaField
            id="privacy-request-details"
            label={t('publicRequest.details')}
            hint={t('publicRequest.detailsHint')}
            value={details}
            maxLength={DETAILS_MAX}
            onValueChange={setDetails}
          />
          <p className="field__hint">{t('publicRequest.privacyNotice')}</p>
          <button
            type="submit"
            className="button button--primary"
            disabled={ask.isPending}
            data-testid="privacy-request-submit"
          >
            {t('publicRequest.submit')}
          </button>
          {ask.isError && <ErrorMessage error={ask.error} />}
        </form>
      )}
    </>
  );
}
