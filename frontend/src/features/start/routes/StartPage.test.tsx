import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';
import { profileCompleteness } from '../components/profile-completeness';

const signedIn = () => createFakeAuth({ user: { accessToken: 't', sub: 'kc-x' } });
const assignment = (id: string, title: string) => ({
  id,
  title,
  region: '1011',
  remote: 'HYBRID',
  startDate: null,
  hoursPerWeek: 32,
  rateMinCents: null,
  rateMaxCents: null,
  skills: ['Java'],
  validThrough: '2026-12-31',
  publishedAt: '2026-11-27T10:00:00Z',
  hiringOrganization: null,
});

describe('StartPage', () => {
  it('shows a professional their profile completeness, assignments for their skills and their responses', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['professional'], 'Sanne Smit'),
      'GET /api/v1/me/profile': () =>
        problemResponse({ type: 'about:blank', title: 'Nog geen profiel', status: 404 }, 404),
      'GET /api/v1/assignments': { items: [assignment('a1', 'Java-ontwikkelaar')] },
      'GET /api/v1/me/responses': {
        items: [{ id: 'r1', assignmentTitle: 'Scrum master', status: 'SHORTLISTED' }],
      },
    });
    renderApp({ route: '/start', auth: signedIn() });
    expect(await screen.findByText('Welkom, Sanne Smit.')).toBeInTheDocument();
    const profile = await screen.findByTestId('start-profile');
    expect(await within(profile).findByText('Je profiel is voor 0% compleet')).toBeInTheDocument();
    expect(within(profile).getByRole('link', { name: 'Profiel aanmaken' })).toHaveAttribute('href', '/profile');
    expect(
      await within(screen.getByTestId('start-matching')).findByRole('link', { name: 'Java-ontwikkelaar' }),
    ).toHaveAttribute('href', '/assignments/a1');
    expect(await within(screen.getByTestId('start-responses')).findByText('Op de shortlist')).toBeInTheDocument();
    // Without a profile there are no skills to match: the newest assignments are shown.
    expect(api.callsTo('GET', '/api/v1/assignments')[0]?.url.searchParams.getAll('skill')).toEqual([]);
    expect(screen.queryByTestId('start-assignments')).not.toBeInTheDocument();
  });

  it('shows a client their assignments with how many responses are new', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      'GET /api/v1/managed-assignments': { items: [{ id: 'm1', title: 'Projectleider', status: 'PUBLISHED' }] },
      'GET /api/v1/managed-assignments/m1/responses': {
        items: [{ status: 'RECEIVED' }, { status: 'RECEIVED' }, { status: 'IN_REVIEW' }],
      },
    });
    renderApp({ route: '/start', auth: signedIn() });
    const block = await screen.findByTestId('start-assignments');
    expect(await within(block).findByRole('link', { name: 'Projectleider' })).toHaveAttribute('href', '/manage/m1');
    expect(await within(block).findByTestId('start-new-responses')).toHaveTextContent('2 nieuwe reactie(s)');
    expect(within(block).getByText('Gepubliceerd')).toBeInTheDocument();
  });

  it('sends a client without an organisation to register it first', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      'GET /api/v1/managed-assignments': () =>
        problemResponse({ type: 'about:blank', title: 'Niet toegestaan', status: 403 }, 403),
    });
    renderApp({ route: '/start', auth: signedIn() });
    const notice = await screen.findByTestId('start-no-organisation');
    expect(within(notice).getByRole('link', { name: 'Organisatie registreren' })).toHaveAttribute(
      'href',
      '/organisation',
    );
  });

  it('shows an admin what waits for review and verification', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['admin']),
      'GET /api/v1/review-queue': { items: [{ id: 'q1' }, { id: 'q2' }] },
      'GET /api/v1/organisations': {
        items: [
          { id: 'o1', verified: false },
          { id: 'o2', verified: true },
        ],
      },
    });
    renderApp({ route: '/start', auth: signedIn() });
    expect(await screen.findByText('2 opdracht(en) wachten op beoordeling.')).toBeInTheDocument();
    expect(await screen.findByText('1 organisatie(s) wachten op verificatie.')).toBeInTheDocument();
  });

  it('asks an account without a role to choose one on the Keycloak profile page', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles([]) });
    const auth = signedIn();
    const user = userEvent.setup();
    renderApp({ route: '/start', auth, language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Choose your role' }));
    expect(auth.signinRedirect).toHaveBeenCalledWith({
      state: { returnTo: '/start' },
      ui_locales: 'en',
      extraQueryParams: { kc_action: 'UPDATE_PROFILE' },
    });
  });
});

describe('profileCompleteness', () => {
  it('counts the filled parts and names the missing ones', () => {
    const profile = {
      headline: 'Java-ontwikkelaar',
      summary: '  ',
      skills: ['Java'],
      experience: [],
      education: [],
      availableFrom: '2026-12-01',
      hoursPerWeek: 32,
      rateMinCents: 9000,
      rateMaxCents: null,
      cv: null,
    } as unknown as Parameters<typeof profileCompleteness>[0];
    expect(profileCompleteness(profile)).toEqual({
      percent: 50,
      missing: [
        'start.profile.part.summary',
        'start.profile.part.experience',
        'start.profile.part.education',
        'start.profile.part.cv',
      ],
    });
    expect(profileCompleteness(null).percent).toBe(0);
  });
});
