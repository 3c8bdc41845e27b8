import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { memberProfile, PROFILE_ID, publicProfile } from '@/testing/fixtures';
import { renderApp } from '@/testing/test-utils';

const client = () => createFakeAuth({ user: { accessToken: 'token-kees', sub: 'kc-kees' } });
const path = `/api/v1/profiles/${PROFILE_ID}`;

describe('ProfileDetailPage', () => {
  it('shows a notice that the release is recorded, then the contact details after the POST', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client'], 'Kees Jansen'),
      [`GET ${path}`]: memberProfile(),
      [`POST ${path}/contact`]: () =>
        jsonResponse({
          displayName: 'Petra de Vries',
          email: 'petra@example.nl',
          phone: '06 12345678',
          callTimes: 'na 16 uur',
        }),
    });
    const user = userEvent.setup();
    renderApp({ route: `/profiles/${PROFILE_ID}`, auth: client() });

    expect(await screen.findByRole('article', { name: 'Petra de Vries' })).toBeInTheDocument();
    const notice = screen.getByTestId('contact-notice');
    expect(notice).toHaveTextContent('leggen we vast dat jouw organisatie ze heeft ontvangen');
    expect(notice).toHaveTextContent('Petra de Vries kan dat zien');
    expect(screen.getByTestId('cv-notice')).toHaveTextContent('als je het cv downloadt, leggen we vast');
    const button = screen.getByRole('button', { name: 'Contactgegevens tonen' });
    expect(button).toHaveAccessibleDescription(notice.textContent ?? '');
    // Nothing is released before the click.
    expect(api.callsTo('POST', `${path}/contact`)).toHaveLength(0);
    expect(screen.queryByTestId('contact-email')).not.toBeInTheDocument();

    await user.click(button);

    const email = await screen.findByTestId('contact-email');
    expect(email).toHaveTextContent('petra@example.nl');
    expect(within(email).getByRole('link')).toHaveAttribute('href', 'mailto:petra@example.nl');
    expect(screen.getByTestId('contact-phone')).toHaveTextContent('06 12345678');
    expect(screen.getByRole('heading', { name: 'Contactgegevens van Petra de Vries' })).toHaveFocus();
    expect(api.callsTo('POST', `${path}/contact`)).toHaveLength(1);
    expect(api.callsTo('POST', `${path}/contact`)[0]?.headers.get('Authorization')).toBe('Bearer token-kees');
  });

  it('shows the API refusal when the organisation is not verified (anymore)', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      [`GET ${path}`]: memberProfile(),
      [`POST ${path}/contact`]: () =>
        problemResponse({ title: 'Geen toegang', status: 403, detail: 'Your organisation is not verified yet.' }, 403),
    });
    const user = userEvent.setup();
    renderApp({ route: `/profiles/${PROFILE_ID}`, auth: client() });
    await user.click(await screen.findByRole('button', { name: 'Contactgegevens tonen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De contactgegevens konden niet worden opgevraagd');
    expect(alert).toHaveTextContent('Your organisation is not verified yet.');
    expect(screen.queryByTestId('contact-email')).not.toBeInTheDocument();
  });

  it('renders a public shape without a name and explains why contact is not available', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['client']),
      [`GET ${path}`]: publicProfile(),
    });
    renderApp({ route: `/profiles/${PROFILE_ID}`, auth: client(), language: 'en' });

    expect(await screen.findByRole('article', { name: 'Anonymous professional' })).toBeInTheDocument();
    expect(screen.getByTestId('contact-unavailable')).toHaveTextContent('has not (yet) been verified by Werkbank');
    expect(screen.getByTestId('contact-unavailable')).toHaveTextContent('wants to stay anonymous');
    expect(screen.queryByRole('button', { name: 'Show contact details' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CV' })).not.toBeInTheDocument();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('offers nothing when a member shape comes without contactAvailable', async () => {
    mockApi({
      'GET /api/v1/me': meWithRoles(['admin']),
      [`GET ${path}`]: memberProfile({ contactAvailable: false }),
    });
    renderApp({ route: `/profiles/${PROFILE_ID}`, auth: client() });
    expect(await screen.findByRole('article', { name: 'Petra de Vries' })).toBeInTheDocument();
    expect(screen.getByTestId('contact-unavailable')).toHaveTextContent('niet op te vragen');
    expect(screen.queryByRole('button', { name: 'Contactgegevens tonen' })).not.toBeInTheDocument();
  });
});
