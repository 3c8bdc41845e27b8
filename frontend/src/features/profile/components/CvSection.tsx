import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { FormErrors } from '@/components/FormErrors';
import { FieldErrorText } from '@/components/form';
import { checkCvFile, CV_INPUT_ACCEPT, CV_MAX_MB } from '@/lib/cv-file';
import { fieldsByPath, useApiForm, type ValidationErrors } from '@/lib/forms';
import { formatDateTime, formatFileSize, useI18n } from '@/lib/i18n';
import { useDeleteMyCv } from '../api/delete-my-cv';
import { useDownloadMyCv } from '../api/download-my-cv';
import { useUploadCv, type CvInfo } from '../api/upload-cv';

/** Upload, replace, download and delete the own CV; shows what is stored. */
export function CvSection({ cv, hasProfile }: { cv: CvInfo | null | undefined; hasProfile: boolean }) {
  const { t, language } = useI18n();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState('');
  const upload = useUploadCv();
  const download = useDownloadMyCv();
  const remove = useDeleteMyCv();
  const form = useApiForm({
    fieldAt: fieldsByPath({
      file: {
        id: inputId,
        label: t(cv ? 'profile.cv.replaceLabel' : 'profile.cv.uploadLabel'),
        messages: {
          'file-type': { key: 'profile.cv.error.type' },
          'too-large': { key: 'profile.cv.error.size', params: { max: CV_MAX_MB } },
        },
      },
    }),
    validate: (): ValidationErrors => {
      const problem = file ? checkCvFile(file) : 'missing';
      return problem ? { file: { key: `profile.cv.error.${problem}`, params: { max: CV_MAX_MB } } } : {};
    },
  });
  const fileError = form.errorFor('file');

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, async () => {
      setStatus('');
      if (!file) return;
      await upload.mutateAsync(file);
      setStatus(t('profile.cv.uploaded'));
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
    });

  const error = download.error ?? remove.error;

  return (
    <section aria-labelledby="profile-cv-title" className="section">
      <h2 id="profile-cv-title">{t('profile.cv.title')}</h2>
      {!hasProfile ? (
        <p data-testid="cv-needs-profile">{t('profile.cv.needsProfile')}</p>
      ) : (
        <>
          {cv ? (
            <dl className="details" data-testid="cv-info">
              <div>
                <dt>{t('profile.cv.fileName')}</dt>
                <dd>{cv.fileName}</dd>
              </div>
              <div>
                <dt>{t('profile.cv.size')}</dt>
                <dd>{formatFileSize(cv.sizeBytes, language)}</dd>
              </div>
              <div>
                <dt>{t('profile.cv.uploadedAt')}</dt>
                <dd>{formatDateTime(cv.uploadedAt, language)}</dd>
              </div>
            </dl>
          ) : (
            <p data-testid="cv-none">{t('profile.cv.none')}</p>
          )}
          {cv && (
            <p className="button-row">
              <button
                type="button"
                className="button"
                disabled={download.isPending}
                onClick={() => {
                  setStatus('');
                  download.mutate(cv.fileName);
                }}
              >
                {t('profile.cv.download')}
              </button>
              <button
                type="button"
                className="button"
                disabled={remove.isPending}
                onClick={() => {
                  setStatus('');
                  remove.mutate(undefined, { onSuccess: () => setStatus(t('profile.cv.deleted')) });
                }}
              >
                {t('profile.cv.delete')}
              </button>
            </p>
          )}
          <form className="form form--inline" noValidate onSubmit={onSubmit}>
            <FormErrors form={form} failedHeading={t('profile.cv.uploadFailed')} />
            <div className={`field${fileError ? ' field--error' : ''}`}>
              <label htmlFor={inputId} className="field__label">
                {t(cv ? 'profile.cv.replaceLabel' : 'profile.cv.uploadLabel')}
              </label>
              <p id={`${inputId}-hint`} className="field__hint">
                {t('profile.cv.hint', { max: CV_MAX_MB })}
              </p>
              <FieldErrorText id={inputId} error={fileError} />
              <input
                ref={inputRef}
                id={inputId}
                data-testid="cv-file"
                type="file"
                accept={CV_INPUT_ACCEPT}
                className="field__control"
                aria-invalid={fileError ? true : undefined}
                aria-describedby={`${inputId}-hint${fileError ? ` ${inputId}-error` : ''}`}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            </div>
            <button type="submit" className="button button--primary" data-testid="cv-upload" disabled={form.submitting}>
              {t(cv ? 'profile.cv.replace' : 'profile.cv.upload')}
            </button>
          </form>
          {error && <ErrorMessage error={error} />}
        </>
      )}
      <p role="status" data-testid="cv-status">
        {status}
      </p>
    </section>
  );
}
