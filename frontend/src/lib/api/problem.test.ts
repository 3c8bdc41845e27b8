import { describe, expect, it } from 'vitest';
import { translate, type Language } from '@/lib/i18n';
import { ApiError, describeError, toApiError } from './problem';

const tIn = (language: Language) => (key: Parameters<typeof translate>[1]) => translate(language, key);

function response(status: number, contentType?: string): Response {
  return new Response(null, { status, headers: contentType ? { 'Content-Type': contentType } : {} });
}

describe('toApiError', () => {
  it('keeps the problem details of an application/problem+json answer', () => {
    const body = {
      type: 'https://werkbank.nl/problems/validation',
      title: 'Ongeldige invoer',
      status: 400,
      detail: 'Twee velden zijn niet goed ingevuld.',
      errors: [
        { field: 'name', code: 'format', message: 'mag niet leeg zijn' },
        { field: 'email', code: 'format', message: 'is geen e-mailadres' },
      ],
    };
    const error = toApiError(response(400, 'application/problem+json'), body);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.problem?.title).toBe('Ongeldige invoer');
    expect(error.problem?.errors).toHaveLength(2);
  });

  it('parses a body that arrived as a JSON string', () => {
    const error = toApiError(
      response(404, 'application/problem+json; charset=utf-8'),
      '{"title":"Not here","status":404}',
    );
    expect(error.problem?.title).toBe('Not here');
  });

  it('ignores bodies that are not problem details (HTML from a proxy, empty, wrong types)', () => {
    expect(toApiError(response(502, 'text/html'), '<html><title>Bad gateway</title></html>').problem).toBeUndefined();
    expect(toApiError(response(401), undefined).problem).toBeUndefined();
    expect(toApiError(response(400, 'application/json'), { title: 42 }).problem).toBeUndefined();
    expect(toApiError(response(400, 'application/json'), [1, 2]).problem).toBeUndefined();
  });

  it('drops malformed field errors', () => {
    const error = toApiError(response(400, 'application/problem+json'), {
      title: 'Bad',
      errors: [{ field: 'a', code: 'format', message: 'ok' }, { field: 'b' }, 'nonsense', null],
    });
    expect(error.problem?.errors).toEqual([{ field: 'a', code: 'format', message: 'ok' }]);
  });
});

describe('describeError', () => {
  it("shows the API's own title and detail (the API answers in the requested language)", () => {
    const error = new ApiError(403, { title: 'Geen toegang', detail: 'Alleen de eigenaar mag dit zien.', status: 403 });
    expect(describeError(error, tIn('en'))).toEqual({
      title: 'Geen toegang',
      detail: 'Alleen de eigenaar mag dit zien.',
      fieldErrors: [],
    });
  });

  it('falls back to a translated message chosen by status when the API sent no title', () => {
    expect(describeError(new ApiError(401, undefined), tIn('nl')).title).toBe(translate('nl', 'errors.unauthorized'));
    expect(describeError(new ApiError(401, undefined), tIn('en')).title).toBe(
      'You are not (or no longer) logged in. Please log in again.',
    );
    expect(describeError(new ApiError(503, { detail: 'Onderhoud tot 14:00.' }), tIn('nl'))).toEqual({
      title: translate('nl', 'errors.server'),
      detail: 'Onderhoud tot 14:00.',
      fieldErrors: [],
    });
    expect(describeError(new ApiError(418, { title: '   ' }), tIn('en')).title).toBe(translate('en', 'errors.generic'));
  });

  it('lists validation errors', () => {
    const error = new ApiError(400, {
      title: 'Invalid input',
      errors: [{ field: 'name', code: 'required', message: 'must not be blank' }],
    });
    expect(describeError(error, tIn('en')).fieldErrors).toEqual([
      { field: 'name', code: 'required', message: 'must not be blank' },
    ]);
  });

  it('explains network failures and unknown errors in the current language', () => {
    expect(describeError(new TypeError('Failed to fetch'), tIn('nl')).title).toBe(translate('nl', 'errors.network'));
    expect(describeError(new TypeError('Failed to fetch'), tIn('en')).title).toBe(translate('en', 'errors.network'));
    expect(describeError(new Error('boom'), tIn('en')).title).toBe('Something went wrong. Please try again later.');
  });
});
