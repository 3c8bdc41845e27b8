import { isLanguage, useI18n } from '@/lib/i18n';
import type { Me } from '../api/get-me';

/** Renders exactly the shape the API returned for the signed-in user. */
export function MeDetails({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <dl className="details" aria-label={t('me.detailsLabel')}>
      <div>
        <dt>{t('me.name')}</dt>
        <dd data-testid="me-name">{me.name}</dd>
      </div>
      <div>
        <dt>{t('me.email')}</dt>
        <dd data-testid="me-email">{me.email ? me.email : <em>{t('me.emailMissing')}</em>}</dd>
      </div>
      <div>
        <dt>{t('me.roles')}</dt>
        <dd data-testid="me-roles">
          {me.roles.length > 0 ? (
            <ul className="tag-list">
              {me.roles.map((role) => (
                <li key={role} className="tag">
                  {role}
                </li>
              ))}
            </ul>
          ) : (
            <em>{t('me.rolesNone')}</em>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('me.language')}</dt>
        <dd data-testid="me-language" lang={isLanguage(me.language) ? me.language : undefined}>
          {isLanguage(me.language) ? t(`language.${me.language}`) : me.language}
        </dd>
      </div>
    </dl>
  );
}
