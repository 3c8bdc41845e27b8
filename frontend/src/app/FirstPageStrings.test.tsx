import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeLanguages, dictionaries, type Language } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { nl } from '@/lib/i18n/nl';
import { nlMore } from '@/lib/i18n/nl-more';
import { ASSIGNMENT_ID, publicAssignment } from '@/testing/assignment-fixtures';
import { mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const firstPageStrings: Record<Language, typeof nl | typeof en> = { nl, en };
const laterKeys = Object.keys(nlMore);

/** Issue 16: a visitor's first page carries only the strings of nl.ts (or en.ts), not all of them. */
describe.each(['nl', 'en'] as const)('the first pages of a visitor in %s', (language) => {
  let complete: (typeof dictionaries)[Language];

  beforeEach(() => {
    complete = dictionaries[language];
    dictionaries[language] = firstPageStrings[language];
    completeLanguages.delete(language);
    const assignment = publicAssignment({ hiringOrganization: 'Gemeente Utrecht' });
    mockApi({
      'GET /api/v1/assignments': { items: [{ ...assignment, publishedAt: '2026-11-27T10:00:00Z' }] },
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: assignment,
    });
  });
  afterEach(() => {
    dictionaries[language] = complete;
    completeLanguages.add(language);
  });

  const shownKeys = () => {
    const text = `${document.body.textContent ?? ''} ${document.title}`;
    const labels = Array.from(document.querySelectorAll('[aria-label], [placeholder]')).map(
      (element) => `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('placeholder') ?? ''}`,
    );
    return laterKeys.filter((key) => text.includes(key) || labels.some((label) => label.includes(key)));
  };

  it.each([
    ['/', 'home-newest'],
    ['/assignments', 'assignments-count'],
    [`/assignments/${ASSIGNMENT_ID}`, 'assignment-hiring-organization'],
  ])('%s renders with them alone', async (route, testId) => {
    renderApp({ route, language });
    expect(await screen.findByTestId(testId)).toBeInTheDocument();
    expect(shownKeys()).toEqual([]);
    expect(completeLanguages.has(language)).toBe(false);
  });
});
