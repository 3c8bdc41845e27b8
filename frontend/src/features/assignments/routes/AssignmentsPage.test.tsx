import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, publicAssignment } from '@/testing/assignment-fixtures';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

function summary(id: string, title: string) {
  const {
    id: _id,
    title: _title,
    description,
    questions,
    procedureStatus,
    jobPosting,
    durationWeeks,
    ...rest
  } = publicAssignment();
  void [_id, _title, description, questions, procedureStatus, jobPosting, durationWeeks];
  return { ...rest, id, title };
}

describe('AssignmentsPage', () => {
  it('searches with q, repeated skill, province, remote, minRateCents and startBefore, and loads more by cursor', async () => {
    const second = '6c1d2e3f-4051-4b62-8c73-8d9e0f1a2b3c';
    const api = mockApi({
      'GET /api/v1/assignments': (call) =>
        call.url.searchParams.get('cursor') === 'next-1'
          ? jsonResponse({ items: [summary(second, 'Tweede opdracht')], total: 2, nextCursor: null })
          : jsonResponse({ items: [summary(ASSIGNMENT_ID, 'Eerste opdracht')], total: 2, nextCursor: 'next-1' }),
    });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/assignments' });

    const first = await screen.findByTestId('assignment-item');
    expect(within(first).getByRole('link', { name: 'Eerste opdracht' })).toHaveAttribute(
      'href',
      `/assignments/${ASSIGNMENT_ID}`,
    );
    expect(screen.getByRole('heading', { level: 2, name: '2 opdrachten' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Zoekterm'), 'scrum master');
    await user.selectOptions(screen.getByLabelText('Waar'), 'Utrecht');
    await user.click(screen.getByText('Meer filters'));
    await user.type(screen.getByLabelText('Vaardigheden'), 'Scrum, Jira');
    await user.selectOptions(screen.getByLabelText('Werkplek'), 'REMOTE');
    await user.type(screen.getByLabelText('Minimaal uurtarief in euro'), '85,50');
    fireEvent.change(screen.getByLabelText('Start uiterlijk op'), { target: { value: '2026-10-01' } });
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    const searchCalls = () =>
      api.calls.filter((call) => call.path === '/api/v1/assignments' && call.url.searchParams.get('q'));
    await waitFor(() => expect(searchCalls().length).toBeGreaterThan(0));
    const params = searchCalls()[0]!.url.searchParams;
    expect(params.get('q')).toBe('scrum master');
    expect(params.getAll('skill')).toEqual(['Scrum', 'Jira']);
    expect(params.get('province')).toBe('UTRECHT');
    expect(params.get('region')).toBeNull();
    expect(params.get('remote')).toBe('REMOTE');
    expect(params.get('minRateCents')).toBe('8550');
    expect(params.get('startBefore')).toBe('2026-10-01');
    expect(router.state.location.search).toContain('minRateCents=8550');
    expect(await screen.findByText('Meer filters (4 actief)')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByRole('link', { name: 'Tweede opdracht' })).toBeInTheDocument();
    expect(screen.getAllByTestId('assignment-item')).toHaveLength(2);
  });

  it('shows places and rates per hour, and sorts from a labelled choice kept in the address', async () => {
    const api = mockApi({
      'GET /api/v1/assignments': {
        items: [{ ...summary(ASSIGNMENT_ID, 'Eerste opdracht'), province: 'UTRECHT' }],
        total: 1,
        nextCursor: null,
      },
    });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/assignments?region=10' });
    const item = await screen.findByTestId('assignment-item');
    expect(item).toHaveTextContent('Utrecht (postcode 3511)');
    expect(item).toHaveTextContent('€ 85 – € 110,50 per uur');
    expect(screen.getByRole('heading', { level: 2, name: '1 opdracht' })).toBeInTheDocument();
    // A postcode area from the home page's places stays a choice of "Waar", by its name.
    expect(screen.getByLabelText('Waar')).toHaveDisplayValue('Postcodegebied 10');

    await user.selectOptions(screen.getByLabelText('Sorteren'), 'Hoogste tarief eerst');
    await waitFor(() => expect(router.state.location.search).toBe('?region=10&sort=RATE'));
    const sorted = api.calls.filter((call) => call.url.searchParams.get('sort') === 'RATE');
    expect(sorted).toHaveLength(1);
    expect(sorted[0]!.url.searchParams.get('region')).toBe('10');
    expect(sorted[0]!.url.searchParams.get('cursor')).toBeNull();
  });

  it('offers "Opdracht plaatsen" to visitors and clients, not to professionals', async () => {
    mockApi({ 'GET /api/v1/assignments': { items: [], total: 0, nextCursor: null } });
    renderApp({ route: '/assignments' });
    expect(await screen.findByTestId('post-assignment-link')).toHaveTextContent('Opdracht plaatsen');
  });

  it.each([
    [['professional'], false],
    [['client'], true],
    [['admin'], false],
  ])('roles %j see "Opdracht plaatsen": %s', async (roles, visible) => {
    mockApi({
      'GET /api/v1/assignments': { items: [], total: 0, nextCursor: null },
      'GET /api/v1/me': meWithRoles(roles),
    });
    renderApp({ route: '/assignments', auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-1' } }) });
    expect(await screen.findByTestId('assignments-empty')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('post-assignment-link') !== null).toBe(visible));
  });

  it('checks the minimum rate before searching', async () => {
    const api = mockApi({ 'GET /api/v1/assignments': { items: [], total: 0, nextCursor: null } });
    const user = userEvent.setup();
    renderApp({ route: '/assignments' });
    expect(await screen.findByTestId('assignments-empty')).toBeInTheDocument();
    await user.click(screen.getByText('Meer filters'));
    await user.type(screen.getByLabelText('Minimaal uurtarief in euro'), 'veel');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(screen.getByLabelText('Minimaal uurtarief in euro')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls).toHaveLength(1);
  });
});
