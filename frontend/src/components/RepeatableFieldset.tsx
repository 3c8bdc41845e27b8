import { useRef, type ReactNode } from 'react';
import { useFocusAfterRender } from '@/lib/focus';

interface RepeatableFieldsetProps<Row extends { key: string }> {
  /** The section's heading. */
  title: string;
  /** The id of the list's own error (e.g. too many entries), which the error summary links to. */
  listErrorId: string;
  listError?: string;
  /** Shown while there are no rows. */
  emptyText: string;
  rows: Row[];
  /** At most this many rows: the add button is disabled at the limit. */
  max: number;
  onRowsChange: (rows: Row[]) => void;
  newRow: () => Row;
  /** The legend of row n (1-based), e.g. "Work experience 2". */
  legend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  /** The id of the control to focus in a newly added row. */
  firstControlId: (index: number) => string;
  renderRow: (row: Row, index: number, change: (patch: Partial<Omit<Row, 'key'>>) => void) => ReactNode;
  testId: string;
}

/**
 * A list of entries the user adds and removes (work experience, education): each entry a
 * fieldset with a numbered legend and its own remove button. Focus follows the user: into the new
 * entry after adding, onto the add button after removing (the removed button is gone).
 */
export function RepeatableFieldset<Row extends { key: string }>({
  title,
  listErrorId,
  listError,
  emptyText,
  rows,
  max,
  onRowsChange,
  newRow,
  legend,
  removeLabel,
  addLabel,
  firstControlId,
  renderRow,
  testId,
}: RepeatableFieldsetProps<Row>) {
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  return (
    <>
      <h3>{title}</h3>
      {listError && (
        <p className="field__error" id={listErrorId}>
          {listError}
        </p>
      )}
      {rows.length === 0 && <p>{emptyText}</p>}
      {rows.map((row, index) => {
        const n = index + 1;
        const change = (patch: Partial<Omit<Row, 'key'>>) =>
          onRowsChange(rows.map((current, i) => (i === index ? { ...current, ...patch } : current)));
        return (
          <fieldset key={row.key} className="fieldset fieldset--entry" data-testid={`${testId}-entry`}>
            <legend className="fieldset__legend">{legend(n)}</legend>
            {renderRow(row, index, change)}
            <button
              type="button"
              className="button"
              onClick={() => {
                onRowsChange(rows.filter((_, i) => i !== index));
                addRef.current?.focus();
              }}
            >
              {removeLabel(n)}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          ref={addRef}
          type="button"
          className="button"
          data-testid={`add-${testId}`}
          disabled={rows.length >= max}
          onClick={() => {
            onRowsChange([...rows, newRow()]);
            focusAfterRender(firstControlId(rows.length));
          }}
        >
          {addLabel}
        </button>
      </p>
    </>
  );
}
