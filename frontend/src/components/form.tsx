import { forwardRef, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import type { SummaryError } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';

/**
 * A field's label in front of its message in the error summary: "Naam: …", but a label that is a
 * question or ends in a colon gets no second mark ("Wie mag je profiel zien? Kies …", not "?:").
 */
export function summaryLabel(label: string | undefined): string {
  if (!label) return '';
  const trimmed = label.trim();
  return /[?:!]$/.test(trimmed) ? `${trimmed} ` : `${trimmed}: `;
}

/** The ids a control points at with aria-describedby: its hint and its error. */
function describedBy(
  id: string,
  hint: ReactNode | undefined,
  error: string | undefined,
  extra?: string,
): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined, extra].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldHint({ id, hint }: { id: string; hint: ReactNode | undefined }) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className="field__hint">
      {hint}
    </p>
  );
}

/** A field's own error message, right next to it; the control refers to it (aria-describedby). */
export function FieldErrorText({ id, error }: { id: string; error: string | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field__error" data-testid={`${id}-error`}>
      <span className="visually-hidden">{t('form.errorPrefix')}</span> {error}
    </p>
  );
}

function Label({ id, label, required }: { id: string; label: ReactNode; required?: boolean }) {
  const { t } = useI18n();
  return (
    <label htmlFor={id} className="field__label">
      {label}
      {required && <span className="field__required"> ({t('form.required')})</span>}
    </label>
  );
}

interface BaseFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
}

type TextFieldProps = BaseFieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required' | 'className' | 'onChange' | 'value'> & {
    value: string;
    onValueChange: (value: string) => void;
  };

/** Label, hint, input and error, wired together for assistive technology. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id, label, hint, error, required, className, value, onValueChange, type = 'text', ...rest },
  ref,
) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <Label id={id} label={label} required={required} />
      <FieldHint id={id} hint={hint} />
      <FieldErrorText id={id} error={error} />
      <input
        {...rest}
        ref={ref}
        id={id}
        type={type}
        className="field__control"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </div>
  );
});

type TextAreaFieldProps = BaseFieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required' | 'className' | 'onChange' | 'value'> & {
    value: string;
    onValueChange: (value: string) => void;
  };

export function TextAreaField({
  id,
  label,
  hint,
  error,
  required,
  className,
  value,
  onValueChange,
  rows = 4,
  ...rest
}: TextAreaFieldProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <Label id={id} label={label} required={required} />
      <FieldHint id={id} hint={hint} />
      <FieldErrorText id={id} error={error} />
      <textarea
        {...rest}
        id={id}
        rows={rows}
        className="field__control"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </div>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
}

export function CheckboxField({ id, label, hint, checked, onCheckedChange, disabled }: CheckboxFieldProps) {
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onCheckedChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        <FieldHint id={id} hint={hint} />
      </div>
    </div>
  );
}

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  description?: ReactNode;
  testId?: string;
}

interface RadioGroupProps<T extends string> {
  id: string;
  name: string;
  legend: ReactNode;
  options: RadioOption<T>[];
  value: T;
  onValueChange: (value: T) => void;
  error?: string;
  hint?: ReactNode;
  /** Marked "(verplicht)" like every other required field (issue 16: one way to mark them). */
  required?: boolean;
}

/** Radio buttons in a fieldset with a legend; each option can carry an explanation. */
export function RadioGroup<T extends string>({
  id,
  name,
  legend,
  options,
  value,
  onValueChange,
  error,
  hint,
  required,
}: RadioGroupProps<T>) {
  const { t } = useI18n();
  return (
    <fieldset
      className={`fieldset${error ? ' field--error' : ''}`}
      id={id}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="fieldset__legend">
        {legend}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </legend>
      <FieldHint id={id} hint={hint} />
      <FieldErrorText id={id} error={error} />
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="radio">
            <input
              id={optionId}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              data-testid={option.testId}
              aria-describedby={option.description ? `${optionId}-description` : undefined}
              onChange={() => onValueChange(option.value)}
            />
            <div>
              <label htmlFor={optionId} className="radio__label">
                {option.label}
              </label>
              {option.description && (
                <p id={`${optionId}-description`} className="radio__description">
                  {option.description}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

export type { SummaryError };

/**
 * The list of errors above a form, announced as an alert; each entry moves focus to its field.
 */
export const ErrorSummary = forwardRef<
  HTMLDivElement,
  { id?: string; errors: SummaryError[]; title?: string; testId?: string }
>(function ErrorSummary({ id, errors, title, testId = 'error-summary' }, ref) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <div ref={ref} id={id} className="notice notice--error" role="alert" tabIndex={-1} data-testid={testId}>
      <p className="notice__heading">{title ?? t('form.errorSummary')}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.targetId ?? 'general'}-${index}`}>
            {error.targetId ? (
              <a
                href={`#${error.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(error.targetId ?? '');
                  const control = target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target;
                  control?.focus();
                }}
              >
                {summaryLabel(error.label)}
                {error.message}
              </a>
            ) : (
              <>
                {summaryLabel(error.label)}
                {error.message}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
