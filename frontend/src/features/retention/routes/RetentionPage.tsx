import { RequireRole } from '@/components/RequireRole';
import { ROLES } from '@/lib/auth';
import { useDocumentTitle, useI18n } from '@/lib/i18n';
import { usePolicies } from '../api/retention';
import { HoldForm } from '../components/HoldForm';
import { HoldList } from '../components/HoldList';
import { PolicyTable } from '../components/PolicyTable';
import { RunsSection } from '../components/RunsSection';

/** /admin/retention: the privacy officer's policies, sweeps and legal holds (issue 11, T-1, T-4, T-5). */
export function RetentionPage() {
  const { t } = useI18n();
  useDocumentTitle(t('retention.title'));
  return (
    <>
      <h1>{t('retention.title')}</h1>
      <RequireRole roles={[ROLES.privacyOfficer]}>
        <p className="lead">{t('retention.intro')}</p>
        <section aria-labelledby="retention-policies" className="section">
          <h2 id="retention-policies">{t('retention.policies.title')}</h2>
          <PolicyTable />
        </section>
        <section aria-labelledby="retention-runs" className="section">
          <h2 id="retention-runs">{t('retention.runs.title')}</h2>
          <RunsSection />
        </section>
        <section aria-labelledby="retention-holds" className="section">
          <h2 id="retention-holds">{t('retention.holds.title')}</h2>
          <p>{t('retention.holds.intro')}</p>
          <HoldList />
          <h3>{t('retention.place.title')}</h3>
          <HoldFormWithCategories />
        </section>
      </RequireRole>
    </>
  );
}

/** The categories a record hold can name are the policies' categories. */
function HoldFormWithCategories() {
  const policies = usePolicies();
  return <HoldForm categories={(policies.data ?? []).map((policy) => policy.category)} />;
}
