import { ACCOUNT_RULES } from './accounts.ts';
import { APPLICATION_RULES, NOTIFICATION_RULES, VISIT_RULES } from './applications.ts';
import { ASSESSMENT_CONSULTATION_RULES } from './assessments-consultations.ts';
import { CORE_RULES } from './core.ts';
import { HOLDER_ACTIVATION_RULES } from './holder-activation.ts';
import { PERMIT_HOLDER_DATA_RULES } from './permits-holder-data.ts';
import { POLICY_DATA_RULES } from './policy-data.ts';
import { ONLINE_CONSULT_RULES } from './online-consult.ts';
import { NOTICE_RULES } from './notices.ts';
import { ROSTER_RULES } from './roster.ts';
import { REVIEW_RULES } from './review.ts';
import type { Rule } from './types.ts';
import { POINTS_RECORD_RULES } from './points-records.ts';
import { TRANSFER_RULES } from './transfers.ts';

export * from './types.ts';

/** Rows of every module, by "METHOD /url" as registered. */
// One spread per line: each area adds its own line at the end.
export const RULES: Record<string, Rule> = {
  ...CORE_RULES,
  ...ASSESSMENT_CONSULTATION_RULES,
  ...PERMIT_HOLDER_DATA_RULES,
  ...APPLICATION_RULES,
  ...NOTIFICATION_RULES,
  ...VISIT_RULES,
  ...POLICY_DATA_RULES,
  ...ACCOUNT_RULES,
  ...HOLDER_ACTIVATION_RULES,
  ...ONLINE_CONSULT_RULES,
  ...NOTICE_RULES,
  ...ROSTER_RULES,
  ...POINTS_RECORD_RULES,
  ...REVIEW_RULES,
  ...TRANSFER_RULES,
};
