import { describe, expect, it } from 'vitest';
import {
  answerIssue,
  answerPath,
  emptyRespondForm,
  formPathOf,
  toResponseInput,
  validateRespondForm,
  type Question,
} from './respond-form-model';

const TEXT: Question = {
  id: '00000000-0000-4000-8000-00000000000a',
  kind: 'TEXT',
  text: 'Ervaring?',
  required: true,
  options: [],
};
const YES_NO: Question = {
  id: '00000000-0000-4000-8000-00000000000b',
  kind: 'YES_NO',
  text: 'VOG?',
  required: true,
  options: [],
};
const NUMBER: Question = {
  id: '00000000-0000-4000-8000-00000000000c',
  kind: 'NUMBER',
  text: 'Jaren?',
  required: false,
  options: [],
};
const CHOICE: Question = {
  id: '00000000-0000-4000-8000-00000000000d',
  kind: 'CHOICE',
  text: 'Start?',
  required: false,
  options: ['Direct', 'Later'],
};
const QUESTIONS = [TEXT, YES_NO, NUMBER, CHOICE];

describe('answerIssue (the rules per question kind)', () => {
  it('requires an answer to a required question only', () => {
    expect(answerIssue(TEXT, '  ')?.key).toBe('respond.validation.answerRequired');
    expect(answerIssue(YES_NO, undefined)?.key).toBe('respond.validation.answerRequired');
    expect(answerIssue(NUMBER, '')).toBeUndefined();
    expect(answerIssue(CHOICE, '')).toBeUndefined();
  });

  it('accepts only "yes" or "no" for YES_NO', () => {
    expect(answerIssue(YES_NO, 'yes')).toBeUndefined();
    expect(answerIssue(YES_NO, 'no')).toBeUndefined();
    expect(answerIssue(YES_NO, 'ja')?.key).toBe('respond.validation.yesNo');
  });

  it('accepts decimal text (point or comma) for NUMBER', () => {
    for (const ok of ['5', '12,5', '-3.25', '.5', '1e3', ' 40 ']) expect(answerIssue(NUMBER, ok), ok).toBeUndefined();
    for (const bad of ['abc', '1,2,3', '5 jaar', '1'.repeat(31)])
      expect(answerIssue(NUMBER, bad)?.key, bad).toBe('respond.validation.number');
  });

  it('accepts only one of the options for CHOICE', () => {
    expect(answerIssue(CHOICE, 'Direct')).toBeUndefined();
    expect(answerIssue(CHOICE, 'Nooit')?.key).toBe('respond.validation.choice');
  });

  it('limits a text answer to 2000 characters', () => {
    expect(answerIssue(TEXT, 'x'.repeat(2000))).toBeUndefined();
    expect(answerIssue(TEXT, 'x'.repeat(2001))).toEqual({ key: 'validation.maxLength', params: { max: 2000 } });
  });
});

describe('validateRespondForm', () => {
  it('reports missing answers, motivation and the respondent without an account', () => {
    const errors = validateRespondForm(emptyRespondForm(), QUESTIONS, { withRespondent: true });
    expect(Object.keys(errors).sort()).toEqual(
      [answerPath(TEXT.id), answerPath(YES_NO.id), 'motivation', 'respondent.email', 'respondent.name'].sort(),
    );
    expect(validateRespondForm(emptyRespondForm(), [], { withRespondent: false })).toEqual({
      motivation: { key: 'validation.required' },
    });
  });

  it('checks e-mail, phone, the motivation length and the CV file', () => {
    const values = {
      ...emptyRespondForm(),
      motivation: 'x'.repeat(5001),
      respondent: { name: 'Jan', email: 'jan@', phone: 'bel me' },
      cv: new File(['hello'], 'cv.txt', { type: 'text/plain' }),
    };
    const errors = validateRespondForm(values, [], { withRespondent: true });
    expect(errors.motivation).toEqual({ key: 'validation.maxLength', params: { max: 5000 } });
    expect(errors['respondent.email']?.key).toBe('validation.email');
    expect(errors['respondent.phone']?.key).toBe('validation.phone');
    expect(errors.cv?.key).toBe('respond.cv.error.type');
  });
});

describe('toResponseInput', () => {
  it('sends answers in question order with their ids, skips blank optional ones, numbers with a point', () => {
    const values = {
      ...emptyRespondForm(),
      answers: { [TEXT.id]: ' Tien jaar ', [YES_NO.id]: 'yes', [NUMBER.id]: '12,5', [CHOICE.id]: '' },
      motivation: ' Ik wil graag. ',
      thisAssignmentOnly: true,
      useProfileCv: true,
    };
    const { input, answeredIds } = toResponseInput(values, QUESTIONS, {
      withRespondent: false,
      profileCvOffered: true,
    });
    expect(input).toEqual({
      motivation: 'Ik wil graag.',
      answers: [
        { questionId: TEXT.id, value: 'Tien jaar' },
        { questionId: YES_NO.id, value: 'yes' },
        { questionId: NUMBER.id, value: '12.5' },
      ],
      thisAssignmentOnly: true,
      useProfileCv: true,
    });
    expect(answeredIds).toEqual([TEXT.id, YES_NO.id, NUMBER.id]);
  });

  it('adds the respondent without an account (no useProfileCv), phone only when given', () => {
    const values = {
      ...emptyRespondForm(),
      motivation: 'Graag',
      useProfileCv: true,
      respondent: { name: ' Jan ', email: 'jan@example.nl', phone: '' },
    };
    const { input } = toResponseInput(values, [], { withRespondent: true, profileCvOffered: false });
    expect(input).toEqual({
      motivation: 'Graag',
      answers: [],
      thisAssignmentOnly: false,
      respondent: { name: 'Jan', email: 'jan@example.nl' },
    });
  });

  it('does not ask for the profile CV when a file is chosen', () => {
    const values = { ...emptyRespondForm(), motivation: 'Graag', useProfileCv: true, cv: new File(['%PDF'], 'cv.pdf') };
    expect(
      toResponseInput(values, [], { withRespondent: false, profileCvOffered: true }).input.useProfileCv,
    ).toBeUndefined();
  });
});

describe('formPathOf (server field errors → form fields)', () => {
  const answered = [YES_NO.id, NUMBER.id];
  it('maps answers[i] to the i-th question sent', () => {
    expect(formPathOf('answers[1].value', 'must be a number', answered, QUESTIONS)).toBe(answerPath(NUMBER.id));
    expect(formPathOf('answers[0].questionId', 'is answered twice', answered, QUESTIONS)).toBe(answerPath(YES_NO.id));
    expect(formPathOf('answers[5].value', 'x', answered, QUESTIONS)).toBeUndefined();
  });

  it('maps a missing required question by the id in the message', () => {
    expect(formPathOf('answers', `question "Ervaring?" (${TEXT.id}) is required`, answered, QUESTIONS)).toBe(
      answerPath(TEXT.id),
    );
    expect(
      formPathOf('answers', 'question "?" (11111111-1111-4111-8111-111111111111) is required', answered, QUESTIONS),
    ).toBeUndefined();
  });

  it('keeps motivation, cv and respondent paths; useProfileCv lands on the CV field', () => {
    expect(formPathOf('respondent.email', 'must be a well-formed email address', [], [])).toBe('respondent.email');
    expect(formPathOf('motivation', 'must not be blank', [], [])).toBe('motivation');
    expect(formPathOf('useProfileCv', 'your profile has no CV', [], [])).toBe('cv');
    expect(formPathOf('respondent', 'is required', [], [])).toBeUndefined();
  });
});
