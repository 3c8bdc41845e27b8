export { fieldsByPath, mapFieldErrors, maxItems, maxLength, messageFor, REQUIRED } from './field-errors';
export type {
  CodeMessages,
  FieldCode,
  FieldLookup,
  FieldMessage,
  FormField,
  MappedFieldErrors,
  SummaryError,
  ValidationErrors,
} from './field-errors';
export { useApiForm } from './useApiForm';
export type { ApiForm, ApiFormOptions } from './useApiForm';
