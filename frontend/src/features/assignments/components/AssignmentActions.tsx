import { Link } from '@/lib/router';
import { useI18n } from '@/lib/i18n';
import { useManagedAssignment } from '../api/get-managed-assignment';
import { readManageToken } from '../api/manage-token';
import { mayAskToManage, mayRespond, useViewer } from './assignment-actions';
import './assignment-actions.css';

/**
 * The actions of an assignment's page for whoever looks (issue 16): "Reageren" for visitors and
 * professionals, "Beheren" for the poster (their organisation's client, an admin, or whoever holds
 * the management link in this browser), who is then not offered "Reageren". Shown twice: under the facts on a wide screen, and as a
 * bar at the end of the page that sticks to the bottom of a phone's screen while the page
 * scrolls, so the main action stays in reach; CSS shows the one that fits the screen.
 */
export function AssignmentActions({ id, title, placement }: { id: string; title: string; placement: 'top' | 'bar' }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const askToManage = mayAskToManage(viewer);
  const managed = useManagedAssignment(id, askToManage);
  const manage = (askToManage && managed.isSuccess) || readManageToken(id) !== undefined;
  // Whoever manages it posted it, and does not respond to their own assignment.
  const respond = mayRespond(viewer) && !manage;
  if (!respond && !manage) return null;
  const testId = (name: string) => (placement === 'top' ? name : `${name}-bar`);
  return (
    <div
      className={placement === 'top' ? 'assignment-actions' : 'assignment-action-bar'}
      role="group"
      aria-label={t('assignments.detail.actions')}
      data-testid={testId('assignment-actions')}
    >
      {respond && (
        <Link
          to={`/assignments/${id}/respond`}
          className="button button--primary"
          aria-label={t('assignments.detail.respondName', { title })}
          data-testid={testId('respond-link')}
        >
          {t('assignments.detail.respondShort')}
        </Link>
      )}
      {manage && (
        <Link
          to={`/manage/${id}`}
          className="button"
          aria-label={t('assignments.detail.manageName', { title })}
          data-testid={testId('manage-link')}
        >
          {t('assignments.detail.manage')}
        </Link>
      )}
    </div>
  );
}
