import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RepeatableFieldset } from './RepeatableFieldset';
import { TextField } from './form';
import { I18nProvider } from '@/lib/i18n';

interface Row {
  key: string;
  name: string;
}

let counter = 0;
const newRow = (): Row => ({ key: `k${(counter += 1)}`, name: '' });

function Harness({ initial, max = 3, listError }: { initial: Row[]; max?: number; listError?: string }) {
  const [rows, setRows] = useState(initial);
  return (
    <RepeatableFieldset
      testId="course"
      title="Cursussen"
      listErrorId="courses"
      listError={listError}
      emptyText="Nog geen cursussen."
      rows={rows}
      max={max}
      onRowsChange={setRows}
      newRow={newRow}
      legend={(n) => `Cursus ${n}`}
      removeLabel={(n) => `Cursus ${n} verwijderen`}
      addLabel="Cursus toevoegen"
      firstControlId={(index) => `course-${index}-name`}
      renderRow={(row, index, change) => (
        <TextField
          id={`course-${index}-name`}
          label="Naam van de cursus"
          value={row.name}
          onValueChange={(name) => change({ name })}
        />
      )}
    />
  );
}

function renderHarness(props: Parameters<typeof Harness>[0]) {
  return render(
    <I18nProvider initialLanguage="nl">
      <Harness {...props} />
    </I18nProvider>,
  );
}

describe('RepeatableFieldset', () => {
  it('adds a numbered fieldset and moves focus into it; edits stay in their own row', async () => {
    const user = userEvent.setup();
    renderHarness({ initial: [] });
    expect(screen.getByText('Nog geen cursussen.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cursus toevoegen' }));
    const first = screen.getByRole('group', { name: 'Cursus 1' });
    expect(within(first).getByLabelText('Naam van de cursus')).toHaveFocus();
    await user.keyboard('Scrum');

    await user.click(screen.getByRole('button', { name: 'Cursus toevoegen' }));
    const second = screen.getByRole('group', { name: 'Cursus 2' });
    expect(within(second).getByLabelText('Naam van de cursus')).toHaveFocus();
    expect(within(first).getByLabelText('Naam van de cursus')).toHaveValue('Scrum');
    expect(screen.queryByText('Nog geen cursussen.')).not.toBeInTheDocument();
  });

  it('removes a row, renumbers the rest and puts focus on the add button', async () => {
    const user = userEvent.setup();
    renderHarness({
      initial: [
        { key: 'a', name: 'Eerste' },
        { key: 'b', name: 'Tweede' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Cursus 1 verwijderen' }));
    expect(screen.getAllByTestId('course-entry')).toHaveLength(1);
    expect(within(screen.getByRole('group', { name: 'Cursus 1' })).getByLabelText('Naam van de cursus')).toHaveValue(
      'Tweede',
    );
    expect(screen.getByRole('button', { name: 'Cursus toevoegen' })).toHaveFocus();
  });

  it('stops adding at the limit and shows the error of the list', () => {
    renderHarness({
      initial: [
        { key: 'a', name: 'Eerste' },
        { key: 'b', name: 'Tweede' },
      ],
      max: 2,
      listError: 'Geef er maximaal 2 op.',
    });
    expect(screen.getByRole('button', { name: 'Cursus toevoegen' })).toBeDisabled();
    expect(screen.getByText('Geef er maximaal 2 op.')).toHaveAttribute('id', 'courses');
  });
});
