import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, managedAssignment } from '@/testing/assignment-fixtures';
import { createFakeAuth } from '@/testing/fake-auth';
import { meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

describe('OrganisationAssignmentsPage', () => {
  it("lists the organisation's assignments with status and links to their management pages", async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      'GET /api/v1/managed-assignments': {
        items: [managedAssignment({ status: 'DRAFT', poster: null, organisation: 'Jansen BV' })],
      },
    });
    renderApp({
      route: '/organisation/assignments',
      auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-c' } }),
    });
    const item = await screen.findByTestId('org-assignment');
    expect(within(item).getByRole('link', { name: 'Scrum master voor zaakgericht werken' })).toHaveAttribute(
      'href',
      `/manage/${ASSIGNMENT_ID}`,
    );
    expect(within(item).getByTestId('assignment-status')).toHaveTextContent('Concept');
    expect(screen.getByRole('link', { name: 'Nieuwe opdracht' })).toHaveAttribute('href', '/assignments/new');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Mijn opdrachten' })).toHaveAttribute('aria-current', 'page');
  });
});
