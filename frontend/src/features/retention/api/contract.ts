import type { components } from '@/lib/api';

/** The wire shapes of the retention operations (T-1, T-4, T-5), from the generated schema. */
export type RetentionAction = components['schemas']['RetentionAction'];
export type RetentionPolicy = components['schemas']['RetentionPolicy'];
export type RetentionPolicyInput = components['schemas']['RetentionPolicyInput'];
export type RetentionCategoryReport = components['schemas']['RetentionCategoryReport'];
export type RetentionRun = components['schemas']['RetentionRunReport'];
export type RetentionRunPage = components['schemas']['RetentionRunPage'];
export type LegalHoldInput = components['schemas']['LegalHoldInput'];
export type LegalHold = components['schemas']['LegalHold'];
export type LegalHoldPage = components['schemas']['LegalHoldPage'];
