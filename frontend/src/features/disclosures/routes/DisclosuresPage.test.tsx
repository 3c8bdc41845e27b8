import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const disclosure = (id: string, organisation: string) => ({
  id,
  recipient: { kind: 'organisation', name: organisation },
  recipientPerson: 'Kees Jansen',
  categories: ['name', 'contact-details'],
  purpose: 'recruitment',
  disclosedAt: '2026-02-03T14:05:00Z',
});

describe('DisclosuresPage', () => {
  it('lists recipients with categories, purpose and date in the UI language, and loads more by cursor', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/disclosures': (call) =>
        jsonResponse(
          call.url.searchParams.get('cursor') === 'c2'
            ? { items: [disclosure('00000000-0000-4000-8000-000000000002', 'Bakker BV')], nextCursor: null }
            : {
                items: [disclosure('00000000-0000-4000-8000-000000000001', 'Jansen Consultancy BV')],
                nextCursor: 'c2',
              },
        ),
    });
    const user = userEvent.setup();
    renderApp({
      route: '/privacy/disclosures',
      auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-petra' } }),
      language: 'en',
    });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who received my data');
    const [first] = await screen.findAllByTestId('disclosure-item');
    expect(first).toHaveTextContent('Jansen Consultancy BV');
    expect(first).toHaveTextContent('Kees Jansen');
    expect(first).toHaveTextContent('name, contact details');
    expect(first).toHaveTextContent('recruitment for an assignment');
    expect(within(first as HTMLElement).getByText(/3 February 2026/)).toHaveAttribute(
      'datetime',
      '2026-02-03T14:05:00Z',
    );

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findAllByTestId('disclosure-item')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('2 shown');
    expect(api.callsTo('GET', '/api/v1/me/disclosures')[1]?.url.searchParams.get('cursor')).toBe('c2');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says so when nobody received anything', async () => {
    mockApi({ 'GET /api/v1/me': meWithRoles(['professional']), 'GET /api/v1/me/disclosures': { items: [] } });
    renderApp({ route: '/privacy/disclosures', auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-petra' } }) });
    expect(await screen.findByTestId('disclosures-empty')).toHaveTextContent('Niemand heeft je gegevens ontvangen.');
  });

  it('words every kind of recipient and purpose in the chosen language, not as the API stored it', async () => {
    const items = [
      {
        id: '00000000-0000-4000-8000-000000000003',
        recipient: { kind: 'assignment-poster', name: 'Scrum master' },
        recipientPerson: null,
        categories: ['name', 'contact-details', 'response', 'cv'],
        purpose: 'application',
        disclosedAt: '2026-02-04T10:00:00Z',
      },
      {
        id: '00000000-0000-4000-8000-000000000004',
        recipient: { kind: 'coach-network', name: null },
        recipientPerson: 'Cora Bakker',
        categories: ['name', 'contact-details'],
        purpose: 'coaching',
        disclosedAt: '2026-02-03T10:00:00Z',
      },
    ];
    const expectations = {
      nl: [
        [
          'de opdrachtgever van “Scrum master”',
          'naam, contactgegevens, je reactie en antwoorden, cv-bestand',
          'je reactie op een opdracht',
        ],
        ['het coachnetwerk van Werkbank', 'naam, contactgegevens', 'contact met een coach op je verzoek'],
      ],
      en: [
        [
          'the poster of “Scrum master”',
          'name, contact details, your response and answers, CV file',
          'your response to an assignment',
        ],
        ['Werkbank’s coach network', 'name, contact details', 'contact with a coach at your request'],
      ],
    } as const;
    for (const language of ['nl', 'en'] as const) {
      mockApi({ 'GET /api/v1/me': meWithRoles(['professional']), 'GET /api/v1/me/disclosures': { items } });
      const { unmount } = renderApp({
        route: '/privacy/disclosures',
        auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-petra' } }),
        language,
      });
      const shown = await screen.findAllByTestId('disclosure-item');
      expectations[language].forEach(([recipient, categories, purpose], index) => {
        const item = shown[index] as HTMLElement;
        expect(within(item).getByTestId('disclosure-recipient')).toHaveTextContent(recipient);
        expect(item).toHaveTextContent(categories);
        expect(item).toHaveTextContent(purpose);
        expect(item).not.toHaveTextContent(/coach-network|assignment-poster|application\b/);
      });
      unmount();
    }
  });
});
