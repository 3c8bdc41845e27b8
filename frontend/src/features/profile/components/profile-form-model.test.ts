import { describe, expect, it } from 'vitest';
import {
  centsToEuros,
  emptyExperience,
  emptyProfileForm,
  eurosToCents,
  fieldId,
  formFieldOf,
  fromOwnProfile,
  toProfileInput,
  validateProfileForm,
  type ProfileFormValues,
} from './profile-form-model';

function valid(overrides: Partial<ProfileFormValues> = {}): ProfileFormValues {
  return {
    ...emptyProfileForm(),
    visibility: 'ANONYMOUS',
    displayName: 'Petra de Vries',
    headline: 'Interim projectleider ICT',
    postcodeArea: '3511',
    ...overrides,
  };
}

describe('euros ↔ cents', () => {
  it('converts euro input to integer cents, with comma or point decimals', () => {
    expect(eurosToCents('85')).toBe(8500);
    expect(eurosToCents('85,50')).toBe(8550);
    expect(eurosToCents('85.5')).toBe(8550);
    expect(eurosToCents(' € 120 ')).toBe(12000);
    expect(eurosToCents('0')).toBe(0);
  });

  it('never yields a float: binary rounding noise is removed', () => {
    // 0.29 * 100 === 28.999999999999996 and 1.15 * 100 === 114.99999999999999 in IEEE 754.
    expect(eurosToCents('0.29')).toBe(29);
    expect(eurosToCents('1,15')).toBe(115);
    expect(eurosToCents('19.99')).toBe(1999);
    for (const text of ['0.07', '4.35', '8.20', '99999.99']) {
      expect(Number.isInteger(eurosToCents(text))).toBe(true);
    }
  });

  it('rejects what is not an amount with at most two decimals', () => {
    for (const text of ['abc', '-5', '1.005', '1.000,00', '85 euro', '', '1e3']) {
      expect(eurosToCents(text), text).toBeNull();
    }
  });

  it('shows cents as euros in the form', () => {
    expect(centsToEuros(8500)).toBe('85');
    expect(centsToEuros(8550)).toBe('85.50');
    expect(centsToEuros(5)).toBe('0.05');
    expect(centsToEuros(null)).toBe('');
  });
});

describe('validateProfileForm', () => {
  it('accepts a minimal valid profile', () => {
    expect(validateProfileForm(valid())).toEqual({});
  });

  it('requires name, headline and region', () => {
    const errors = validateProfileForm(valid({ displayName: '  ', headline: '', postcodeArea: '' }));
    expect(errors.displayName?.key).toBe('validation.required');
    expect(errors.headline?.key).toBe('validation.required');
    expect(errors.region?.key).toBe('validation.required');
  });

  it('does not need a postcode when abroad', () => {
    expect(validateProfileForm(valid({ abroad: true, postcodeArea: '' }))).toEqual({});
  });

  it('rejects a bad region: not 4 digits, or starting with 0', () => {
    for (const area of ['351', '35111', '0511', 'ABCD', '35 11']) {
      expect(validateProfileForm(valid({ postcodeArea: area })).region?.key, area).toBe('validation.region');
    }
  });

  it('enforces the maximum lengths of ProfileInput', () => {
    const errors = validateProfileForm(
      valid({
        displayName: 'x'.repeat(101),
        headline: 'y'.repeat(151),
        summary: 'z'.repeat(4001),
        callTimes: 'c'.repeat(201),
      }),
    );
    expect(errors.displayName).toEqual({ key: 'validation.maxLength', params: { max: 100 } });
    expect(errors.headline).toEqual({ key: 'validation.maxLength', params: { max: 150 } });
    expect(errors.summary).toEqual({ key: 'validation.maxLength', params: { max: 4000 } });
    expect(errors['contact.callTimes']).toEqual({ key: 'validation.maxLength', params: { max: 200 } });
    expect(validateProfileForm(valid({ displayName: 'x'.repeat(100), headline: 'y'.repeat(150) }))).toEqual({});
  });

  it('reports rateMin > rateMax on rateMaxCents, like the server', () => {
    const errors = validateProfileForm(valid({ rateMin: '120', rateMax: '85,50' }));
    expect(errors.rateMaxCents?.key).toBe('validation.rateOrder');
    expect(errors.rateMinCents).toBeUndefined();
    expect(validateProfileForm(valid({ rateMin: '85', rateMax: '85' }))).toEqual({});
  });

  it("rejects rates that are not amounts or above the server's sanity limit of €1,000 an hour", () => {
    const errors = validateProfileForm(valid({ rateMin: 'veel', rateMax: '1000.01' }));
    expect(errors.rateMinCents?.key).toBe('validation.euros');
    expect(errors.rateMaxCents).toEqual({ key: 'validation.rateTooHigh', params: { max: 1000 } });
    expect(validateProfileForm(valid({ rateMin: '50000' })).rateMinCents?.key).toBe('validation.rateTooHigh');
    expect(validateProfileForm(valid({ rateMin: '1000', rateMax: '1000' }))).toEqual({});
  });

  it('checks experience rows: role and a YYYY-MM start month required, end month optional but well-formed', () => {
    const errors = validateProfileForm(
      valid({
        experience: [
          { ...emptyExperience(), role: '', startMonth: '2023-13', endMonth: '23-01' },
          { ...emptyExperience(), role: 'Projectleider', startMonth: '' },
          { ...emptyExperience(), role: 'Scrum master', startMonth: '2021-04', endMonth: '2022-12' },
        ],
      }),
    );
    expect(errors['experience[0].role']?.key).toBe('validation.required');
    expect(errors['experience[0].startMonth']?.key).toBe('validation.month');
    expect(errors['experience[0].endMonth']?.key).toBe('validation.month');
    expect(errors['experience[1].startMonth']?.key).toBe('validation.required');
    expect(Object.keys(errors).filter((path) => path.startsWith('experience[2]'))).toEqual([]);
  });

  it('rejects months outside 01..12 and years outside the pattern', () => {
    for (const month of ['2023-00', '2023-1', '3023-01', '2023/01', '202301']) {
      const errors = validateProfileForm(
        valid({ experience: [{ ...emptyExperience(), role: 'R', startMonth: month }] }),
      );
      expect(errors['experience[0].startMonth']?.key, month).toBe('validation.month');
    }
  });

  it('checks education: qualification required, year 1950..2100', () => {
    const errors = validateProfileForm(
      valid({
        education: [
          { key: 'a', institution: '', qualification: '', year: '1949' },
          { key: 'b', institution: 'TU Delft', qualification: 'MSc', year: '2010' },
        ],
      }),
    );
    expect(errors['education[0].qualification']?.key).toBe('validation.required');
    expect(errors['education[0].year']?.key).toBe('validation.year');
    expect(errors['education[1].year']).toBeUndefined();
  });

  it('limits the number of skills and their length', () => {
    const many = Array.from({ length: 31 }, (_, i) => `skill${i}`).join(', ');
    expect(validateProfileForm(valid({ skills: many })).skills).toEqual({
      key: 'validation.maxItems',
      params: { max: 30 },
    });
    expect(validateProfileForm(valid({ skills: `java, ${'x'.repeat(51)}` })).skills?.key).toBe(
      'validation.skillLength',
    );
  });

  it('checks hours, languages, e-mail and phone', () => {
    const errors = validateProfileForm(
      valid({ hoursPerWeek: '61', languages: 'nl, eng', email: 'petra', phone: 'bel me' }),
    );
    expect(errors.hoursPerWeek?.key).toBe('validation.hours');
    expect(errors.languages).toEqual({ key: 'validation.language', params: { code: 'eng' } });
    expect(errors['contact.email']?.key).toBe('validation.email');
    expect(errors['contact.phone']?.key).toBe('validation.phone');
    expect(validateProfileForm(valid({ hoursPerWeek: '0' })).hoursPerWeek?.key).toBe('validation.hours');
    expect(validateProfileForm(valid({ hoursPerWeek: '32', languages: 'NL, en', phone: '+31 6 1234 5678' }))).toEqual(
      {},
    );
  });
});

describe('toProfileInput', () => {
  it('builds the PUT body: integer cents, trimmed text, blank optional fields left out', () => {
    const input = toProfileInput(
      valid({
        displayName: '  Petra de Vries ',
        skills: 'Java, , Scrum ',
        rateMin: '85,50',
        rateMax: '0.29',
        hoursPerWeek: '32',
        languages: 'NL, en, nl',
        email: ' petra@example.nl ',
        experience: [{ ...emptyExperience(), role: 'Projectleider ', startMonth: '2021-04', clientName: ' ' }],
        education: [{ key: 'e', institution: '', qualification: 'MSc', year: '2010' }],
      }),
    );
    expect(input).toEqual({
      visibility: 'ANONYMOUS',
      displayName: 'Petra de Vries',
      headline: 'Interim projectleider ICT',
      summary: undefined,
      freeTextPublic: false,
      skills: ['Java', 'Scrum'],
      experience: [
        { role: 'Projectleider', clientName: undefined, startMonth: '2021-04', endMonth: undefined, tasks: undefined },
      ],
      education: [{ institution: undefined, qualification: 'MSc', year: 2010 }],
      region: '3511',
      availableFrom: undefined,
      hoursPerWeek: 32,
      rateMinCents: 8550,
      rateMaxCents: 29,
      languages: ['nl', 'en'],
      contact: { email: 'petra@example.nl', phone: undefined, callTimes: undefined },
    });
    expect(Number.isInteger(input.rateMinCents)).toBe(true);
    expect(JSON.stringify(input)).not.toMatch(/\d\.\d/);
  });

  it('sends ABROAD when the professional lives abroad', () => {
    expect(toProfileInput(valid({ abroad: true, postcodeArea: '' })).region).toBe('ABROAD');
  });

  it('round-trips an own profile through the form', () => {
    const values = fromOwnProfile({
      id: 'p1',
      visibility: 'MEMBERS',
      restricted: false,
      displayName: 'Petra',
      headline: 'Kop',
      summary: null,
      freeTextPublic: true,
      skills: ['java', 'scrum'],
      experience: [{ role: 'R', clientName: 'ACME', startMonth: '2020-01', endMonth: null, tasks: null }],
      education: [{ institution: null, qualification: 'MSc', year: 2010 }],
      region: 'ABROAD',
      availableFrom: '2026-01-01',
      hoursPerWeek: 24,
      rateMinCents: 8550,
      rateMaxCents: 10000,
      languages: ['nl'],
      contact: { displayName: 'Petra', email: 'p@example.nl', phone: null, callTimes: null },
      cv: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    expect(values).toMatchObject({
      abroad: true,
      postcodeArea: '',
      rateMin: '85.50',
      rateMax: '100',
      skills: 'java, scrum',
      hoursPerWeek: '24',
    });
    expect(toProfileInput(values)).toMatchObject({
      region: 'ABROAD',
      rateMinCents: 8550,
      rateMaxCents: 10000,
      freeTextPublic: true,
    });
  });
});

describe('server field paths', () => {
  it('map list elements to the list input and keep nested paths', () => {
    expect(formFieldOf('skills[3]')).toBe('skills');
    expect(formFieldOf('languages[0]')).toBe('languages');
    expect(formFieldOf('experience[0].role')).toBe('experience[0].role');
    expect(formFieldOf('contact.email')).toBe('contact.email');
    expect(fieldId('experience[0].role')).toBe('profile-experience-0-role');
    expect(fieldId('contact.email')).toBe('profile-contact-email');
  });
});
