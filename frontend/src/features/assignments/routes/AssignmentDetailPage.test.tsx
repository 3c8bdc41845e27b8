import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, publicAssignment } from '@/testing/assignment-fixtures';
import { mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const jsonLdScripts = () => Array.from(document.head.querySelectorAll('script[type="application/ld+json"]'));

describe('AssignmentDetailPage', () => {
  it("renders the assignment and embeds the API's JobPosting as JSON-LD while shown", async () => {
    const assignment = publicAssignment({ hiringOrganization: 'Gemeente Utrecht' });
    mockApi({ [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: assignment });
    const { unmount } = renderApp({ route: `/assignments/${ASSIGNMENT_ID}` });

    expect(await screen.findByRole('heading', { level: 1, name: assignment.title })).toBeInTheDocument();
    expect(screen.getByTestId('assignment-hiring-organization')).toHaveTextContent('Gemeente Utrecht');
    expect(screen.getByTestId('fact-rate')).toHaveTextContent('€ 85 – € 110,50');
    expect(screen.getByTestId('fact-remote')).toHaveTextContent('Hybride');
    expect(screen.getByTestId('assignment-questions')).toHaveTextContent('Heb je een VOG?');
    expect(screen.getByTestId('assignment-questions')).toHaveTextContent('Binnen een maand');
    expect(document.title).toBe(`${assignment.title} · Werkbank`);

    const scripts = jsonLdScripts();
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? 'null')).toEqual(assignment.jobPosting);

    unmount();
    expect(jsonLdScripts()).toHaveLength(0);
  });

  it('shows a closed page for 410 (and no JSON-LD)', async () => {
    mockApi({
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: () =>
        problemResponse({ title: 'Gone', status: 410, detail: 'closed' }, 410),
    });
    renderApp({ route: `/assignments/${ASSIGNMENT_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze opdracht is gesloten' })).toBeInTheDocument();
    expect(screen.getByTestId('assignment-closed')).toHaveTextContent('kun je niet meer reageren');
    expect(jsonLdScripts()).toHaveLength(0);
  });

  it('shows not found for 404', async () => {
    mockApi({
      [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: () => problemResponse({ title: 'Not Found', status: 404 }, 404),
    });
    renderApp({ route: `/assignments/${ASSIGNMENT_ID}` });
    expect(await screen.findByTestId('assignment-not-found')).toHaveTextContent('bestaat niet (meer)');
  });
});
