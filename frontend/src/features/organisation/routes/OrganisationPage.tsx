import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useMyOrganisation } from '../api/get-my-organisation';
import { AskToJoinForm } from '../components/AskToJoinForm';
import { Colleagues } from '../components/Colleagues';
import { OrganisationDetails } from '../components/OrganisationDetails';
import { RegisterOrganisationForm } from '../components/RegisterOrganisationForm';

/** /organisation: a client's organisation, or the form to register it. */
export function OrganisationPage() {
  const { t } = useI18n();
  useDocumentTitle(t('organisation.title'));
  return (
    <>
      <h1>{t('organisation.title')}</h1>
      <RequireRole roles={[ROLES.client]}>
        <OrganisationContent />
      </RequireRole>
    </>
  );
}

function OrganisationContent() {
  const { t } = useI18n();
  const organisation = useMyOrganisation();
  if (organisation.isPending) return <p role="status">{t('organisation.loading')}</p>;
  if (organisation.isError) {
    return <ErrorMessage error={organisation.error} onRetry={() => void organisation.refetch()} />;
  }
  if (organisation.data === null) {
    return (
      <>
        <RegisterOrganisationForm />
        <AskToJoinForm />
      </>
    );
  }
  return (
    <>
      <OrganisationDetails organisation={organisation.data} />
      <Colleagues />
    </>
  );
}
