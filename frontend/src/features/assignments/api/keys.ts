/** Query keys of this feature. Managed (non-public) data includes the token subject, so one user's data never leaks to the next. */
export const assignmentKeys = {
  all: ['assignments'] as const,
  list: (criteria: unknown) => ['assignments', 'public', 'list', criteria] as const,
  detail: (id: string) => ['assignments', 'public', 'detail', id] as const,
  managed: (id: string, subject: string | undefined) => ['assignments', 'managed', id, subject ?? 'anonymous'] as const,
  organisation: (subject: string | undefined) => ['assignments', 'organisation', subject ?? 'anonymous'] as const,
  received: (id: string, subject: string | undefined) =>
    ['assignments', 'managed', id, subject ?? 'anonymous', 'responses'] as const,
  placements: (id: string, subject: string | undefined) =>
    ['assignments', 'managed', id, subject ?? 'anonymous', 'placements'] as const,
  respondentProfile: (subject: string | undefined) =>
    ['assignments', 'respondent-profile', subject ?? 'anonymous'] as const,
  myResponsesTo: (id: string, subject: string | undefined) =>
    ['assignments', 'my-responses', id, subject ?? 'anonymous'] as const,
};
