import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, publicAssignment } from '@/testing/assignment-fixtures';
import { jsonResponse, mockApi } from '@/testing/fetch-mock';
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
  it('searches with q, repeated skill, region, remote, minRateCents and startBefore, and loads more by cursor', async () => {
    const second = '6c1d2e3f-4051-4b62-8c73-8d9e0f1a2b3c';
    const api = mockApi({
      'GET /api/v1/assignments': (call) =>
        call.url.searchParams.get('cursor') === 'next-1'
          ? jsonResponse({ items: [summary(second, 'Tweede opdracht')], nextCursor: null })
          : jsonResponse({ items: [summary(ASSIGNMENT_ID, 'Eerste opdracht')], nextCursor: 'next-1' }),
    });
    const user = userEvent.setup();
    const { router } = renderApp({ route: '/assignments' });

    const first = await screen.findByTestId('assignment-item');
    expect(within(first).getByRole('link', { name: 'Eerste opdracht' })).toHaveAttribute(
      'href',
      `/assignments/${ASSIGNMENT_ID}`,
    );

    await user.type(screen.getByLabelText('Zoekterm'), 'scrum master');
    await user.type(screen.getByLabelText('Vaardigheden'), 'Scrum, Jira');
    await user.type(screen.getByLabelText('Regio'), '35');
    await user.selectOptions(screen.getByLabelText('Werkplek'), 'REMOTE');
    await user.type(screen.getByLabelText('Minimaal uurtarief in euro'), '85,50');
    fireEvent.change(screen.getByLabelText('Start uiterlijk op'), { target: { value: '2026-10-01' } });
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    const searchCalls = () =>
      api.calls.filter((call) => call.path === '/api/v1/assignments' && call.url.searchParams.get('q'));
    await waitFor(() => expect(searchCalls().length).toBeGreaterThan(0));
    const searched = searchCalls();
    const params = searched[0]!.url.searchParams;
    expect(params.get('q')).toBe('scrum master');
    expect(params.getAll('skill')).toEqual(['Scrum', 'Jira']);
    expect(params.get('region')).toBe('35');
    expect(params.get('remote')).toBe('REMOTE');
    expect(params.get('minRateCents')).toBe('8550');
    expect(params.get('startBefore')).toBe('2026-10-01');
    expect(router.state.location.search).toContain('minRateCents=8550');

    await user.click(await screen.findByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByRole('link', { name: 'Tweede opdracht' })).toBeInTheDocument();
    expect(screen.getAllByTestId('assignment-item')).toHaveLength(2);
  });

  it('checks the minimum rate before searching', async () => {
    const api = mockApi({ 'GET /api/v1/assignments': { items: [], nextCursor: null } });
    const user = userEvent.setup();
    renderApp({ route: '/assignments' });
    expect(await screen.findByTestId('assignments-empty')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Minimaal uurtarief in euro'), 'veel');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(screen.getByLabelText('Minimaal uurtarief in euro')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls).toHaveLength(1);
  });
});
