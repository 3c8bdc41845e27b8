import { isLanguage, useI18n, type MessageKey, type Translate } from '@/lib/i18n';
import type { Me } from '../api/get-me';

const ROLE_NAMES: Record<string, MessageKey> = {
  professional: 'role.professional',
  client: 'role.client',
  coach: 'role.coach',
  'privacy-officer': 'role.privacyOfficer',
  admin: 'role.admin',
};

/** A role's name in the UI language; an unknown role keeps the API's code. */
function roleName(role: string, t: Translate): string {
  const key = ROLE_NAMES[role];
  return key ? t(key) : role;
}

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
                  {roleName(role, t)}
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
