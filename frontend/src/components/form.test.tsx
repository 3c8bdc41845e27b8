import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/lib/i18n';
import { ErrorSummary, summaryLabel } from './form';

describe('the error summary', () => {
  it('puts a colon after a plain label, and no second mark after a question or a colon (issue 16)', () => {
    expect(summaryLabel('Naam')).toBe('Naam: ');
    expect(summaryLabel('Wie mag je profiel zien?')).toBe('Wie mag je profiel zien? ');
    expect(summaryLabel('Bereikbaar:')).toBe('Bereikbaar: ');
    expect(summaryLabel(undefined)).toBe('');
  });

  it('never shows "?:" for a question label', () => {
    render(
      <I18nProvider initialLanguage="nl">
        <ErrorSummary
          id="summary"
          title="Controleer de volgende velden:"
          errors={[
            { targetId: 'visibility', label: 'Wie mag je profiel zien?', message: 'Maak een keuze.' },
            { targetId: 'name', label: 'Naam', message: 'Vul dit veld in.' },
          ]}
        />
        <input id="name" />
      </I18nProvider>,
    );
    const summary = screen.getByTestId('error-summary');
    expect(summary).not.toHaveTextContent('?:');
    expect(within(summary).getByText(/Wie mag je profiel zien\? Maak een keuze\./)).toBeInTheDocument();
    expect(within(summary).getByText(/Naam: Vul dit veld in\./)).toBeInTheDocument();
  });

  it('shows a field without a label as its message alone: no ": " or "?:" in front (issue 16)', () => {
    render(
      <I18nProvider initialLanguage="nl">
        <ErrorSummary
          errors={[
            { targetId: 'unlabelled', message: 'Kies een startdatum die niet in het verleden ligt.' },
            { message: 'Probeer het later opnieuw.' },
            { targetId: 'visibility', label: 'Wie mag je profiel zien? ', message: 'Maak een keuze.' },
          ]}
        />
      </I18nProvider>,
    );
    const items = within(screen.getByTestId('error-summary')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Kies een startdatum die niet in het verleden ligt.',
      'Probeer het later opnieuw.',
      'Wie mag je profiel zien? Maak een keuze.',
    ]);
    expect(screen.getByTestId('error-summary')).not.toHaveTextContent(/\?:|^: /);
  });
});
