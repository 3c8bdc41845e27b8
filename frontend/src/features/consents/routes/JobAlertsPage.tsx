import { useState, type FormEvent } from 'react';
import { useAuth } from '@/lib/auth';
import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import {
  useDecideConsent,
  useJobAlert,
  useSaveJobAlert,
  useSubscribeAsVisitor,
  type JobAlertCriteria,
} from '../api/consents';
import { CriteriaFields, EMPTY_CRITERIA, type CriteriaForm } from '../components/CriteriaFields';

function toCriteria(form: CriteriaForm): JobAlertCriteria {
  const skills = form.skills
    .split(',')
    .map((skill) => skill.trim())
    .filter((skill) => skill.length > 0);
  return {
    text: form.text.trim() || null,
    skills,
    region: form.region.trim() || null,
    remote: (form.remote || null) as JobAlertCriteria['remote'],
    minRateCents: form.minRateEuros ? Math.round(Number(form.minRateEuros) * 100) : null,
  };
}

function toForm(criteria: JobAlertCriteria | null | undefined): CriteriaForm {
  if (!criteria) return EMPTY_CRITERIA;
  return {
    text: criteria.text ?? '',
    skills: (criteria.skills ?? []).join(', '),
    region: criteria.region ?? '',
    remote: criteria.remote ?? '',
    minRateEuros: criteria.minRateCents != null ? String(criteria.minRateCents / 100) : '',
  };
}

/** /job-alerts: account holders save a search and switch alerts on; visitors subscribe by e-mail. */
export function JobAlertsPage() {
  const { t } = useI18n();
  const auth = useAuth();
  useDocumentTitle(t('jobAlerts.title'));
  return (
    <>
      <h1>{t('jobAlerts.title')}</h1>
      <p className="lead">{t('jobAlerts.intro')}</p>
      {auth.isAuthenticated ? <AccountAlert /> : <VisitorAlert />}
    </>
  );
}

function AccountAlert() {
  const { t } = useI18n();
  const alert = useJobAlert();
  const decide = useDecideConsent();

  if (alert.isPending) return <p role="status">{t('jobAlerts.loading')}</p>;
  if (alert.isError) return <ErrorMessage error={alert.error} onRetry={() => void alert.refetch()} />;
  const consented = alert.data.consent === 'GRANTED';
  return (
    <>
      <p role="status" data-testid="job-alert-state">
        {alert.data.active
          ? t('jobAlerts.active', { email: alert.data.email ?? '' })
          : alert.data.email
            ? t('jobAlerts.inactive')
            : t('jobAlerts.noVerifiedEmail')}
      </p>
      <label className="purpose__switch">
        <input
          type="checkbox"
          role="switch"
          checked={consented}
          disabled={decide.isPending || !alert.data.email}
          onChange={(event) =>
            decide.mutate({
              purpose: 'job-alerts',
              decision: event.target.checked ? 'GRANT' : 'WITHDRAW',
              form: 'JOB_ALERT_FORM',
            })
          }
          data-testid="job-alerts-switch"
        />{' '}
        {t('jobAlerts.consent')}
      </label>
      {decide.isError && <ErrorMessage error={decide.error} heading={t('consents.failed')} />}
      <CriteriaEditor initial={alert.data.criteria} />
      <p>
        <Link to="/privacy/consents">{t('privacy.consents')}</Link>
      </p>
    </>
  );
}

function CriteriaEditor({ initial }: { initial: JobAlertCriteria | null | undefined }) {
  const { t } = useI18n();
  const save = useSaveJobAlert();
  const [form, setForm] = useState<CriteriaForm>(() => toForm(initial));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toCriteria(form));
  };
  return (
    <form onSubmit={submit} noValidate>
      <CriteriaFields value={form} onChange={setForm} />
      {save.isError && <ErrorMessage error={save.error} heading={t('jobAlerts.saveFailed')} />}
      {save.isSuccess && (
        <p role="status" data-testid="job-alert-saved">
          {t('jobAlerts.saved')}
        </p>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('jobAlerts.save')}
      </button>
    </form>
  );
}

function VisitorAlert() {
  const { t } = useI18n();
  const subscribe = useSubscribeAsVisitor();
  const [email, setEmail] = useState('');
  const [form, setForm] = useState<CriteriaForm>(EMPTY_CRITERIA);
  if (subscribe.isSuccess) {
    return (
      <div className="notice" role="status" data-testid="job-alert-requested">
        <p>{t('jobAlerts.checkMail', { email })}</p>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    subscribe.mutate({ email: email.trim(), criteria: toCriteria(form) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor="job-alert-email">{t('jobAlerts.email')}</label>
      <input
        id="job-alert-email"
        type="email"
        autoComplete="email"
        required
        maxLength={320}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <CriteriaFields value={form} onChange={setForm} />
      <p className="field__hint">{t('jobAlerts.visitorConsent')}</p>
      {subscribe.isError && <ErrorMessage error={subscribe.error} heading={t('jobAlerts.saveFailed')} />}
      <button type="submit" className="button" disabled={subscribe.isPending}>
        {t('jobAlerts.subscribe')}
      </button>
    </form>
  );
}
