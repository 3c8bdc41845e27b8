import { describe, expect, it } from 'vitest';
import type { FieldError } from '@/lib/api';
import { translate } from '@/lib/i18n';
import { fieldsByPath, mapFieldErrors, maxLength, REQUIRED, type FormField } from './field-errors';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);

const fields: Record<string, FormField> = {
  displayName: {
    id: 'profile-displayName',
    label: 'Name',
    messages: { required: REQUIRED, 'too-long': maxLength(100) },
  },
  'contact.email': {
    id: 'profile-contact-email',
    label: 'Email address',
    messages: { pattern: { key: 'validation.email' } },
  },
};

describe('mapFieldErrors', () => {
  it("puts each error on its field in the SPA's own words for the code", () => {
    const errors: FieldError[] = [
      { field: 'displayName', code: 'too-long', message: 'mag maximaal 100 tekens zijn' },
      { field: 'contact.email', code: 'pattern', message: 'is geen geldig e-mailadres' },
    ];
    const mapped = mapFieldErrors(errors, { fieldAt: fieldsByPath(fields) }, t);
    expect(mapped.byPath).toEqual({
      displayName: 'Use at most 100 characters.',
      'contact.email': 'Enter a valid email address, for example name@example.com.',
    });
    expect(mapped.summary).toEqual([
      { targetId: 'profile-displayName', label: 'Name', message: 'Use at most 100 characters.' },
      {
        targetId: 'profile-contact-email',
        label: 'Email address',
        message: 'Enter a valid email address, for example name@example.com.',
      },
    ]);
  });

  it("falls back to the server's message when the field has no text for that code", () => {
    const errors: FieldError[] = [{ field: 'contact.email', code: 'too-long', message: 'is te lang (max. 320)' }];
    const mapped = mapFieldErrors(errors, { fieldAt: fieldsByPath(fields) }, t);
    expect(mapped.byPath['contact.email']).toBe('is te lang (max. 320)');
  });

  it('sends errors for fields the form does not show to the summary only, under the server path', () => {
    const errors: FieldError[] = [{ field: 'website', code: 'not-allowed', message: 'onbekend veld' }];
    const mapped = mapFieldErrors(errors, { fieldAt: fieldsByPath(fields) }, t);
    expect(mapped.byPath).toEqual({});
    expect(mapped.summary).toEqual([{ label: 'website', message: 'onbekend veld' }]);
  });

  it('translates server paths with pathOf and joins two errors on one field', () => {
    const errors: FieldError[] = [
      { field: 'name', code: 'required', message: 'is verplicht' },
      { field: 'name', code: 'duplicate', message: 'bestaat al' },
      { field: 'elsewhere', code: 'required', message: 'is verplicht' },
    ];
    const mapped = mapFieldErrors(
      errors,
      { fieldAt: fieldsByPath(fields), pathOf: (error) => (error.field === 'name' ? 'displayName' : undefined) },
      t,
    );
    expect(mapped.byPath.displayName).toBe('Please fill in this field.; bestaat al');
    expect(mapped.summary.map((entry) => entry.targetId)).toEqual([
      'profile-displayName',
      'profile-displayName',
      undefined,
    ]);
  });
});
