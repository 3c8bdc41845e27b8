import type { ReactNode } from 'react';
import { localeOf, useI18n } from '@/lib/i18n';
import { FieldErrorText } from './form';

interface MonthFieldProps {
  /** The month list's id: an error summary link lands on it. The year input is `${id}-year`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  /** "YYYY-MM"; a half-filled choice is kept as "YYYY-" or "-MM" so the form can say what is missing. */
  value: string;
  onValueChange: (value: string) => void;
}

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

function split(value: string): { year: string; month: string } {
  const [year = '', month = ''] = value.split('-');
  return { year, month };
}

function join(year: string, month: string): string {
  return year === '' && month === '' ? '' : `${year}-${month}`;
}

/**
 * A month as people think of it (issue 16): a list of month names and a year, instead of typing
 * "2023-04". Works the same in every browser, unlike <input type="month">.
 */
export function MonthField({ id, label, hint, error, required, value, onValueChange }: MonthFieldProps) {
  const { t, language } = useI18n();
  const { year, month } = split(value);
  const monthName = new Intl.DateTimeFormat(localeOf(language), { month: 'long', timeZone: 'UTC' });
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <fieldset className={`fieldset fieldset--compact${error ? ' field--error' : ''}`}>
      <legend className="fieldset__legend">
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <FieldErrorText id={id} error={error} />
      <div className="month-field">
        <div className="field">
          <label htmlFor={id} className="field__label">
            {t('form.month.month')}
          </label>
          <select
            id={id}
            className="field__control"
            value={month}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy || undefined}
            onChange={(event) => onValueChange(join(year, event.target.value))}
          >
            <option value="">{t('form.month.choose')}</option>
            {MONTHS.map((number) => (
              <option key={number} value={number}>
                {monthName.format(new Date(Date.UTC(2000, Number(number) - 1, 1)))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-year`} className="field__label">
            {t('form.month.year')}
          </label>
          <input
            id={`${id}-year`}
            className="field__control month-field__year"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={year}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy || undefined}
            onChange={(event) => onValueChange(join(event.target.value.trim(), month))}
          />
        </div>
      </div>
    </fieldset>
  );
}
