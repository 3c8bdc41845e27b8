/**
 * The retention engine's wire types and paths (issue 11, T-1/T-4/T-5), written by hand from the
 * shared contract (notes: retention-contract.md) because the engine's operations are not in
 * openapi.yaml yet. In the shape openapi-typescript generates, so that once they are, these
 * types become `components['schemas'][…]` and `RetentionPaths` becomes `paths`.
 */
import type { Problem } from '@/lib/api';

export type RetentionAction = 'DELETE' | 'ANONYMISE';

/** GET /api/v1/admin/retention/policies: one row per data category. */
export interface RetentionPolicy {
  category: string;
  /** ISO-8601 period, e.g. P2Y, P6M, P30D. */
  period: string;
  trigger: string;
  action: RetentionAction;
  enabled: boolean;
  supportedActions: RetentionAction[];
  /** The legal minimum period, when the law sets one (e.g. P7Y for financial records). */
  legalMinimum: string | null;
  updatedAt: string;
}

export interface RetentionPolicyInput {
  period: string;
  action: RetentionAction;
  enabled: boolean;
}

export interface RetentionCategoryReport {
  category: string;
  examined: number;
  deleted: number;
  anonymised: number;
  held: number;
  errors: number;
  durationMs: number;
}

export interface RetentionRun {
  id: string;
  dryRun: boolean;
  trigger: 'SCHEDULE' | 'MANUAL';
  startedAt: string;
  finishedAt: string | null;
  categories: RetentionCategoryReport[];
}

export interface RetentionRunPage {
  items: RetentionRun[];
  nextCursor: string | null;
}

/** A subject, or a category and record key; always a reason. */
export interface LegalHoldInput {
  subjectId?: string;
  category?: string;
  recordKey?: string;
  reason: string;
}

export interface LegalHold {
  id: string;
  subjectId: string | null;
  category: string | null;
  recordKey: string | null;
  reason: string;
  placedAt: string;
  releasedAt: string | null;
  releaseReason: string | null;
}

export interface LegalHoldPage {
  items: LegalHold[];
  nextCursor: string | null;
}

interface Answer<T, Media extends string = 'application/json'> {
  headers: { [name: string]: unknown };
  content: { [K in Media]: T };
}
type ProblemAnswer = Answer<Problem, 'application/problem+json'>;
interface NoParameters {
  query?: never;
  header?: never;
  path?: never;
  cookie?: never;
}
interface Operation<Parameters, Body, Status extends number, Result> {
  parameters: Parameters;
  requestBody: { content: { 'application/json': Body } };
  responses: { [S in Status]: Answer<Result> } & {
    400: ProblemAnswer;
    401: ProblemAnswer;
    403: ProblemAnswer;
    404: ProblemAnswer;
    409: ProblemAnswer;
  };
}
interface Read<Query, Result> {
  parameters: { query?: Query; header?: never; path?: never; cookie?: never };
  requestBody?: never;
  responses: { 200: Answer<Result>; 400: ProblemAnswer; 401: ProblemAnswer; 403: ProblemAnswer };
}
interface PathItem {
  parameters: NoParameters;
  put?: never;
  post?: never;
  get?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
}
type CategoryPath = { query?: never; header?: never; path: { category: string }; cookie?: never };
type IdPath = { query?: never; header?: never; path: { id: string }; cookie?: never };

export interface RetentionPaths {
  '/api/v1/admin/retention/policies': Omit<PathItem, 'get'> & { get: Read<never, RetentionPolicy[]> };
  '/api/v1/admin/retention/policies/{category}': Omit<PathItem, 'put'> & {
    put: Operation<CategoryPath, RetentionPolicyInput, 200, RetentionPolicy>;
  };
  '/api/v1/admin/retention/runs': Omit<PathItem, 'get' | 'post'> & {
    get: Read<{ cursor?: string }, RetentionRunPage>;
    post: Operation<NoParameters, { dryRun: boolean }, 201, RetentionRun>;
  };
  '/api/v1/admin/legal-holds': Omit<PathItem, 'get' | 'post'> & {
    get: Read<{ active?: boolean; cursor?: string }, LegalHoldPage>;
    post: Operation<NoParameters, LegalHoldInput, 201, LegalHold>;
  };
  '/api/v1/admin/legal-holds/{id}/release': Omit<PathItem, 'post'> & {
    post: Operation<IdPath, { reason: string }, 200, LegalHold>;
  };
}
