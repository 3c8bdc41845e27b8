import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createFakeAuth } from '@/testing/fake-auth';
import { jsonResponse, mockApi, problemResponse } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/test-utils';
import { NoticeReconfirmDialog } from './NoticeReconfirmDialog';

const purpose = (id: string, name: string, flagged: boolean) => ({
  purpose: id,
  name,
  explanation: `Uitleg bij ${name}.`,
  legalBasis: 'CONSENT',
  refusable: true,
  directMarketing: false,
  state: 'GRANTED',
  active: true,
  noticeVersion: flagged ? 1 : 2,
  decidedAt: '2026-11-01T10:00:00Z',
  needsConfirmation: flagged,
});

/** The API as it answers after a material notice v2: each purpose still flagged until answered. */
function consentsApi(flagged: Set<string>, { failFirst = false } = {}) {
  let posts = 0;
  return mockApi({
    'GET /api/v1/me/consents': () =>
      jsonResponse({
        purposes: [
          purpose('profiling', 'Automatisch matchen', flagged.has('profiling')),
          purpose('job-alerts', 'Opdrachtmeldingen', flagged.has('job-alerts')),
        ],
        currentNoticeVersion: 2,
        confirmationNeeded: flagged.size > 0,
        history: { items: [], nextCursor: null },
      }),
    'POST /api/v1/me/consents': (call) => {
      posts += 1;
      if (failFirst && posts === 1) return problemResponse({ title: 'Serverfout', status: 500 }, 500);
      flagged.delete((JSON.parse(call.body ?? '{}') as { purpose: string }).purpose);
      return jsonResponse({}, 201);
    },
  });
}

/** What AuthRoot does after a login: the dialog until it is closed, with something focusable behind it. */
function AfterLogin() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <div id="page">
        <button type="button">Iets op de pagina</button>
        <main id="main" tabIndex={-1}>
          Pagina
        </main>
      </div>
      {open && <NoticeReconfirmDialog onClose={() => setOpen(false)} />}
    </>
  );
}

const render = (language?: 'en') =>
  renderApp({
    routes: [{ path: '*', element: <AfterLogin /> }],
    auth: createFakeAuth({ user: { accessToken: 't', sub: 'kc-nina' } }),
    language,
  });

describe('NoticeReconfirmDialog (C-3)', () => {
  it('is a labelled modal dialog: focus inside, Tab kept in, the page behind inert, Escape closes it and records nothing', async () => {
    const api = consentsApi(new Set(['profiling']));
    const user = userEvent.setup();
    render();

    const dialog = await screen.findByRole('dialog', { name: 'Onze privacyverklaring is gewijzigd' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(
      'Versie 2 bevat een belangrijke wijziging. Je eerdere toestemming geldt tot je kiest: wil je haar houden?',
    );
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(dialog).getByTestId('notice-dialog-profiling')).toHaveTextContent('Automatisch matchen');
    expect(within(dialog).queryByTestId('notice-dialog-job-alerts')).not.toBeInTheDocument();
    expect(document.getElementById('page')?.closest('[inert]')).not.toBeNull();

    const focusable = [
      'Lees de nieuwe privacyverklaring',
      'Houden: Automatisch matchen',
      'Intrekken: Automatisch matchen',
      'Later beslissen',
    ];
    for (const name of focusable) {
      await user.tab();
      expect(document.activeElement).toHaveAccessibleName(name);
    }
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(focusable[0]);
    await user.tab({ shift: true });
    expect(document.activeElement).toHaveAccessibleName(focusable[3]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/me/consents')).toHaveLength(0);
    expect(document.querySelector('[inert]')).toBeNull();
    expect(document.getElementById('main')).toHaveFocus();
  });

  it('keeps one consent and withdraws another, each under the notice confirmation, then says it is done', async () => {
    const api = consentsApi(new Set(['profiling', 'job-alerts']));
    const user = userEvent.setup();
    render();

    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Houden: Automatisch matchen' }));
    await waitFor(() => expect(within(dialog).queryByTestId('notice-dialog-profiling')).not.toBeInTheDocument());
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken: Opdrachtmeldingen' }));

    expect(await within(dialog).findByTestId('notice-dialog-done')).toHaveTextContent('Je keuzes zijn opgeslagen.');
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toHaveFocus();
    expect(api.callsTo('POST', '/api/v1/me/consents').map((call) => JSON.parse(call.body ?? '{}') as unknown)).toEqual([
      { purpose: 'profiling', decision: 'GRANT', form: 'NOTICE_CONFIRMATION' },
      { purpose: 'job-alerts', decision: 'WITHDRAW', form: 'NOTICE_CONFIRMATION' },
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows a failed answer and keeps asking; in English too', async () => {
    consentsApi(new Set(['profiling']), { failFirst: true });
    const user = userEvent.setup();
    render('en');

    const dialog = await screen.findByRole('dialog', { name: 'Our privacy notice has changed' });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw: Automatisch matchen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Your choice could not be saved');
    expect(within(dialog).getByTestId('notice-dialog-profiling')).toBeInTheDocument();
  });

  it('does not open when nothing needs confirming', async () => {
    const api = consentsApi(new Set());
    render();
    await waitFor(() => expect(api.callsTo('GET', '/api/v1/me/consents')).toHaveLength(1));
    expect(screen.getByText('Pagina')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
