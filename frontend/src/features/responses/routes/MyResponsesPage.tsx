import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { useMyResponses } from '../api/list-my-responses';
import { MyResponseItem } from '../components/MyResponseItem';

/** /responses: the professional's responses, newest as the API orders them. */
export function MyResponsesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('myResponses.title'));
  return (
    <>
      <h1>{t('myResponses.title')}</h1>
      <RequireRole roles={[ROLES.professional]}>
        <MyResponsesContent />
      </RequireRole>
    </>
  );
}

function MyResponsesContent() {
  const { t } = useI18n();
  const responses = useMyResponses();

  if (responses.isPending) return <p role="status">{t('myResponses.loading')}</p>;
  if (responses.isError) return <ErrorMessage error={responses.error} onRetry={() => void responses.refetch()} />;
  return (
    <>
      <p className="lead">{t('myResponses.intro')}</p>
      {responses.data.items.length === 0 ? (
        <div className="notice" data-testid="my-responses-empty">
          <p>{t('myResponses.empty')}</p>
          <p>
            <Link to="/assignments">{t('myResponses.findAssignments')}</Link>
          </p>
        </div>
      ) : (
        <ol className="card-list" data-testid="my-responses">
          {responses.data.items.map((response) => (
            <MyResponseItem key={response.id} response={response} />
          ))}
        </ol>
      )}
    </>
  );
}
