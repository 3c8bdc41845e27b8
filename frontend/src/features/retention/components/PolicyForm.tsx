import { useState } from 'react';
import { FormErrors } from '@/components/FormErrors';
import { CheckboxField, RadioGroup, TextField } from '@/components/form';
import { fieldsByPath, REQUIRED, useApiForm, type ValidationErrors } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useUpdatePolicy, type RetentionAction, type RetentionPolicy } from '../api/retention';
import { ACTION, categoryName, describePeriod, isPeriod } from './labels';

interface PolicyFormProps {
  policy: RetentionPolicy;
  onSaved: (policy: RetentionPolicy) => void;
  onCancel: () => void;
}

/**
 * Edits one category's period, action and whether it is enabled (T-1). The server decides the
 * rules (legal minimum, supported actions); its field errors land on the fields.
 */
export function PolicyForm({ policy, onSaved, onCancel }: PolicyFormProps) {
  const { t } = useI18n();
  const update = useUpdatePolicy(policy.category);
  const [period, setPeriod] = useState(policy.period);
  const [action, setAction] = useState<RetentionAction>(policy.action);
  const [enabled, setEnabled] = useState(policy.enabled);
  const name = categoryName(policy.category, t);
  const idPrefix = `policy-${policy.category}`;
  const form = useApiForm({
    fieldAt: fieldsByPath({
      period: { id: `${idPrefix}-period`, label: t('retention.form.period') },
      action: { id: `${idPrefix}-action`, label: t('retention.form.action') },
      enabled: { id: `${idPrefix}-enabled`, label: t('retention.form.enabled') },
    }),
    validate: () => {
      const issues: ValidationErrors = {};
      const value = period.trim();
      if (!value) issues.period = REQUIRED;
      else if (!isPeriod(value)) issues.period = { key: 'retention.form.periodInvalid' };
      return issues;
    },
  });
  const options = (
    policy.supportedActions.includes(policy.action)
      ? policy.supportedActions
      : [policy.action, ...policy.supportedActions]
  ).map((value) => ({ value, label: t(ACTION[value]), testId: `${idPrefix}-action-${value}` }));

  return (
    <section aria-labelledby={`${idPrefix}-title`} className="section" data-testid="policy-form">
      <h3 id={`${idPrefix}-title`} tabIndex={-1}>
        {t('retention.form.title', { category: name })}
      </h3>
      <form
        className="form"
        noValidate
        onSubmit={(event) =>
          form.submit(event, () =>
            update.mutateAsync({ period: period.trim(), action, enabled }).then((saved) => onSaved(saved)),
          )
        }
      >
        <FormErrors form={form} failedHeading={t('retention.form.failed')} />
        <TextField
          id={`${idPrefix}-period`}
          label={t('retention.form.period')}
          hint={
            policy.legalMinimum
              ? t('retention.form.periodHintMinimum', { minimum: describePeriod(policy.legalMinimum, t) })
              : t('retention.form.periodHint')
          }
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          value={period}
          error={form.errorFor('period')}
          onValueChange={setPeriod}
        />
        <RadioGroup
          id={`${idPrefix}-action`}
          name={`${idPrefix}-action`}
          legend={t('retention.form.action')}
          options={options}
          value={action}
          error={form.errorFor('action')}
          onValueChange={setAction}
        />
        <CheckboxField
          id={`${idPrefix}-enabled`}
          label={t('retention.form.enabled')}
          hint={t('retention.form.enabledHint')}
          checked={enabled}
          onCheckedChange={setEnabled}
        />
        {form.errorFor('enabled') && (
          <p className="field__error" data-testid={`${idPrefix}-enabled-error`}>
            {form.errorFor('enabled')}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {t('retention.form.save')}
          </button>{' '}
          <button type="button" className="button" onClick={onCancel}>
            {t('retention.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
