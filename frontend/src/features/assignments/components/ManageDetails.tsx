import { formatDateTime, useI18n, type MessageKey } from '@/lib/i18n';
import type { ManagedAssignment } from '../api/get-managed-assignment';

/** Who posted it: the poster's own details (never shown publicly, A-4) or the organisation. */
export function PosterDetails({ assignment }: { assignment: ManagedAssignment }) {
  const { t } = useI18n();
  const poster = assignment.poster;
  return (
    <section aria-labelledby="manage-poster" className="section">
      <h2 id="manage-poster">{t('manage.poster.title')}</h2>
      {poster ? (
        <>
          <p className="field__hint">{t('manage.poster.private')}</p>
          <dl className="details" data-testid="manage-poster">
            <div>
              <dt>{t('assignments.poster.name')}</dt>
              <dd>{poster.name}</dd>
            </div>
            <div>
              <dt>{t('assignments.poster.organisation')}</dt>
              <dd>{poster.organisation}</dd>
            </div>
            <div>
              <dt>{t('assignments.poster.email')}</dt>
              <dd>
                {poster.email} ({t(poster.emailVerified ? 'manage.poster.verified' : 'manage.poster.unverified')})
              </dd>
            </div>
            <div>
              <dt>{t('assignments.poster.phone')}</dt>
              <dd>{poster.phone}</dd>
            </div>
          </dl>
        </>
      ) : (
        <dl className="details" data-testid="manage-organisation">
          <div>
            <dt>{t('manage.poster.organisation')}</dt>
            <dd>{assignment.organisation ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('assignments.field.nameOrganisation')}</dt>
            <dd>{t(assignment.nameOrganisation ? 'manage.yes' : 'manage.no')}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}

/** The procedure's progress, newest last as the API returns it. */
export function ProcedureUpdates({ assignment }: { assignment: ManagedAssignment }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="manage-procedure" className="section">
      <h2 id="manage-procedure">{t('manage.procedure.title')}</h2>
      <p>
        {t('manage.procedure.current')}:{' '}
        <strong data-testid="manage-procedure-status">
          {t(`assignment.procedure.${assignment.procedureStatus}` as MessageKey)}
        </strong>
      </p>
      {assignment.procedureUpdates.length === 0 ? (
        <p>{t('manage.procedure.none')}</p>
      ) : (
        <ol className="entry-list" data-testid="manage-procedure-updates">
          {assignment.procedureUpdates.map((update, index) => (
            <li key={`${update.createdAt}-${index}`}>
              <p className="entry-list__title">{t(`assignment.procedure.${update.status}` as MessageKey)}</p>
              <p className="entry-list__meta">{formatDateTime(update.createdAt, language)}</p>
              {update.message && <p>{update.message}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
