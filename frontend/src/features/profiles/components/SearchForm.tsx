import { useRef, useState, type FormEvent } from 'react';
import { CheckboxField, ErrorSummary, RadioGroup, TextField, type SummaryError } from '@/components/form';
import { useI18n, type MessageKey } from '@/lib/i18n';
import type { ProfileSearchCriteria } from '../api/search-profiles';
import { criteriaFromForm, formFromCriteria, type SearchField, type SearchFormValues } from './search-criteria';

const IDS: Record<SearchField, string> = {
  skills: 'search-skills',
  region: 'search-region',
  minHoursPerWeek: 'search-hours',
  maxRate: 'search-max-rate',
};
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
  const [errors, setErrors] = useState<Partial<Record<SearchField, string>>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  const update = <K extends keyof SearchFormValues>(key: K, value: SearchFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = criteriaFromForm(values);
    if (result.errors) {
      const messages: Partial<Record<SearchField, string>> = {};
      for (const field of Object.keys(result.errors) as SearchField[]) {
        const key = result.errors[field];
        if (key) messages[field] = t(key);
      }
      setErrors(messages);
      setSummary(
        (Object.keys(messages) as SearchField[]).map((field) => ({
          targetId: IDS[field],
          label: t(LABELS[field]),
          message: messages[field] ?? '',
        })),
      );
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setErrors({});
    setSummary([]);
    onSearch(result.criteria);
  }

  return (
    <form className="form search-form" role="search" noValidate onSubmit={onSubmit} aria-label={t('search.formLabel')}>
      <ErrorSummary ref={summaryRef} errors={summary} />
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
