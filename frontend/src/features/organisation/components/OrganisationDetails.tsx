import { formatDateTime, useI18n } from '@/lib/i18n';
import type { Organisation } from '../api/get-my-organisation';

export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t, language } = useI18n();
  return (
    <>
      <h2 id="organisation-details-title" tabIndex={-1}>
        {t('organisation.details.title')}
      </h2>
      <dl className="details" data-testid="organisation-details">
        <div>
          <dt>{t('organisation.name')}</dt>
          <dd data-testid="organisation-name">{organisation.name}</dd>
        </div>
        <div>
          <dt>{t('organisation.kvk')}</dt>
          <dd>{organisation.kvkNumber}</dd>
        </div>
        <div>
          <dt>{t('organisation.verification')}</dt>
          <dd data-testid="organisation-verified">
            {organisation.verified
              ? organisation.verifiedAt
                ? t('organisation.verifiedAt', { date: formatDateTime(organisation.verifiedAt, language) })
                : t('organisation.verified')
              : t('organisation.notVerified')}
          </dd>
        </div>
        <div>
          <dt>{t('organisation.registeredAt')}</dt>
          <dd>{formatDateTime(organisation.createdAt, language)}</dd>
        </div>
      </dl>
      {!organisation.verified && (
        <div className="notice" data-testid="organisation-not-verified">
          <p className="notice__heading">{t('organisation.notVerified.title')}</p>
          <p>{t('organisation.notVerified.body')}</p>
        </div>
      )}
    </>
  );
}
