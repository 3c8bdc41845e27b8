import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, publicAssignment } from '@/testing/assignment-fixtures';
import { createFakeAuth } from '@/testing/fake-auth';
import { meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
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

  describe('actions by role (issue 16)', () => {
    const signedIn = () => createFakeAuth({ user: { accessToken: 't', sub: 'kc-1' } });
    const actionNames = () =>
      screen.queryByTestId('assignment-actions')
        ? Array.from(screen.getByTestId('assignment-actions').querySelectorAll('a')).map((a) => a.textContent)
        : [];

    it('a visitor gets "Reageren" with the title in its accessible name, above and in the phone bar', async () => {
      const assignment = publicAssignment();
      mockApi({ [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: assignment });
      renderApp({ route: `/assignments/${ASSIGNMENT_ID}` });
      const respond = await screen.findByTestId('respond-link');
      expect(respond).toHaveTextContent('Reageren');
      expect(respond).toHaveAccessibleName(`Reageren op ${assignment.title}`);
      expect(respond).toHaveAttribute('href', `/assignments/${ASSIGNMENT_ID}/respond`);
      expect(screen.getByTestId('respond-link-bar')).toHaveAttribute('href', `/assignments/${ASSIGNMENT_ID}/respond`);
      expect(screen.queryByTestId('manage-link')).not.toBeInTheDocument();
    });

    it('a visitor holding the management link in this browser gets "Beheren" and no "Reageren"', async () => {
      window.sessionStorage.setItem(`werkbank.manage.${ASSIGNMENT_ID}`, 'manage-token');
      try {
        mockApi({ [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment() });
        renderApp({ route: `/assignments/${ASSIGNMENT_ID}` });
        expect(await screen.findByTestId('manage-link')).toHaveAttribute('href', `/manage/${ASSIGNMENT_ID}`);
        expect(actionNames()).toEqual(['Beheren']);
      } finally {
        window.sessionStorage.removeItem(`werkbank.manage.${ASSIGNMENT_ID}`);
      }
    });

    it('a professional gets "Reageren" only', async () => {
      mockApi({
        [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment(),
        'GET /api/v1/me': meWithRoles(['professional']),
      });
      renderApp({ route: `/assignments/${ASSIGNMENT_ID}`, auth: signedIn() });
      await screen.findByTestId('respond-link');
      expect(actionNames()).toEqual(['Reageren']);
    });

    it('the client who posted it gets "Beheren" and no "Reageren"', async () => {
      const api = mockApi({
        [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment(),
        [`GET /api/v1/managed-assignments/${ASSIGNMENT_ID}`]: { id: ASSIGNMENT_ID },
        'GET /api/v1/me': meWithRoles(['client']),
      });
      renderApp({ route: `/assignments/${ASSIGNMENT_ID}`, auth: signedIn() });
      expect(await screen.findByTestId('manage-link')).toHaveAttribute('href', `/manage/${ASSIGNMENT_ID}`);
      expect(actionNames()).toEqual(['Beheren']);
      expect(api.calls.some((call) => call.path === `/api/v1/managed-assignments/${ASSIGNMENT_ID}`)).toBe(true);
    });

    it('another client gets no action at all', async () => {
      const api = mockApi({
        [`GET /api/v1/assignments/${ASSIGNMENT_ID}`]: publicAssignment(),
        [`GET /api/v1/managed-assignments/${ASSIGNMENT_ID}`]: () =>
          problemResponse({ title: 'Not Found', status: 404 }, 404),
        'GET /api/v1/me': meWithRoles(['client']),
      });
      renderApp({ route: `/assignments/${ASSIGNMENT_ID}`, auth: signedIn() });
      await screen.findByRole('heading', { level: 1 });
      await waitFor(() =>
        expect(api.calls.some((call) => call.path === `/api/v1/managed-assignments/${ASSIGNMENT_ID}`)).toBe(true),
      );
      await waitFor(() => expect(screen.queryByTestId('assignment-actions')).not.toBeInTheDocument());
      expect(screen.queryByTestId('respond-link')).not.toBeInTheDocument();
    });
  });
});
