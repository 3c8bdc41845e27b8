import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CheckboxField, TextAreaField, TextField } from '@/components/form';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { useRecordBreach, type BreachDataCategory } from '../api/privacy-office';

const CATEGORIES: readonly BreachDataCategory[] = [
  'NAME',
  'CONTACT_DETAILS',
  'PROFILE',
  'CV',
  'RESPONSES',
  'MESSAGES',
  'ACCOUNT',
  'INVOICES',
];
const TEXT_MAX = 4000;

/** Records an incident (decision still pending): the 72 hours to notify run from discovery. */
export function BreachForm() {
  const { t } = useI18n();
  const record = useRecordBreach();
  const [whatHappened, setWhatHappened] = useState('');
  const [discoveredAt, setDiscoveredAt] = useState('');
  const [categories, setCategories] = useState<BreachDataCategory[]>([]);
  const [subjects, setSubjects] = useState('');
  const [consequences, setConsequences] = useState('');
  const [measures, setMeasures] = useState('');
  const [highRisk, setHighRisk] = useState(false);
  return (
    <form
      className="form"
      data-testid="breach-form"
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate(
          {
            whatHappened,
            discoveredAt: discoveredAt ? new Date(discoveredAt).toISOString() : '',
            dataCategories: categories,
            approximateSubjects: Number.parseInt(subjects, 10) || 0,
            likelyConsequences: consequences,
            measuresTaken: measures,
            highRisk,
            decision: 'PENDING',
          },
          {
            onSuccess: () => {
              setWhatHappened('');
              setDiscoveredAt('');
              setCategories([]);
              setSubjects('');
              setConsequences('');
              setMeasures('');
              setHighRisk(false);
            },
          },
        );
      }}
    >
      <TextAreaField
        id="breach-what"
        label={t('privacyOffice.breach.whatHappened')}
        required
        maxLength={TEXT_MAX}
        value={whatHappened}
        onValueChange={setWhatHappened}
      />
      <TextField
        id="breach-discovered"
        type="datetime-local"
        label={t('privacyOffice.breach.discoveredAt')}
        required
        value={discoveredAt}
        onValueChange={setDiscoveredAt}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('privacyOffice.breach.categories')}</legend>
        {CATEGORIES.map((category) => (
          <CheckboxField
            key={category}
            id={`breach-category-${category}`}
            label={t(`privacyOffice.breach.category.${category}` as MessageKey)}
            checked={categories.includes(category)}
            onCheckedChange={(checked) =>
              setCategories(checked ? [...categories, category] : categories.filter((known) => known !== category))
            }
          />
        ))}
      </fieldset>
      <TextField
        id="breach-subjects"
        type="number"
        min={0}
        inputMode="numeric"
        label={t('privacyOffice.breach.subjects')}
        required
        value={subjects}
        onValueChange={setSubjects}
      />
      <TextAreaField
        id="breach-consequences"
        label={t('privacyOffice.breach.consequences')}
        required
        maxLength={TEXT_MAX}
        value={consequences}
        onValueChange={setConsequences}
      />
      <TextAreaField
        id="breach-measures"
        label={t('privacyOffice.breach.measures')}
        required
        maxLength={TEXT_MAX}
        value={measures}
        onValueChange={setMeasures}
      />
      <CheckboxField
        id="breach-high-risk"
        label={t('privacyOffice.breach.highRisk')}
        hint={t('privacyOffice.breach.highRiskHint')}
        checked={highRisk}
        onCheckedChange={setHighRisk}
      />
      <button type="submit" className="button button--primary" disabled={record.isPending}>
        {t('privacyOffice.breach.record')}
      </button>
      {record.isError && <ErrorMessage error={record.error} />}
      {record.isSuccess && (
        <p role="status" className="notice notice--success" data-testid="breach-recorded">
          {t('privacyOffice.breach.recorded')}
        </p>
      )}
    </form>
  );
}
