import { useState, type FormEvent } from 'react';
import { ErrorSummary, TextField } from '@/components/form';
import { useApiForm, type ValidationErrors } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import type { AssignmentSearchCriteria } from '../api/list-assignments';
import {
  ASSIGNMENT_SEARCH_FIELDS,
  criteriaFromForm,
  formFromCriteria,
  moreFiltersActive,
  PROVINCES,
  type AssignmentSearchField,
} from './search-criteria';

/**
 * Search published assignments: "wat" and "waar" (a labelled choice of provinces and abroad) in
 * view; skills, workplace, minimum rate and start behind "Meer filters", so that on a phone the
 * first result shows without scrolling.
 */
export function AssignmentSearchForm({
  criteria,
  onSearch,
}: {
  criteria: AssignmentSearchCriteria;
  onSearch: (criteria: AssignmentSearchCriteria) => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => formFromCriteria(criteria));
  // Back/forward changes the address: show its criteria (state adjusted while rendering, not in an effect).
  const [shownCriteria, setShownCriteria] = useState(criteria);
  if (shownCriteria !== criteria) {
    setShownCriteria(criteria);
    setValues(formFromCriteria(criteria));
  }

  const form = useApiForm({
    fieldAt: (path) =>
      (ASSIGNMENT_SEARCH_FIELDS as readonly string[]).includes(path)
        ? { id: `assignment-search-${path}`, label: t(`assignments.search.${path}` as MessageKey) }
        : undefined,
    validate: () => {
      const issues: ValidationErrors = {};
      const errors = criteriaFromForm(values).errors ?? {};
      for (const [field, key] of Object.entries(errors)) if (key) issues[field] = { key };
      return issues;
    },
  });
  const errorOf = (field: AssignmentSearchField) => form.errorFor(field);
  const set = (key: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, () => {
      const result = criteriaFromForm(values, criteria.sort);
      if (result.criteria) onSearch(result.criteria);
    });

  const active = moreFiltersActive(criteria);
  const hiddenErrors = ['skills', 'minRate', 'startBefore'].some((field) => errorOf(field as AssignmentSearchField));

  return (
    <form
      className="form assignment-search"
      role="search"
      aria-label={t('assignments.search.label')}
      noValidate
      onSubmit={onSubmit}
      data-testid="assignment-search"
    >
      <ErrorSummary id={form.summaryId} errors={form.summary.errors} />
      <div className="assignment-search__main">
        <TextField
          id="assignment-search-q"
          label={t('assignments.search.q')}
          type="search"
          value={values.q}
          error={errorOf('q')}
          onValueChange={set('q')}
        />
        <div className="field">
          <label htmlFor="assignment-search-where" className="field__label">
            {t('assignments.search.where')}
          </label>
          <select
            id="assignment-search-where"
            className="field__control"
            value={values.where}
            onChange={(event) => set('where')(event.target.value)}
          >
            <option value="">{t('assignments.search.whereAnywhere')}</option>
            {values.where.startsWith('postcode:') && (
              <option value={values.where}>
                {t('assignments.search.wherePostcode', { region: values.where.slice('postcode:'.length) })}
              </option>
            )}
            <optgroup label={t('assignments.search.whereProvinces')}>
              {PROVINCES.map((province) => (
                <option key={province} value={`province:${province}`}>
                  {t(`province.${province}`)}
                </option>
              ))}
            </optgroup>
            <option value="ABROAD">{t('assignments.search.whereAbroad')}</option>
          </select>
        </div>
        <button type="submit" className="button button--primary" data-testid="assignment-search-submit">
          {t('assignments.search.submit')}
        </button>
      </div>
      <details className="assignment-search__more" open={hiddenErrors || undefined}>
        <summary data-testid="assignment-search-more">
          {active > 0
            ? t('assignments.search.moreFiltersActive', { count: active })
            : t('assignments.search.moreFilters')}
        </summary>
        <div className="form-grid">
          <TextField
            id="assignment-search-skills"
            label={t('assignments.search.skills')}
            hint={t('assignments.search.skillsHint')}
            value={values.skills}
            error={errorOf('skills')}
            onValueChange={set('skills')}
          />
          <div className="field">
            <label htmlFor="assignment-search-remote" className="field__label">
              {t('assignments.search.remote')}
            </label>
            <select
              id="assignment-search-remote"
              className="field__control"
              value={values.remote}
              onChange={(event) => set('remote')(event.target.value)}
            >
              <option value="">{t('assignments.search.remoteAny')}</option>
              <option value="ONSITE">{t('assignment.facts.remote.ONSITE')}</option>
              <option value="HYBRID">{t('assignment.facts.remote.HYBRID')}</option>
              <option value="REMOTE">{t('assignment.facts.remote.REMOTE')}</option>
            </select>
          </div>
          <TextField
            id="assignment-search-minRate"
            label={t('assignments.search.minRate')}
            hint={t('assignments.field.rateHint')}
            inputMode="decimal"
            value={values.minRate}
            error={errorOf('minRate')}
            onValueChange={set('minRate')}
          />
          <TextField
            id="assignment-search-startBefore"
            type="date"
            label={t('assignments.search.startBefore')}
            value={values.startBefore}
            error={errorOf('startBefore')}
            onValueChange={set('startBefore')}
          />
        </div>
      </details>
    </form>
  );
}
