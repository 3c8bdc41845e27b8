import { formatDate, formatEuros, useI18n } from '@/lib/i18n';
import type { Placement } from '../api/place-respondent';

/** A placement's invoices: period, amount excl. VAT, issue date, and the total. */
export function FeeSchedule({ placement, name }: { placement: Placement; name: string | undefined }) {
  const { t, language } = useI18n();
  const period = `${formatDate(placement.startDate, language)} – ${formatDate(placement.endDate, language)}`;
  return (
    <div className="table-wrap" data-testid="placement">
      <table className="table">
        <caption>{t('placements.caption', { name: name ?? t('placements.unknownName'), period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('placements.period')}</th>
            <th scope="col">{t('placements.amount')}</th>
            <th scope="col">{t('placements.issuedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {placement.invoices.map((invoice) => (
            <tr key={invoice.periodStart} data-testid="placement-invoice">
              <td>
                {formatDate(invoice.periodStart, language)} – {formatDate(invoice.periodEnd, language)}
              </td>
              <td data-testid="placement-invoice-amount">{formatEuros(invoice.amountCents, language)}</td>
              <td>{formatDate(invoice.issuedOn, language)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('placements.total')}</th>
            <td data-testid="placement-total">{formatEuros(placement.totalCents, language)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
