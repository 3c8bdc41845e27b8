import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RadioGroup, TextAreaField } from '@/components/form';
import { formatDate, useI18n, type MessageKey } from '@/lib/i18n';
import { REQUEST_TYPES, useFileRequest, type PrivacyRequest, type RequestType } from '../api/my-requests';
import { ExportReady } from './ExportReady';

const DETAILS_MAX = 4000;

/** Every right in one form: the type, and details where the privacy officer needs them. */
export function RequestForm() {
  const { t, language } = useI18n();
  const file = useFileRequest();
  const [type, setType] = useState<RequestType>('RECTIFICATION');
  const [details, setDetails] = useState('');
  const [filed, setFiled] = useState<PrivacyRequest | null>(null);
  return (
    <form
      className="form"
      data-testid="request-form"
      onSubmit={(event) => {
        event.preventDefault();
        setFiled(null);
        file.mutate({ type, details }, { onSuccess: setFiled });
      }}
    >
      <RadioGroup
        id="request-type"
        name="type"
        legend={t('myData.form.type')}
        value={type}
        onValueChange={setType}
        options={REQUEST_TYPES.map((option) => ({
          value: option,
          label: t(`privacyRequest.type.${option}` as MessageKey),
          description: t(`privacyRequest.explain.${option}` as MessageKey),
          testId: `request-type-${option}`,
        }))}
      />
      <TextAreaField
        id="request-details"
        label={t('myData.form.details')}
        hint={t('myData.form.detailsHint')}
        value={details}
        maxLength={DETAILS_MAX}
        onValueChange={setDetails}
      />
      <button type="submit" className="button button--primary" disabled={file.isPending} data-testid="request-submit">
        {t('myData.form.submit')}
      </button>
      {file.isError && <ErrorMessage error={file.error} />}
      {filed &&
        (filed.exportPassword || filed.export ? (
          <ExportReady request={filed} />
        ) : (
          <p className="notice notice--success" role="status" data-testid="request-filed">
            {t('myData.form.filed', {
              type: t(`privacyRequest.type.${filed.type}` as MessageKey),
              date: formatDate(filed.dueAt.slice(0, 10), language),
            })}
          </p>
        ))}
    </form>
  );
}
