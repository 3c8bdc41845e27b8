import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi, problemResponse } from '@/testing/fetch-mock';
import { memberProfile, ownProfile, publicProfile } from '@/testing/fixtures';
import { renderApp } from '@/testing/test-utils';

const signedIn = () => createFakeAuth({ user: { accessToken: 'token-petra', sub: 'kc-petra' } });
const professional = meWithRoles(['professional'], 'Petra de Vries');
const notFound = () => problemResponse({ title: 'Not Found', status: 404, detail: 'You have no profile yet.' }, 404);

// The profile form is long: typing into it under a loaded machine takes longer than the default 5 s.
describe('ProfilePage', { timeout: 30_000 }, () => {
  it('shows an empty form when there is no profile yet, and checks it before sending', async () => {
    const api = mockApi({
      'GET /api/v1/me': professional,
      'GET /api/v1/me/profile': notFound,
    });
    const user = userEvent.setup();
    renderApp({ route: '/profile', auth: signedIn() });

    await screen.findByTestId('profile-new');
    expect(screen.getByRole('heading', { name: 'Profiel aanmaken' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Naam/)).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'Verborgen' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Anoniem' })).toHaveAccessibleDescription(/niet je naam, contactgegevens/);
    expect(screen.getByTestId('cv-needs-profile')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveAttribute('role', 'alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Naam: Vul dit veld in.' })).toHaveAttribute(
      'href',
      '#profile-displayName',
    );
    const name = screen.getByLabelText(/^Naam/);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Vul dit veld in.'));
    expect(screen.getByLabelText(/^Kopregel/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Postcodegebied/)).toHaveAccessibleDescription(
      expect.stringContaining('Vul dit veld in.'),
    );
    expect(api.callsTo('PUT', '/api/v1/me/profile')).toHaveLength(0);

    // Clicking a summary entry moves focus to the field; the message goes once it is corrected.
    await user.click(within(summary).getByRole('link', { name: 'Naam: Vul dit veld in.' }));
    expect(name).toHaveFocus();
    await user.type(name, 'Petra');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('shows rate-order, region and month errors next to their fields', async () => {
    mockApi({ 'GET /api/v1/me': professional, 'GET /api/v1/me/profile': notFound });
    const user = userEvent.setup();
    renderApp({ route: '/profile', auth: signedIn(), language: 'en' });

    await user.type(await screen.findByLabelText(/^Name/), 'Petra de Vries');
    await user.type(screen.getByLabelText(/^Headline/), 'Interim project manager');
    await user.type(screen.getByLabelText(/^Postcode area/), '0123');
    await user.type(screen.getByLabelText('Minimum hourly rate in euros'), '120');
    await user.type(screen.getByLabelText('Maximum hourly rate in euros'), '85,50');
    await user.click(screen.getByRole('button', { name: 'Add work experience' }));
    const entry = screen.getByRole('group', { name: 'Work experience 1' });
    expect(within(entry).getByLabelText(/^Position or role/)).toHaveFocus();
    await user.type(within(entry).getByLabelText(/^Position or role/), 'Project manager');
    const startMonth = within(entry).getByRole('group', { name: /^Start month/ });
    await user.selectOptions(within(startMonth).getByLabelText('Month'), 'April');
    await user.type(within(startMonth).getByLabelText('Year'), '23');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(screen.getByLabelText('Maximum hourly rate in euros')).toHaveAccessibleDescription(
      expect.stringContaining('The maximum rate may not be lower than the minimum rate.'),
    );
    expect(screen.getByLabelText(/^Postcode area/)).toHaveAccessibleDescription(
      expect.stringContaining('Enter the 4 digits of your postcode'),
    );
    expect(within(startMonth).getByLabelText('Month')).toHaveAccessibleDescription(
      expect.stringContaining('Choose a month and enter a four-digit year'),
    );
    expect(screen.getByLabelText('Minimum hourly rate in euros')).not.toHaveAttribute('aria-invalid');
  });

  it("renders the server's problem+json field errors next to the matching fields", async () => {
    const api = mockApi({
      'GET /api/v1/me': professional,
      'GET /api/v1/me/profile': ownProfile(),
      'GET /api/v1/me/profile/preview': { publicVisitor: publicProfile(), verifiedOrganisation: publicProfile() },
      'PUT /api/v1/me/profile': () =>
        problemResponse(
          {
            type: 'https://werkbank.nl/problems/validation',
            title: 'Ongeldig verzoek',
            status: 400,
            detail: 'experience[0].role: mag niet leeg zijn',
            errors: [
              { field: 'contact.email', code: 'pattern', message: 'is geen geldig e-mailadres' },
              { field: 'experience[0].role', code: 'required', message: 'mag niet leeg zijn' },
              { field: 'rateMaxCents', code: 'range', message: 'must not be lower than rateMinCents' },
              { field: 'skills[1]', code: 'pattern', message: 'bevat besturingstekens' },
              { field: 'somethingElse', code: 'unknown', message: 'onbekend veld' },
            ],
          },
          400,
        ),
    });
    const user = userEvent.setup();
    renderApp({ route: '/profile', auth: signedIn() });

    expect(await screen.findByRole('heading', { name: 'Profiel bewerken' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Naam/)).toHaveValue('Petra de Vries');
    expect(screen.getByLabelText('Minimaal uurtarief in euro')).toHaveValue('85');
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('Ongeldig verzoek');
    expect(within(summary).getByText('somethingElse: onbekend veld')).toBeInTheDocument();
    // The SPA's own words per code; the server's where the SPA has none for that field and code.
    expect(screen.getByLabelText(/^E-mailadres/)).toHaveAccessibleDescription(
      'Fout: Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    );
    expect(screen.getByLabelText(/^E-mailadres/)).toHaveAttribute('aria-invalid', 'true');
    const entry = screen.getByRole('group', { name: 'Werkervaring 1' });
    expect(within(entry).getByLabelText(/^Functie of rol/)).toHaveAccessibleDescription('Fout: Vul dit veld in.');
    expect(screen.getByLabelText('Maximaal uurtarief in euro')).toHaveAccessibleDescription(
      expect.stringContaining('must not be lower than rateMinCents'),
    );
    expect(screen.getByLabelText('Vaardigheden')).toHaveAccessibleDescription(
      expect.stringContaining('Gebruik geen onzichtbare besturingstekens.'),
    );
    expect(api.callsTo('PUT', '/api/v1/me/profile')).toHaveLength(1);
  });

  it('saves the whole profile with integer cents and refreshes the preview', async () => {
    let saved = false;
    const api = mockApi({
      'GET /api/v1/me': professional,
      'GET /api/v1/me/profile': ownProfile(),
      'GET /api/v1/me/profile/preview': () =>
        jsonResponse(
          saved
            ? { publicVisitor: publicProfile(), verifiedOrganisation: memberProfile() }
            : { publicVisitor: publicProfile(), verifiedOrganisation: publicProfile() },
        ),
      'PUT /api/v1/me/profile': (call) => {
        saved = true;
        const body = JSON.parse(call.body ?? '{}') as { visibility: string };
        return jsonResponse(ownProfile({ visibility: body.visibility as 'MEMBERS' }));
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/profile', auth: signedIn() });

    const publicPane = await screen.findByTestId('preview-public');
    expect(publicPane).toHaveTextContent('Anonieme professional');
    expect(publicPane).not.toHaveTextContent('Petra');
    expect(screen.getByTestId('preview-organisation')).not.toHaveTextContent('Petra');

    await user.click(screen.getByRole('radio', { name: 'Leden' }));
    const rateMax = screen.getByLabelText('Maximaal uurtarief in euro');
    await user.clear(rateMax);
    await user.type(rateMax, '112,35');
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByText('Je profiel is opgeslagen.')).toHaveAttribute('role', 'status');
    const [put] = api.callsTo('PUT', '/api/v1/me/profile');
    const body = JSON.parse(put?.body ?? '{}') as Record<string, unknown>;
    expect(body).toMatchObject({
      visibility: 'MEMBERS',
      rateMinCents: 8500,
      rateMaxCents: 11235,
      region: '3511',
      skills: ['java', 'scrum'],
    });
    expect(body.experience).toEqual([{ role: 'Projectleider', clientName: 'Gemeente Utrecht', startMonth: '2021-04' }]);
    expect(put?.headers.get('Content-Type')).toBe('application/json');

    await waitFor(() => expect(screen.getByTestId('preview-organisation')).toHaveTextContent('Petra de Vries'));
    expect(screen.getByTestId('preview-public')).not.toHaveTextContent('Petra');
    expect(api.callsTo('GET', '/api/v1/me/profile/preview')).toHaveLength(2);
  });

  it('says that nobody but staff sees a hidden profile', async () => {
    mockApi({
      'GET /api/v1/me': professional,
      'GET /api/v1/me/profile': ownProfile({ visibility: 'HIDDEN' }),
      'GET /api/v1/me/profile/preview': { publicVisitor: null, verifiedOrganisation: null },
    });
    renderApp({ route: '/profile', auth: signedIn(), language: 'en' });
    expect(await screen.findByTestId('preview-hidden')).toHaveTextContent('nobody but Werkbank staff sees it');
    expect(screen.getByTestId('preview-public')).toHaveTextContent('Nothing: this group does not see your profile.');
    expect(screen.getByTestId('preview-organisation')).toHaveTextContent(
      'Nothing: this group does not see your profile.',
    );
  });

  it('shows the stored CV and checks a new file before uploading', async () => {
    const api = mockApi({
      'GET /api/v1/me': professional,
      'GET /api/v1/me/profile': ownProfile({
        cv: {
          fileName: 'cv-petra.pdf',
          contentType: 'application/pdf',
          sizeBytes: 245_760,
          uploadedAt: '2026-01-10T09:30:00Z',
        },
      }),
      'GET /api/v1/me/profile/preview': { publicVisitor: publicProfile(), verifiedOrganisation: publicProfile() },
    });
    const user = userEvent.setup({ applyAccept: false });
    renderApp({ route: '/profile', auth: signedIn(), language: 'en' });

    const info = await screen.findByTestId('cv-info');
    expect(info).toHaveTextContent('cv-petra.pdf');
    expect(info).toHaveTextContent('240 kB');
    const input = screen.getByLabelText('Choose a new CV to replace the current one');
    await user.upload(input, new File(['hello'], 'photo.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Replace CV' }));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Choose a PDF or Word file (.pdf or .docx).'));

    const big = new File(['x'], 'cv.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 + 1 });
    await user.upload(input, big);
    await user.click(screen.getByRole('button', { name: 'Replace CV' }));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('The file is larger than 5 MB.'));
    expect(api.callsTo('POST', '/api/v1/me/profile/cv')).toHaveLength(0);
  });

  it('is only for professionals: others see a notice, signed-out visitors a login button', async () => {
    const api = mockApi({ 'GET /api/v1/me': meWithRoles(['client']) });
    renderApp({ route: '/profile', auth: signedIn() });
    expect(await screen.findByTestId('role-required')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/me/profile')).toHaveLength(0);
  });

  it('asks signed-out visitors to log in and returns them here', async () => {
    mockApi({});
    const auth = createFakeAuth();
    const user = userEvent.setup();
    renderApp({ route: '/profile', auth });
    const notice = screen.getByTestId('login-required');
    await user.click(within(notice).getByRole('button', { name: 'Inloggen' }));
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/profile' }, ui_locales: 'nl' });
  });

  it('offers languages by name and months as a month list and a year, and sends codes (issue 16)', async () => {
    const api = mockApi({
      'GET /api/v1/me': professional,
      'GET /api/v1/me/profile': ownProfile(),
      'GET /api/v1/me/profile/preview': { publicVisitor: publicProfile(), verifiedOrganisation: publicProfile() },
      'PUT /api/v1/me/profile': () => jsonResponse(ownProfile()),
    });
    const user = userEvent.setup();
    renderApp({ route: '/profile', auth: signedIn() });

    const languages = await screen.findByRole('group', { name: 'Talen' });
    expect(within(languages).getByRole('checkbox', { name: 'Nederlands' })).toBeChecked();
    expect(within(languages).getByRole('checkbox', { name: 'Engels' })).toBeChecked();
    expect(within(languages).queryByText('nl')).not.toBeInTheDocument();
    await user.click(within(languages).getByRole('checkbox', { name: 'Duits' }));
    await user.click(within(languages).getByRole('checkbox', { name: 'Engels' }));

    const start = within(screen.getByRole('group', { name: 'Werkervaring 1' })).getByRole('group', {
      name: /^Beginmaand/,
    });
    expect(within(start).getByLabelText('Maand')).toHaveDisplayValue('april');
    expect(within(start).getByLabelText('Jaar')).toHaveValue('2021');
    await user.selectOptions(within(start).getByLabelText('Maand'), 'september');
    await user.clear(within(start).getByLabelText('Jaar'));
    await user.type(within(start).getByLabelText('Jaar'), '2019');

    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    await screen.findByText('Je profiel is opgeslagen.');
    const body = JSON.parse(api.callsTo('PUT', '/api/v1/me/profile')[0]?.body ?? '{}') as {
      languages: string[];
      experience: { startMonth: string }[];
    };
    expect(body.languages).toEqual(['nl', 'de']);
    expect(body.experience[0]?.startMonth).toBe('2019-09');
  });

  it('shows the preview before the form, so on a phone it is above it', async () => {
    mockApi({
      'GET /api/v1/me': professional,
      'GET /api/v1/me/profile': ownProfile(),
      'GET /api/v1/me/profile/preview': { publicVisitor: publicProfile(), verifiedOrganisation: publicProfile() },
    });
    renderApp({ route: '/profile', auth: signedIn() });
    const preview = await screen.findByRole('heading', { level: 2, name: 'Zo zien anderen je profiel' });
    const form = screen.getByTestId('profile-form');
    expect(preview.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
