import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldError } from '@/lib/api';
import { mapFieldErrors } from '@/lib/forms';
import { loadAllStrings, translate, type Language } from '@/lib/i18n';
import { ASSIGNMENT_ERRORS, errorTablePath } from './assignment-errors';
import { assignmentFieldAt } from './assignment-fields';
import { emptyAssignmentForm, fieldId, formFieldOf, type AssignmentFormValues } from './assignment-form-model';

/** A form with one choice question of two choices, so question and choice paths exist. */
function formValues(overrides: Partial<AssignmentFormValues> = {}): AssignmentFormValues {
  return {
    ...emptyAssignmentForm(),
    questions: [
      {
        key: 'q',
        kind: 'CHOICE',
        text: 'Beschikbaarheid',
        required: false,
        options: [
          { key: 'o1', text: 'Direct' },
          { key: 'o2', text: 'Later' },
        ],
      },
    ],
    ...overrides,
  };
}

/**
 * Every (field, code) that POST /api/v1/assignments can return (AssignmentInput's annotations,
 * AssignmentInputs' cross-field rules, Jackson's type errors), with what the poster reads beside
 * the field and in the error summary, in Dutch and in English.
 */
const TABLE: [field: string, code: FieldError['code'], nl: string, en: string][] = [
  ['assignment.title', 'required', 'Vul een titel in.', 'Enter a title.'],
  [
    'assignment.title',
    'too-long',
    'Maak de titel korter: hij mag maximaal 150 tekens hebben.',
    'Shorten the title to at most 150 characters.',
  ],
  ['assignment.description', 'required', 'Beschrijf de opdracht.', 'Describe the assignment.'],
  [
    'assignment.description',
    'too-long',
    'Maak de omschrijving korter: ze mag maximaal 10000 tekens hebben.',
    'Shorten the description to at most 10000 characters.',
  ],
  [
    'assignment.region',
    'required',
    'Vul het postcodegebied in, of vink aan dat de opdracht in het buitenland is.',
    'Enter the postcode area, or tick that the assignment is abroad.',
  ],
  [
    'assignment.region',
    'pattern',
    'Vul de 4 cijfers van de postcode in, bijvoorbeeld 3511; het eerste cijfer is geen 0.',
    'Enter the 4 digits of the postcode, for example 3511; the first digit is not 0.',
  ],
  [
    'assignment.remote',
    'required',
    'Kies waar het werk gebeurt: op locatie, hybride of op afstand.',
    'Choose where the work happens: on site, hybrid or remote.',
  ],
  [
    'assignment.remote',
    'one-of',
    'Kies waar het werk gebeurt: op locatie, hybride of op afstand.',
    'Choose where the work happens: on site, hybrid or remote.',
  ],
  [
    'assignment.startDate',
    'format',
    'Vul de startdatum in als dag, maand en jaar.',
    'Enter the start date as day, month and year.',
  ],
  [
    'assignment.startDate',
    'range',
    'Kies een startdatum die niet in het verleden ligt.',
    'Choose a start date that is not in the past.',
  ],
  [
    'assignment.durationWeeks',
    'range',
    'De duur moet een heel aantal weken zijn, van 1 tot en met 260.',
    'The duration must be a whole number of weeks, from 1 to 260.',
  ],
  [
    'assignment.durationWeeks',
    'format',
    'De duur moet een heel aantal weken zijn, van 1 tot en met 260.',
    'The duration must be a whole number of weeks, from 1 to 260.',
  ],
  [
    'assignment.hoursPerWeek',
    'range',
    'Het aantal uren per week moet een heel getal zijn, van 1 tot en met 60.',
    'The hours per week must be a whole number, from 1 to 60.',
  ],
  [
    'assignment.hoursPerWeek',
    'format',
    'Het aantal uren per week moet een heel getal zijn, van 1 tot en met 60.',
    'The hours per week must be a whole number, from 1 to 60.',
  ],
  [
    'assignment.rateMinCents',
    'range',
    'Het minimale uurtarief moet tussen € 0 en € 1000 liggen.',
    'The minimum hourly rate must be between €0 and €1000.',
  ],
  [
    'assignment.rateMinCents',
    'format',
    'Vul het minimale uurtarief in euro in, bijvoorbeeld 85 of 85,50.',
    'Enter the minimum hourly rate in euros, for example 85 or 85.50.',
  ],
  [
    'assignment.rateMaxCents',
    'range',
    'Het maximale uurtarief moet tussen € 0 en € 1000 liggen.',
    'The maximum hourly rate must be between €0 and €1000.',
  ],
  [
    'assignment.rateMaxCents',
    'format',
    'Vul het maximale uurtarief in euro in, bijvoorbeeld 95 of 95,50.',
    'Enter the maximum hourly rate in euros, for example 95 or 95.50.',
  ],
  [
    'assignment.skills',
    'too-long',
    'Noem maximaal 20 vaardigheden, van elk maximaal 50 tekens.',
    'Name at most 20 skills, each at most 50 characters long.',
  ],
  [
    'assignment.skills[3]',
    'too-long',
    'Noem maximaal 20 vaardigheden, van elk maximaal 50 tekens.',
    'Name at most 20 skills, each at most 50 characters long.',
  ],
  [
    'assignment.skills[0]',
    'pattern',
    'Gebruik geen onzichtbare besturingstekens in de vaardigheden.',
    'Do not use invisible control characters in the skills.',
  ],
  [
    'assignment.validThrough',
    'required',
    'Vul in tot en met welke dag de opdracht gepubliceerd wordt.',
    'Enter the last day the assignment is published.',
  ],
  [
    'assignment.validThrough',
    'format',
    'Vul de laatste publicatiedag in als dag, maand en jaar.',
    'Enter the last day of publication as day, month and year.',
  ],
  [
    'assignment.validThrough',
    'range',
    'Kies een laatste publicatiedag die niet in het verleden ligt.',
    'Choose a last day of publication that is not in the past.',
  ],
  ['assignment.questions', 'too-long', 'Stel maximaal 20 vragen.', 'Ask at most 20 questions.'],
  [
    'assignment.questions[0].text',
    'required',
    'Vul de vraag in, of verwijder haar.',
    'Enter the question, or remove it.',
  ],
  [
    'assignment.questions[0].text',
    'too-long',
    'Maak de vraag korter: ze mag maximaal 500 tekens hebben.',
    'Shorten the question to at most 500 characters.',
  ],
  [
    'assignment.questions[0].options',
    'too-short',
    'Geef deze keuzevraag 2 tot 20 keuzes.',
    'Give this choice question 2 to 20 choices.',
  ],
  [
    'assignment.questions[0].options',
    'too-long',
    'Geef deze keuzevraag 2 tot 20 keuzes.',
    'Give this choice question 2 to 20 choices.',
  ],
  [
    'assignment.questions[0].options[1]',
    'required',
    'Vul de keuze in, of verwijder haar.',
    'Enter the choice, or remove it.',
  ],
  [
    'assignment.questions[0].options[1]',
    'too-long',
    'Maak de keuze korter: ze mag maximaal 100 tekens hebben.',
    'Shorten the choice to at most 100 characters.',
  ],
  ['poster.name', 'required', 'Vul je naam in.', 'Enter your name.'],
  [
    'poster.name',
    'too-long',
    'Maak je naam korter: hij mag maximaal 100 tekens hebben.',
    'Shorten your name to at most 100 characters.',
  ],
  ['poster.organisation', 'required', 'Vul de naam van je organisatie in.', 'Enter the name of your organisation.'],
  [
    'poster.organisation',
    'too-long',
    'Maak de naam van je organisatie korter: maximaal 200 tekens.',
    'Shorten the name of your organisation to at most 200 characters.',
  ],
  [
    'poster.email',
    'required',
    'Vul je e-mailadres in; daar sturen we de bevestigingslink naartoe.',
    'Enter your e-mail address; we send the confirmation link there.',
  ],
  [
    'poster.email',
    'pattern',
    'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    'Enter a valid e-mail address, for example name@example.com.',
  ],
  [
    'poster.email',
    'too-long',
    'Dit e-mailadres is te lang: maximaal 320 tekens.',
    'This e-mail address is too long: at most 320 characters.',
  ],
  ['poster.phone', 'required', 'Vul je telefoonnummer in.', 'Enter your phone number.'],
  [
    'poster.phone',
    'pattern',
    'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 6 12345678.',
    'Enter a valid phone number, for example 06 12345678 or +31 6 12345678.',
  ],
];

/** What the form shows for one server error: the text beside the field and the summary's line. */
function shown(error: FieldError, language: Language, values: AssignmentFormValues = formValues()) {
  const t: Parameters<typeof mapFieldErrors>[2] = (key, params) => translate(language, key, params);
  return mapFieldErrors(
    [error],
    { fieldAt: (path) => assignmentFieldAt(path, values, t), pathOf: (e) => formFieldOf(e.field) },
    t,
  );
}

beforeAll(() => Promise.all([loadAllStrings('nl'), loadAllStrings('en')]));

describe('the post form says what is wrong per field (issue 16)', () => {
  it.each(TABLE)('%s, %s → its own text beside the field and in the summary', (field, code, nl, en) => {
    // The server's message is never shown for these: the SPA has its own text for each pair.
    const error: FieldError = { field, code, message: 'server text' };
    const path = formFieldOf(field);
    for (const [language, text] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      const mapped = shown(error, language);
      expect(mapped.byPath[path]).toBe(text);
      expect(mapped.summary).toHaveLength(1);
      expect(mapped.summary[0]).toMatchObject({ targetId: fieldId(path), message: text });
      expect(mapped.summary[0]?.label).not.toBe('');
    }
  });

  it('has a row in the table for every (field, code) the texts cover, and no text without a row', () => {
    const covered = new Set(TABLE.map(([field, code]) => `${errorTablePath(formFieldOf(field))} ${code}`));
    const texts = Object.entries(ASSIGNMENT_ERRORS).flatMap(([path, codes]) =>
      Object.keys(codes).map((code) => `${path} ${code}`),
    );
    expect(new Set(texts)).toEqual(covered);
  });

  it('words a range error on the maximum rate as the order rule when the maximum is below the minimum', () => {
    const error: FieldError = { field: 'assignment.rateMaxCents', code: 'range', message: 'server text' };
    const values = formValues({ rateMin: '120', rateMax: '100' });
    expect(shown(error, 'nl', values).byPath['assignment.rateMaxCents']).toBe(
      'Het maximale uurtarief mag niet lager zijn dan het minimale uurtarief.',
    );
  });

  it('keeps the server text for a code the field has no text for', () => {
    const mapped = shown({ field: 'assignment.title', code: 'pattern', message: 'bevat besturingstekens' }, 'nl');
    expect(mapped.byPath['assignment.title']).toBe('bevat besturingstekens');
  });
});
