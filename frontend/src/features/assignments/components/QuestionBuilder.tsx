import { useState } from 'react';
import { FieldErrorText } from '@/components/form';
import { useFocusAfterRender } from '@/lib/focus';
import { useI18n, type MessageKey } from '@/lib/i18n';
import {
  addOption,
  addQuestion,
  changeKind,
  fieldId,
  LIMITS,
  moveQuestion,
  QUESTION_KINDS,
  removeOption,
  removeQuestion,
  type QuestionKind,
  type QuestionRow,
} from './assignment-form-model';

interface QuestionBuilderProps {
  questions: QuestionRow[];
  onChange: (questions: QuestionRow[]) => void;
  errorFor: (path: string) => string | undefined;
}

/**
 * The requirement questions (A-1): add, remove and reorder with buttons (keyboard operable, named
 * after the question's number), each question a fieldset with its legend. Changes are announced
 * politely; focus goes where the user continues.
 */
export function QuestionBuilder({ questions, onChange, errorFor }: QuestionBuilderProps) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const setFocusTarget = useFocusAfterRender();

  const update = (index: number, next: QuestionRow) => onChange(questions.map((q, i) => (i === index ? next : q)));
  const listError = errorFor('assignment.questions');

  return (
    <fieldset className="fieldset" id="assignment-questions" aria-describedby="assignment-questions-hint">
      <legend className="fieldset__legend">{t('assignments.questions.legend')}</legend>
      <p id="assignment-questions-hint" className="field__hint">
        {t('assignments.questions.hint', { max: LIMITS.questions })}
      </p>
      <FieldErrorText id="assignment-questions" error={listError} />
      {questions.length === 0 && <p data-testid="questions-empty">{t('assignments.questions.none')}</p>}
      <ol className="entry-list">
        {questions.map((question, index) => {
          const at = `assignment.questions[${index}]`;
          const n = index + 1;
          const textPath = `${at}.text`;
          const textError = errorFor(textPath);
          const optionsPath = `${at}.options`;
          const optionsError = errorFor(optionsPath);
          const kindId = `${fieldId(at)}-kind`;
          const requiredId = `${fieldId(at)}-required`;
          return (
            <li key={question.key} data-testid="question">
              <fieldset className="fieldset fieldset--entry">
                <legend className="fieldset__legend">{t('assignments.questions.entry', { n })}</legend>
                <div className="field">
                  <label htmlFor={kindId} className="field__label">
                    {t('assignments.questions.kind')}
                  </label>
                  <select
                    id={kindId}
                    className="field__control"
                    value={question.kind}
                    data-testid={`question-${index}-kind`}
                    onChange={(event) => update(index, changeKind(question, event.target.value as QuestionKind))}
                  >
                    {QUESTION_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`assignment.questions.kind.${kind}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className={`field${textError ? ' field--error' : ''}`}>
                  <label htmlFor={fieldId(textPath)} className="field__label">
                    {t('assignments.questions.text')}
                    <span className="field__required"> ({t('form.required')})</span>
                  </label>
                  <FieldErrorText id={fieldId(textPath)} error={textError} />
                  <input
                    id={fieldId(textPath)}
                    className="field__control"
                    value={question.text}
                    required
                    aria-invalid={textError ? true : undefined}
                    aria-describedby={textError ? `${fieldId(textPath)}-error` : undefined}
                    onChange={(event) => update(index, { ...question, text: event.target.value })}
                  />
                </div>
                <div className="field field--checkbox">
                  <input
                    id={requiredId}
                    type="checkbox"
                    checked={question.required}
                    onChange={(event) => update(index, { ...question, required: event.target.checked })}
                  />
                  <label htmlFor={requiredId}>{t('assignments.questions.required')}</label>
                </div>

                {question.kind === 'CHOICE' && (
                  <fieldset
                    className={`fieldset${optionsError ? ' field--error' : ''}`}
                    id={fieldId(optionsPath)}
                    aria-describedby={`${fieldId(optionsPath)}-hint${optionsError ? ` ${fieldId(optionsPath)}-error` : ''}`}
                    data-testid={`question-${index}-options`}
                  >
                    <legend className="fieldset__legend">{t('assignments.questions.options', { n })}</legend>
                    <p id={`${fieldId(optionsPath)}-hint`} className="field__hint">
                      {t('assignments.questions.optionsHint', { min: LIMITS.optionsMin, max: LIMITS.optionsMax })}
                    </p>
                    <FieldErrorText id={fieldId(optionsPath)} error={optionsError} />
                    {question.options.map((option, optionIndex) => {
                      const optionPath = `${optionsPath}[${optionIndex}]`;
                      const optionError = errorFor(optionPath);
                      const describedBy = [optionError ? `${fieldId(optionPath)}-error` : undefined]
                        .filter(Boolean)
                        .join(' ');
                      return (
                        <div key={option.key} className={`field${optionError ? ' field--error' : ''}`}>
                          <label htmlFor={fieldId(optionPath)} className="field__label">
                            {t('assignments.questions.option', { n: optionIndex + 1 })}
                            <span className="field__required"> ({t('form.required')})</span>
                          </label>
                          <FieldErrorText id={fieldId(optionPath)} error={optionError} />
                          <div className="button-row">
                            <input
                              id={fieldId(optionPath)}
                              className="field__control"
                              value={option.text}
                              required
                              aria-invalid={optionError || optionsError ? true : undefined}
                              aria-describedby={describedBy || undefined}
                              onChange={(event) =>
                                update(index, {
                                  ...question,
                                  options: question.options.map((o, i) =>
                                    i === optionIndex ? { ...o, text: event.target.value } : o,
                                  ),
                                })
                              }
                            />
                            <button
                              type="button"
                              className="button"
                              aria-label={t('assignments.questions.removeOption', { n: optionIndex + 1, question: n })}
                              onClick={() => {
                                update(index, removeOption(question, optionIndex));
                                setAnnouncement(t('assignments.questions.optionRemoved', { n: optionIndex + 1 }));
                                setFocusTarget(`${fieldId(at)}-add-option`);
                              }}
                            >
                              {t('assignments.questions.remove')}
                            </button>
                          </div>
                        </div>
                      );
                    })}
                    {question.options.length < LIMITS.optionsMax && (
                      <button
                        type="button"
                        className="button"
                        id={`${fieldId(at)}-add-option`}
                        data-testid={`question-${index}-add-option`}
                        onClick={() => {
                          update(index, addOption(question));
                          setFocusTarget(fieldId(`${optionsPath}[${question.options.length}]`));
                        }}
                      >
                        {t('assignments.questions.addOption', { n })}
                      </button>
                    )}
                  </fieldset>
                )}

                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    id={`${fieldId(at)}-up`}
                    disabled={index === 0}
                    aria-label={t('assignments.questions.moveUp', { n })}
                    onClick={() => {
                      onChange(moveQuestion(questions, index, -1));
                      setAnnouncement(t('assignments.questions.moved', { n, position: n - 1 }));
                      setFocusTarget(
                        index - 1 === 0
                          ? `${fieldId(`assignment.questions[${index - 1}]`)}-down`
                          : `${fieldId(`assignment.questions[${index - 1}]`)}-up`,
                      );
                    }}
                  >
                    {t('assignments.questions.up')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    id={`${fieldId(at)}-down`}
                    disabled={index === questions.length - 1}
                    aria-label={t('assignments.questions.moveDown', { n })}
                    onClick={() => {
                      onChange(moveQuestion(questions, index, 1));
                      setAnnouncement(t('assignments.questions.moved', { n, position: n + 1 }));
                      const target = `assignment.questions[${index + 1}]`;
                      setFocusTarget(
                        index + 1 === questions.length - 1 ? `${fieldId(target)}-up` : `${fieldId(target)}-down`,
                      );
                    }}
                  >
                    {t('assignments.questions.down')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    data-testid={`question-${index}-remove`}
                    aria-label={t('assignments.questions.removeQuestion', { n })}
                    onClick={() => {
                      onChange(removeQuestion(questions, index));
                      setAnnouncement(t('assignments.questions.removed', { n }));
                      setFocusTarget('assignment-add-question');
                    }}
                  >
                    {t('assignments.questions.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {questions.length < LIMITS.questions && (
        <button
          type="button"
          className="button"
          id="assignment-add-question"
          data-testid="add-question"
          onClick={() => {
            onChange(addQuestion(questions));
            setAnnouncement(t('assignments.questions.added', { n: questions.length + 1 }));
            setFocusTarget(fieldId(`assignment.questions[${questions.length}].text`));
          }}
        >
          {t('assignments.questions.add')}
        </button>
      )}
      <p role="status" className="visually-hidden" data-testid="questions-status">
        {announcement}
      </p>
    </fieldset>
  );
}
