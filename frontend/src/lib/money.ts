/**
 * Euro amounts in forms ↔ integer cents in the API. The API never gets a float: amounts are
 * converted with Math.round, which also removes binary floating-point noise (0.29 * 100 = 28.999…).
 */

/** Euros as typed ("85", "85,50", "85.5", "€ 85") → integer cents, or null when not an amount with at most two decimals. */
export function eurosToCents(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(/^€/, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  const cents = Math.round(Number(normalised) * 100);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Integer cents → the text a form shows: 8500 → "85", 8550 → "85.50"; nothing → "". */
export function centsToEuros(cents: number | null | undefined): string {
  if (cents == null) return '';
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(euros) : `${euros}.${String(rest).padStart(2, '0')}`;
}
