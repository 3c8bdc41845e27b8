import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ScrollRegion } from '@/components/ScrollRegion';
import { useFocusAfterRender } from '@/lib/focus';
import { formatDateTime, useI18n } from '@/lib/i18n';
import { usePolicies, type RetentionPolicy } from '../api/retention';
import { ACTION, categoryName, describePeriod } from './labels';
import { PolicyForm } from './PolicyForm';

/** T-1: every category's policy as a table; one at a time is edited in the form below it. */
export function PolicyTable() {
  const { t, language } = useI18n();
  const policies = usePolicies();
  const [editing, setEditing] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const focusAfterRender = useFocusAfterRender();

  if (policies.isPending) return <p role="status">{t('retention.loading')}</p>;
  if (policies.isError) return <ErrorMessage error={policies.error} onRetry={() => void policies.refetch()} />;
  if (policies.data.length === 0) return <p data-testid="policies-empty">{t('retention.policies.empty')}</p>;
  const current = policies.data.find((policy) => policy.category === editing);

  const edit = (policy: RetentionPolicy) => {
    setSaved(undefined);
    setEditing(policy.category);
    focusAfterRender(`policy-${policy.category}-title`);
  };
  const close = (category: string) => {
    setEditing(undefined);
    focusAfterRender(`policy-${category}-edit`);
  };

  return (
    <>
      <p role="status" data-testid="policy-saved">
        {saved && t('retention.policies.saved', { category: categoryName(saved, t) })}
      </p>
      <ScrollRegion label={t('retention.policies.caption')}>
        <table className="table" data-testid="policies">
          <caption className="visually-hidden">{t('retention.policies.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('retention.policies.category')}</th>
              <th scope="col">{t('retention.policies.period')}</th>
              <th scope="col">{t('retention.policies.trigger')}</th>
              <th scope="col">{t('retention.policies.action')}</th>
              <th scope="col">{t('retention.policies.enabled')}</th>
              <th scope="col">{t('retention.policies.legalMinimum')}</th>
              <th scope="col">{t('retention.policies.updatedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('retention.policies.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {policies.data.map((policy) => {
              const name = categoryName(policy.category, t);
              return (
                <tr key={policy.category} data-testid={`policy-${policy.category}`}>
                  <th scope="row">{name}</th>
                  <td>
                    {describePeriod(policy.period, t)} <code>{policy.period}</code>
                  </td>
                  <td className="break">{policy.trigger}</td>
                  <td>{t(ACTION[policy.action])}</td>
                  <td>{t(policy.enabled ? 'retention.policies.on' : 'retention.policies.off')}</td>
                  <td>{policy.legalMinimum ? describePeriod(policy.legalMinimum, t) : t('retention.policies.none')}</td>
                  <td>{formatDateTime(policy.updatedAt, language)}</td>
                  <td>
                    <button
                      type="button"
                      id={`policy-${policy.category}-edit`}
                      className="button"
                      aria-label={t('retention.policies.editLabel', { category: name })}
                      aria-expanded={editing === policy.category}
                      onClick={() => edit(policy)}
                    >
                      {t('retention.policies.edit')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {current && (
        <PolicyForm
          key={current.category}
          policy={current}
          onCancel={() => close(current.category)}
          onSaved={(policy) => {
            setSaved(policy.category);
            close(policy.category);
          }}
        />
      )}
    </>
  );
}
