import { hasAnyRole, ROLES, useAuth } from '@/lib/auth';
import { RequireRole } from '@/components/RequireRole';
import { useMe } from '@/lib/api';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { AdminStart, ClientStart, PrivacyOfficerStart, ProfessionalStart } from '../components/RoleStarts';

/** /start: each role's start page (issue 16); an account with several roles sees each part. */
export function StartPage() {
  const { t } = useI18n();
  useDocumentTitle(t('start.title'));
  return (
    <>
      <h1>{t('start.title')}</h1>
      <RequireRole>
        <StartContent />
      </RequireRole>
    </>
  );
}

function StartContent() {
  const { t } = useI18n();
  const me = useMe();
  if (me.isPending) return <p role="status">{t('me.loading')}</p>;
  const roles = me.data?.roles;
  const parts = [
    hasAnyRole(roles, [ROLES.professional]) && <ProfessionalStart key="professional" />,
    hasAnyRole(roles, [ROLES.client]) && <ClientStart key="client" />,
    hasAnyRole(roles, [ROLES.admin]) && <AdminStart key="admin" />,
    hasAnyRole(roles, [ROLES.privacyOfficer]) && <PrivacyOfficerStart key="privacy" />,
  ].filter(Boolean);
  return (
    <>
      <p className="lead">{t('start.welcome', { name: me.data?.name ?? '' })}</p>
      {parts.length > 0 ? parts : <ChooseRole />}
    </>
  );
}

/**
 * An account without a role (signed up without choosing): Keycloak asks for the choice on its
 * update-profile page (an application-initiated action), and the new token carries the role.
 */
function ChooseRole() {
  const { t, language } = useI18n();
  const auth = useAuth();
  return (
    <div className="notice" data-testid="start-choose-role">
      <p>{t('start.noRole')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() =>
          void auth.signinRedirect({
            state: { returnTo: '/start' },
            ui_locales: language,
            extraQueryParams: { kc_action: 'UPDATE_PROFILE' },
          })
        }
      >
        {t('start.chooseRole')}
      </button>
    </div>
  );
}
