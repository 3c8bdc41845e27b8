import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { formatDateTime, useI18n } from '@/lib/i18n';
import type { Organisation } from '../api/list-organisations';
import { useSetVerification } from '../api/set-verification';

export function OrganisationTable({ organisations }: { organisations: Organisation[] }) {
  const { t, language } = useI18n();
  const setVerification = useSetVerification();
  const [status, setStatus] = useState('');
  const pendingId = setVerification.isPending ? setVerification.variables?.id : undefined;

  return (
    <>
      <div className="table-wrap">
        <table className="table" data-testid="organisations-table">
          <caption className="visually-hidden">{t('admin.organisations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisation.name')}</th>
              <th scope="col">{t('organisation.kvk')}</th>
              <th scope="col">{t('organisation.registeredAt')}</th>
              <th scope="col">{t('organisation.verification')}</th>
              <th scope="col">{t('admin.organisations.action')}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id} data-testid="organisation-row" data-verified={organisation.verified}>
                <th scope="row">{organisation.name}</th>
                <td>{organisation.kvkNumber}</td>
                <td>{formatDateTime(organisation.createdAt, language)}</td>
                <td data-testid="organisation-row-status">
                  {organisation.verified ? t('organisation.verified') : t('organisation.notVerified')}
                </td>
                <td>
                  <button
                    type="button"
                    className={organisation.verified ? 'button' : 'button button--primary'}
                    disabled={pendingId === organisation.id}
                    data-testid={organisation.verified ? 'unverify' : 'verify'}
                    onClick={() => {
                      setStatus('');
                      setVerification.mutate(
                        { id: organisation.id, verified: !organisation.verified },
                        {
                          onSuccess: (updated) =>
                            setStatus(
                              t(
                                updated.verified
                                  ? 'admin.organisations.verifiedStatus'
                                  : 'admin.organisations.unverifiedStatus',
                                {
                                  name: updated.name,
                                },
                              ),
                            ),
                        },
                      );
                    }}
                  >
                    {t(organisation.verified ? 'admin.organisations.unverify' : 'admin.organisations.verify', {
                      name: organisation.name,
                    })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" data-testid="admin-status">
        {status}
      </p>
      {setVerification.isError && (
        <ErrorMessage error={setVerification.error} heading={t('admin.organisations.failed')} />
      )}
    </>
  );
}
