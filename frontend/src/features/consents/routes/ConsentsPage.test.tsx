import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, meWithRoles, mockApi } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';

const purpose = (over: Record<string, unknown>) => ({
  explanation: 'Uitleg.',
  refusable: true,
  directMarketing: false,
  legalBasis: 'CONSENT',
  state: null,
  active: false,
  noticeVersion: null,
  decidedAt: null,
  needsConfirmation: false,
  ...over,
});

const consents = (profilingOn: boolean, needsConfirmation = false) => ({
  purposes: [
    purpose({
      purpose: 'service-messages',
      name: 'Berichten over je gebruik van Werkbank',
      legalBasis: 'CONTRACT',
      refusable: false,
      active: true,
    }),
    purpose({
      purpose: 'profiling',
      name: 'Automatisch matchen',
      state: profilingOn ? 'GRANTED' : null,
      active: profilingOn,
      noticeVersion: profilingOn ? 1 : null,
      needsConfirmation,
    }),
  ],
  currentNoticeVersion: 2,
  confirmationNeeded: needsConfirmation,
  history: {
    items: profilingOn
      ? [
          {
            id: '00000000-0000-4000-8000-0000000000e1',
            purpose: 'profiling',
            decision: 'GRANTED',
            channel: 'PREFERENCES',
            noticeVersion: 1,
            recordedAt: '2026-11-28T10:00:00Z',
          },
        ]
      : [],
    nextCursor: null,
  },
});

const auth = () => createFakeAuth({ user: { accessToken: 't', sub: 'kc-petra' } });

describe('ConsentsPage', () => {
  it('shows every purpose with its basis; a switch only for refusable ones, which records the decision', async () => {
    let on = false;
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/consents': () => jsonResponse(consents(on)),
      'POST /api/v1/me/consents': () => {
        on = true;
        return jsonResponse({}, 201);
      },
    });
    const user = userEvent.setup();
    renderApp({ route: '/privacy/consents', auth: auth() });

    const service = await screen.findByTestId('purpose-service-messages');
    expect(service).toHaveTextContent('Grondslag: nodig voor de dienst die je bij ons afneemt.');
    expect(within(service).queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.getByTestId('consent-history-empty')).toBeInTheDocument();

    const profiling = screen.getByTestId('purpose-profiling');
    expect(profiling).toHaveTextContent('Grondslag: jouw toestemming.');
    await user.click(within(profiling).getByRole('switch', { name: 'Automatisch matchen: uit' }));

    expect(JSON.parse(api.callsTo('POST', '/api/v1/me/consents')[0]?.body ?? '{}')).toEqual({
      purpose: 'profiling',
      decision: 'GRANT',
      form: 'PREFERENCES',
    });
    expect(await within(profiling).findByRole('switch', { name: 'Automatisch matchen: aan' })).toBeChecked();
    expect(await screen.findByTestId('consent-history')).toHaveTextContent(
      'toestemming gegeven voor Automatisch matchen (privacyverklaring versie 1)',
    );
  });

  it('asks to keep or withdraw a consent given before a material change of the notice', async () => {
    const api = mockApi({
      'GET /api/v1/me': meWithRoles(['professional']),
      'GET /api/v1/me/consents': () => jsonResponse(consents(true, true)),
      'POST /api/v1/me/consents': () => jsonResponse({}, 201),
    });
    const user = userEvent.setup();
    renderApp({ route: '/privacy/consents', auth: auth(), language: 'en' });

    const reconfirm = await screen.findByTestId('reconfirm');
    expect(reconfirm).toHaveTextContent('Version 2 has a material change.');
    await user.click(within(reconfirm).getByRole('button', { name: 'Keep: Automatisch matchen' }));

    expect(JSON.parse(api.callsTo('POST', '/api/v1/me/consents')[0]?.body ?? '{}')).toEqual({
      purpose: 'profiling',
      decision: 'GRANT',
      form: 'NOTICE_CONFIRMATION',
    });
  });
});
