import { describe, expect, it } from 'vitest';
import {
  addOption,
  addQuestion,
  changeKind,
  emptyAssignmentForm,
  emptyQuestion,
  eurosToCents,
  formFieldOf,
  moveQuestion,
  removeOption,
  toSubmission,
  validateAssignmentForm,
  type AssignmentFormValues,
} from './assignment-form-model';

function validForm(overrides: Partial<AssignmentFormValues> = {}): AssignmentFormValues {
  return {
    ...emptyAssignmentForm(),
    title: 'Projectleider',
    description: 'Omschrijving',
    postcodeArea: '3511',
    validThrough: '2026-06-30',
    poster: { name: 'Paula', organisation: 'Gemeente', email: 'paula@example.nl', phone: '06 12345678' },
    ...overrides,
  };
}

describe('euros → integer cents', () => {
  it('converts typed amounts with Math.round, never floats', () => {
    expect(eurosToCents('85')).toBe(8500);
    expect(eurosToCents('85,50')).toBe(8550);
    expect(eurosToCents('0.29')).toBe(29);
    expect(eurosToCents('1.005')).toBeNull();
    expect(eurosToCents('abc')).toBeNull();
  });

  it('sends the rates as integer cents in the submission', () => {
    const body = toSubmission(validForm({ rateMin: '85,5', rateMax: '110.10' }), { asClient: false });
    expect(body.assignment.rateMinCents).toBe(8550);
    expect(body.assignment.rateMaxCents).toBe(11010);
    expect(Number.isInteger(body.assignment.rateMaxCents)).toBe(true);
  });
});

describe('question builder', () => {
  it('gives a CHOICE two options and drops them when switching to another kind', () => {
    const choice = changeKind(emptyQuestion(), 'CHOICE');
    expect(choice.options).toHaveLength(2);
    const withThree = addOption(choice);
    expect(withThree.options).toHaveLength(3);
    const text = changeKind(withThree, 'TEXT');
    expect(text.kind).toBe('TEXT');
    expect(text.options).toEqual([]);
    // Other kinds cannot get options.
    expect(addOption(text).options).toEqual([]);
  });

  it('needs at least two options for a CHOICE', () => {
    const question = removeOption({ ...changeKind(emptyQuestion(), 'CHOICE'), text: 'Welke?' }, 1);
    question.options[0]!.text = 'A';
    const errors = validateAssignmentForm(validForm({ questions: [question] }), {
      withPoster: true,
      today: '2026-06-01',
    });
    expect(errors['assignment.questions[0].options']).toEqual({
      key: 'assignmentError.options.count',
      params: { min: 2, max: 20 },
    });
  });

  it('moves questions up and down and ignores moves past the ends', () => {
    const [a, b, c] = addQuestion(addQuestion(addQuestion([])));
    const list = [a!, b!, c!];
    expect(moveQuestion(list, 2, -1).map((q) => q.key)).toEqual([a!.key, c!.key, b!.key]);
    expect(moveQuestion(list, 0, 1).map((q) => q.key)).toEqual([b!.key, a!.key, c!.key]);
    expect(moveQuestion(list, 0, -1)).toBe(list);
    expect(moveQuestion(list, 2, 1)).toBe(list);
  });

  it('sends options only for CHOICE questions', () => {
    const choice = { ...changeKind(emptyQuestion(), 'CHOICE'), text: 'Welke?', required: true };
    choice.options[0]!.text = ' Direct ';
    choice.options[1]!.text = 'Later';
    const yesNo = { ...emptyQuestion(), kind: 'YES_NO' as const, text: 'VOG?' };
    const body = toSubmission(validForm({ questions: [choice, yesNo] }), { asClient: false });
    expect(body.assignment.questions).toEqual([
      { kind: 'CHOICE', text: 'Welke?', required: true, options: ['Direct', 'Later'] },
      { kind: 'YES_NO', text: 'VOG?', required: false },
    ]);
  });
});

describe('validation mirrors openapi.yaml', () => {
  it('accepts a complete form', () => {
    expect(validateAssignmentForm(validForm(), { withPoster: true, today: '2026-06-01' })).toEqual({});
  });

  it('reports required fields, lengths, patterns, rate order and a past validThrough at server paths', () => {
    const errors = validateAssignmentForm(
      validForm({
        title: ' ',
        description: 'x'.repeat(10_001),
        postcodeArea: '0123',
        hoursPerWeek: '61',
        rateMin: '120',
        rateMax: '100',
        validThrough: '2026-05-31',
        poster: { name: '', organisation: 'Org', email: 'geen-adres', phone: '12' },
      }),
      { withPoster: true, today: '2026-06-01' },
    );
    expect(errors['assignment.title']?.key).toBe('assignmentError.title.required');
    expect(errors['assignment.description']).toEqual({
      key: 'assignmentError.description.tooLong',
      params: { max: 10_000 },
    });
    expect(errors['assignment.region']?.key).toBe('assignmentError.region.pattern');
    expect(errors['assignment.hoursPerWeek']?.key).toBe('assignmentError.hoursPerWeek.range');
    expect(errors['assignment.rateMaxCents']?.key).toBe('assignmentError.rateMax.belowMin');
    expect(errors['assignment.validThrough']?.key).toBe('assignmentError.validThrough.range');
    expect(errors['poster.name']?.key).toBe('assignmentError.posterName.required');
    expect(errors['poster.email']?.key).toBe('assignmentError.posterEmail.pattern');
    expect(errors['poster.phone']?.key).toBe('assignmentError.posterPhone.pattern');
  });

  it('refuses a start date in the past for a new assignment only (an edit may keep one that passed)', () => {
    const started = validForm({ startDate: '2026-05-31' });
    expect(
      validateAssignmentForm(started, { withPoster: true, newAssignment: true, today: '2026-06-01' })[
        'assignment.startDate'
      ]?.key,
    ).toBe('assignmentError.startDate.range');
    expect(validateAssignmentForm(started, { withPoster: true, today: '2026-06-01' })).toEqual({});
  });

  it('does not check the poster for a client, and accepts today as validThrough', () => {
    const errors = validateAssignmentForm(
      validForm({ validThrough: '2026-06-01', poster: { name: '', organisation: '', email: '', phone: '' } }),
      {
        withPoster: false,
        today: '2026-06-01',
      },
    );
    expect(errors).toEqual({});
  });
});

describe('submission body', () => {
  it('has the poster and the honeypot without an account, and neither for a client', () => {
    const values = validForm({ abroad: true, nameOrganisation: true });
    const anonymous = toSubmission(values, { asClient: false });
    expect(anonymous.poster).toEqual({
      name: 'Paula',
      organisation: 'Gemeente',
      email: 'paula@example.nl',
      phone: '06 12345678',
    });
    expect(anonymous.website).toBe('');
    expect(anonymous.assignment.region).toBe('ABROAD');
    expect(anonymous.assignment.nameOrganisation).toBeUndefined();
    const client = toSubmission(values, { asClient: true });
    expect(client).not.toHaveProperty('poster');
    expect(client).not.toHaveProperty('website');
    expect(client.assignment.nameOrganisation).toBe(true);
  });

  it('maps server paths (with or without the assignment. prefix) to the form fields', () => {
    expect(formFieldOf('assignment.questions[0].options')).toBe('assignment.questions[0].options');
    expect(formFieldOf('questions[1].text')).toBe('assignment.questions[1].text');
    expect(formFieldOf('assignment.skills[3]')).toBe('assignment.skills');
    expect(formFieldOf('poster.email')).toBe('poster.email');
  });
});
