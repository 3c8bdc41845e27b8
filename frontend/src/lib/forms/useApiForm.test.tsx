import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FormErrors } from '@/components/FormErrors';
import { TextField } from '@/components/form';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ApiError } from '@/lib/api';
import { I18nProvider, type Language } from '@/lib/i18n';
import { fieldsByPath, maxLength, REQUIRED, type ValidationErrors } from './field-errors';
import { useApiForm } from './useApiForm';

/** A form with two fields, as the real ones use the hook; `submit` plays the API. */
function TestForm({ submit }: { submit: (values: { name: string; email: string }) => Promise<unknown> }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const form = useApiForm({
    fieldAt: fieldsByPath({
      name: { id: 'test-name', label: 'Naam', messages: { required: REQUIRED, 'too-long': maxLength(100) } },
      'contact.email': { id: 'test-email', label: 'E-mail', messages: { pattern: { key: 'validation.email' } } },
    }),
    validate: (): ValidationErrors => (name.trim() === '' ? { name: REQUIRED } : {}),
  });
  return (
    <form noValidate onSubmit={(event) => form.submit(event, () => submit({ name, email }))}>
      <FormErrors form={form} failedHeading="Niet verstuurd" failedTestId="test-failed" />
      <TextField id="test-name" label="Naam" value={name} onValueChange={setName} error={form.errorFor('name')} />
      <TextField
        id="test-email"
        label="E-mail"
        value={email}
        onValueChange={setEmail}
        error={form.errorFor('contact.email')}
      />
      <button type="submit" disabled={form.submitting}>
        Versturen
      </button>
    </form>
  );
}

function renderForm(submit: (values: { name: string; email: string }) => Promise<unknown>, language: Language = 'nl') {
  return render(
    <I18nProvider initialLanguage={language}>
      <LanguageSwitch />
      <TestForm submit={submit} />
    </I18nProvider>,
  );
}

const rejected = (errors: { field: string; code: string; message: string }[]) =>
  Promise.reject(new ApiError(400, { title: 'Ongeldig verzoek', status: 400, errors } as never));

describe('useApiForm', () => {
  it('checks on the client first: the summary takes focus, nothing is sent, the message follows the input', async () => {
    let sent = 0;
    const user = userEvent.setup();
    renderForm(() => {
      sent += 1;
      return Promise.resolve();
    });
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    const summary = await screen.findByTestId('error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Naam: Vul dit veld in.' })).toHaveAttribute('href', '#test-name');
    expect(sent).toBe(0);
    await user.type(screen.getByLabelText('Naam'), 'Petra');
    expect(screen.getByLabelText('Naam')).not.toHaveAttribute('aria-invalid');
  });

  it("maps the server's field errors onto the fields by code, unknown fields to the summary", async () => {
    const user = userEvent.setup();
    renderForm(() =>
      rejected([
        { field: 'name', code: 'too-long', message: 'is te lang volgens de server' },
        { field: 'contact.email', code: 'pattern', message: 'is geen e-mailadres volgens de server' },
        { field: 'website', code: 'not-allowed', message: 'mag niet worden meegestuurd' },
      ]),
    );
    await user.type(screen.getByLabelText('Naam'), 'Petra');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));

    const summary = await screen.findByTestId('error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Ongeldig verzoek');
    // The SPA's own text for the code, not the server's.
    expect(screen.getByLabelText('Naam')).toHaveAccessibleDescription('Fout: Gebruik maximaal 100 tekens.');
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(
      'Fout: Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    );
    expect(within(summary).getByRole('link', { name: /^E-mail: Vul een geldig e-mailadres in/ })).toHaveAttribute(
      'href',
      '#test-email',
    );
    // Not on the form: in the summary only, without a link, under the server's path and in its words.
    expect(within(summary).getByText('website: mag niet worden meegestuurd')).not.toHaveAttribute('href');
  });

  it("shows the server's message where the field has no text of its own for the code, and re-translates on a language switch", async () => {
    const user = userEvent.setup();
    renderForm(() =>
      rejected([
        { field: 'name', code: 'duplicate', message: 'bestaat al' },
        { field: 'contact.email', code: 'pattern', message: 'ongeldig' },
      ]),
    );
    await user.type(screen.getByLabelText('Naam'), 'Petra');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByTestId('test-name-error')).toHaveTextContent('bestaat al');

    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(
      'Error: Enter a valid email address, for example name@example.com.',
    );
    // The server's own message was in the language of the request; it stays as sent.
    expect(screen.getByTestId('test-name-error')).toHaveTextContent('bestaat al');
  });

  it('shows a failure without field errors as a focused message, and sends again after it', async () => {
    let calls = 0;
    const user = userEvent.setup();
    renderForm(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new ApiError(429, { title: 'Te veel verzoeken', status: 429, detail: 'Wacht even.' }))
        : Promise.resolve();
    });
    await user.type(screen.getByLabelText('Naam'), 'Petra');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    const failed = await screen.findByTestId('test-failed');
    await waitFor(() => expect(failed).toHaveFocus());
    expect(failed).toHaveTextContent('Niet verstuurd');
    expect(failed).toHaveTextContent('Wacht even.');
    expect(screen.queryByTestId('error-summary')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    await waitFor(() => expect(screen.queryByTestId('test-failed')).not.toBeInTheDocument());
    expect(calls).toBe(2);
  });
});
