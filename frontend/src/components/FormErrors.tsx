import type { ApiForm } from '@/lib/forms';
import { ErrorMessage } from './ErrorMessage';
import { ErrorSummary } from './form';

interface FormErrorsProps {
  form: ApiForm;
  /** The heading above a failure that is not about fields, e.g. "The assignment could not be sent". */
  failedHeading: string;
  /** The test id of that failure's box. */
  failedTestId?: string;
}

/** What went wrong with a form's last submit, above its fields: the error summary, or the failure. */
export function FormErrors({ form, failedHeading, failedTestId }: FormErrorsProps) {
  return (
    <>
      <ErrorSummary id={form.summaryId} errors={form.summary.errors} title={form.summary.title} />
      {form.submitError !== undefined && (
        <div id={form.submitErrorId} tabIndex={-1} data-testid={failedTestId}>
          <ErrorMessage error={form.submitError} heading={failedHeading} />
        </div>
      )}
    </>
  );
}
