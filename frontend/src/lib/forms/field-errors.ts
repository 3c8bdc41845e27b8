import type { FieldError } from '@/lib/api';
import type { MessageKey, Translate, TranslationParams } from '@/lib/i18n';

export type FieldCode = FieldError['code'];

/** A message of the SPA's own: a key and its parameters (translated when shown). */
export interface FieldMessage {
  key: MessageKey;
  params?: TranslationParams;
}

/** What the SPA says about one field, per server code; a code without an entry shows the server's message. */
export type CodeMessages = Partial<Record<FieldCode, FieldMessage>>;

/** A field the form shows at a path: its control's id, its label in the summary, its own texts per code. */
export interface FormField {
  id: string;
  label?: string;
  messages?: CodeMessages;
}

/** Client-side checks: the broken rule per field path (the server's paths, so both land on one input). */
export type ValidationErrors = Record<string, FieldMessage>;

/** One line of the error summary above a form; without a target it belongs to no field on the form. */
export interface SummaryError {
  targetId?: string;
  label?: string;
  message: string;
}

export interface FieldLookup {
  /** The field at a form path, or undefined when the form has no such field. */
  fieldAt: (path: string) => FormField | undefined;
  /** The form path of a server field error; by default its `field` as it is. */
  pathOf?: (error: FieldError) => string | undefined;
}

export interface MappedFieldErrors {
  /** The message(s) per form path, joined with "; " when a field broke more than one rule. */
  byPath: Record<string, string>;
  summary: SummaryError[];
}

/** The SPA's text for a server error on this field when it has one for the error's code, else the server's. */
export function messageFor(error: FieldError, field: FormField | undefined, t: Translate): string {
  const own = field?.messages?.[error.code];
  return own ? t(own.key, own.params) : error.message;
}

/**
 * Puts a problem's field errors (RFC 9457 `errors`, each with a stable `code`) onto the form:
 * an error goes to the field at its path, in the SPA's words for its code where that field has
 * them; an error for a field the form does not show goes to the summary only, under the server's
 * path, in the server's words (already in the caller's language).
 */
export function mapFieldErrors(
  errors: FieldError[],
  { fieldAt, pathOf = (error) => error.field }: FieldLookup,
  t: Translate,
): MappedFieldErrors {
  const byPath: Record<string, string> = {};
  const summary: SummaryError[] = [];
  for (const error of errors) {
    const path = pathOf(error);
    const field = path === undefined ? undefined : fieldAt(path);
    if (path === undefined || field === undefined) {
      summary.push({ label: error.field, message: error.message });
      continue;
    }
    const message = messageFor(error, field, t);
    byPath[path] = byPath[path] ? `${byPath[path]}; ${message}` : message;
    summary.push({ targetId: field.id, label: field.label, message });
  }
  return { byPath, summary };
}

/** Shorthands for the usual code tables. */
export const REQUIRED: FieldMessage = { key: 'validation.required' };
export function maxLength(max: number): FieldMessage {
  return { key: 'validation.maxLength', params: { max } };
}
export function maxItems(max: number): FieldMessage {
  return { key: 'validation.maxItems', params: { max } };
}

/** `fieldAt` for a form whose fields are fixed: a lookup in this record. */
export function fieldsByPath(fields: Record<string, FormField>): (path: string) => FormField | undefined {
  return (path) => (Object.hasOwn(fields, path) ? fields[path] : undefined);
}
