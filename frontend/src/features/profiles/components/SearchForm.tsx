import { useState, type FormEvent } from 'react';
import { CheckboxField, ErrorSummary, RadioGroup, TextField } from '@/components/form';
import { fieldsByPath, useApiForm, type ValidationErrors } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import type { ProfileSearchCriteria } from '../api/search-profiles';
import { criteriaFromForm, formFromCriteria, type SearchField, type SearchFormValues } from './search-criteria';

const IDS: Record<SearchField, string> = {
  skills: 'search-skills',
  region: 'search-region',
  minHoursPerWeek: 'search-hours',
  maxRate: 'search-max-rate',
};
const SEARCH_FIELDS = ['skills', 'region', 'minHoursPerWeek', 'maxRate'] as const satisfies SearchField[];

/** The search's own checks as the form hook's issues. */
function issuesOf(errors: Partial<Record<SearchField, MessageKey>> | undefined): ValidationErrors {
  const issues: ValidationErrors = {};
  for (const field of SEARCH_FIELDS) {
    const key = errors?.[field];
    if (key) issues[field] = { key };
  }
  return issues;
}

const LABELS: Record<SearchField, MessageKey> = {
  skills: 'search.skills',
  region: 'search.region',
  minHoursPerWeek: 'search.minHours',
  maxRate: 'search.maxRate',
};

export function SearchForm({
  criteria,
  onSearch,
}: {
  criteria: ProfileSearchCriteria;
  onSearch: (criteria: ProfileSearchCriteria) => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<SearchFormValues>(() => formFromCriteria(criteria));
  const form = useApiForm({
    fieldAt: fieldsByPath(
      Object.fromEntries(SEARCH_FIELDS.map((field) => [field, { id: IDS[field], label: t(LABELS[field]) }])),
    ),
    validate: () => issuesOf(criteriaFromForm(values).errors),
  });
  const errors = Object.fromEntries(SEARCH_FIELDS.map((field) => [field, form.errorFor(field)]));

  const update = <K extends keyof SearchFormValues>(key: K, value: SearchFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, () => {
      const result = criteriaFromForm(values);
      if (result.criteria) onSearch(result.criteria);
    });

  return (
    <form className="form search-form" role="search" noValidate onSubmit={onSubmit} aria-label={t('search.formLabel')}>
      <ErrorSummary id={form.summaryId} errors={form.summary.errors} />
      <div className="form-grid">
        <TextField
          id={IDS.skills}
          label={t('search.skills')}
          hint={t('search.skills.hint')}
          value={values.skills}
          onValueChange={(value) => update('skills', value)}
          error={errors.skills}
        />
        <RadioGroup
          id="search-match"
          name="match"
          legend={t('search.match')}
          value={values.match}
          onValueChange={(value) => update('match', value)}
          options={[
            { value: 'any', label: t('search.match.any') },
            { value: 'all', label: t('search.match.all') },
          ]}
        />
      </div>
      <div className="form-grid">
        <div>
          <TextField
            id={IDS.region}
            label={t('search.region')}
            hint={t('search.region.hint')}
            inputMode="numeric"
            disabled={values.abroad}
            value={values.region}
            onValueChange={(value) => update('region', value)}
            error={errors.region}
          />
          <CheckboxField
            id="search-abroad"
            label={t('search.abroad')}
            checked={values.abroad}
            onCheckedChange={(checked) => update('abroad', checked)}
          />
        </div>
        <TextField
          id="search-available-from"
          type="date"
          label={t('search.availableFrom')}
          hint={t('search.availableFrom.hint')}
          value={values.availableFrom}
          onValueChange={(value) => update('availableFrom', value)}
        />
        <TextField
          id={IDS.minHoursPerWeek}
          label={t('search.minHours')}
          inputMode="numeric"
          value={values.minHoursPerWeek}
          onValueChange={(value) => update('minHoursPerWeek', value)}
          error={errors.minHoursPerWeek}
        />
        <TextField
          id={IDS.maxRate}
          label={t('search.maxRate')}
          hint={t('profile.rate.hint')}
          inputMode="decimal"
          value={values.maxRate}
          onValueChange={(value) => update('maxRate', value)}
          error={errors.maxRate}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" data-testid="search-submit">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
