import { MonthField } from '@/components/MonthField';
import { RepeatableFieldset } from '@/components/RepeatableFieldset';
import { TextAreaField, TextField } from '@/components/form';
import { useI18n } from '@/lib/i18n';
import { emptyEducation, emptyExperience, fieldId, LIMITS } from './profile-form-model';
import type { ProfileSectionProps } from './section-props';

/** Work experience and education: two lists of entries, each entry its own fieldset. */
export function BackgroundSection({ values, update, errorFor }: ProfileSectionProps) {
  const { t } = useI18n();
  return (
    <>
      <RepeatableFieldset
        testId="experience"
        title={t('profile.experience.title')}
        listErrorId={fieldId('experience')}
        listError={errorFor('experience')}
        emptyText={t('profile.experience.none')}
        rows={values.experience}
        max={LIMITS.experience}
        onRowsChange={(rows) => update('experience', rows)}
        newRow={emptyExperience}
        legend={(n) => t('profile.experience.entry', { n })}
        removeLabel={(n) => t('profile.experience.remove', { n })}
        addLabel={t('profile.experience.add')}
        firstControlId={(index) => fieldId(`experience[${index}].role`)}
        renderRow={(row, index, change) => {
          const at = (field: string) => `experience[${index}].${field}`;
          return (
            <>
              <div className="form-grid">
                <TextField
                  id={fieldId(at('role'))}
                  label={t('profile.experience.role')}
                  required
                  value={row.role}
                  onValueChange={(role) => change({ role })}
                  error={errorFor(at('role'))}
                />
                <TextField
                  id={fieldId(at('clientName'))}
                  label={t('profile.experience.clientName')}
                  hint={t('profile.experience.clientName.hint')}
                  value={row.clientName}
                  onValueChange={(clientName) => change({ clientName })}
                  error={errorFor(at('clientName'))}
                />
                <MonthField
                  id={fieldId(at('startMonth'))}
                  label={t('profile.experience.startMonth')}
                  required
                  value={row.startMonth}
                  onValueChange={(startMonth) => change({ startMonth })}
                  error={errorFor(at('startMonth'))}
                />
                <MonthField
                  id={fieldId(at('endMonth'))}
                  label={t('profile.experience.endMonth')}
                  hint={t('profile.experience.endMonth.hint')}
                  value={row.endMonth}
                  onValueChange={(endMonth) => change({ endMonth })}
                  error={errorFor(at('endMonth'))}
                />
              </div>
              <TextAreaField
                id={fieldId(at('tasks'))}
                label={t('profile.experience.tasks')}
                rows={3}
                value={row.tasks}
                onValueChange={(tasks) => change({ tasks })}
                error={errorFor(at('tasks'))}
              />
            </>
          );
        }}
      />

      <RepeatableFieldset
        testId="education"
        title={t('profile.education.title')}
        listErrorId={fieldId('education')}
        listError={errorFor('education')}
        emptyText={t('profile.education.none')}
        rows={values.education}
        max={LIMITS.education}
        onRowsChange={(rows) => update('education', rows)}
        newRow={emptyEducation}
        legend={(n) => t('profile.education.entry', { n })}
        removeLabel={(n) => t('profile.education.remove', { n })}
        addLabel={t('profile.education.add')}
        firstControlId={(index) => fieldId(`education[${index}].qualification`)}
        renderRow={(row, index, change) => {
          const at = (field: string) => `education[${index}].${field}`;
          return (
            <div className="form-grid">
              <TextField
                id={fieldId(at('qualification'))}
                label={t('profile.education.qualification')}
                required
                value={row.qualification}
                onValueChange={(qualification) => change({ qualification })}
                error={errorFor(at('qualification'))}
              />
              <TextField
                id={fieldId(at('institution'))}
                label={t('profile.education.institution')}
                hint={t('profile.education.institution.hint')}
                value={row.institution}
                onValueChange={(institution) => change({ institution })}
                error={errorFor(at('institution'))}
              />
              <TextField
                id={fieldId(at('year'))}
                label={t('profile.education.year')}
                inputMode="numeric"
                value={row.year}
                onValueChange={(year) => change({ year })}
                error={errorFor(at('year'))}
              />
            </div>
          );
        }}
      />
    </>
  );
}
