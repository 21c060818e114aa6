import { z } from 'zod';
import { ACTIONS, APPLICATION_KINDS, APPLICATION_STATES, ROLES } from '@jifen/domain';
import { isoDate, isoDateTime, longText, safeString } from './common.ts';
import { paperConfirmationView } from './holder-activation.ts';

/**
 * Points applications (R-1..R-5): created by HR as a draft, confirmed by the
 * holder, submitted by HR (automatic checks, then routed), decided by the
 * district talent service centre.
 */

const localized = z.strictObject({ zh: z.string(), en: z.string() });

export const applicationKind = z.enum(APPLICATION_KINDS);
export const applicationState = z.enum(APPLICATION_STATES);
export const applicationAction = z.enum(ACTIONS);
/** What a person may ask for through the API; the routing actions are the system's own. */
export const userAction = z.enum([
  'confirm',
  'reopen',
  'submit',
  'accept_materials',
  'return_for_correction',
  'approve',
  'reject',
  'withdraw',
]);
export type UserAction = z.infer<typeof userAction>;

/** `POST /api/v1/applications` (header `Idempotency-Key` required). */
export const createApplicationRequest = z.strictObject({
  holderId: z.uuid(),
  kind: applicationKind,
});
export type CreateApplicationRequest = z.infer<typeof createApplicationRequest>;

export const idempotencyHeaders = z.object({
  'idempotency-key': safeString({ min: 8, max: 128 }),
});

export const applicationActionParams = z.strictObject({ id: z.uuid(), action: userAction });

/** `POST /api/v1/applications/:id/actions/:action` */
export const applicationActionRequest = z.strictObject({
  expectedVersion: z.number().int().min(1),
  reason: longText(500).optional(),
});
export type ApplicationActionRequest = z.infer<typeof applicationActionRequest>;

export const applicationCheck = z.strictObject({
  ruleId: z.string(),
  passed: z.boolean(),
  /** Nothing to check (e.g. C-4 without a title claimed): shown as "not applicable", never as met. */
  notApplicable: z.boolean().optional(),
  advisory: z.boolean().optional(),
  message: localized.optional(),
  months: z.array(z.string()).optional(),
  /** P-2: waits for a calendar or wage year to be published; computed then. */
  pending: z.strictObject({ kind: z.enum(['calendar', 'wage']), year: z.number().int() }).optional(),
});

/** P-2: what an application waits for (a due date or checks), in words for every role. */
export const pendingDataItem = z.strictObject({
  kind: z.enum(['calendar', 'wage']),
  year: z.number().int(),
  ruleId: z.literal('P-2'),
  message: localized,
});
export type PendingDataItem = z.infer<typeof pendingDataItem>;

export const slaInfo = z.strictObject({
  status: z.enum(['on_track', 'at_risk', 'breached']),
  workingDaysLeft: z.number().int(),
  dueDate: isoDate,
});

export const applicationSummary = z.strictObject({
  id: z.uuid(),
  /** The number people read and search (e.g. JF2026-000123); messages name it, never the id. */
  number: z.string(),
  holder: z.strictObject({ id: z.uuid(), name: z.string() }),
  employer: z.strictObject({ id: z.uuid(), name: z.string() }),
  kind: applicationKind,
  state: applicationState,
  version: z.number().int(),
  employerChanged: z.boolean(),
  dataChanged: z.boolean(),
  policyId: z.string().nullable(),
  policyHash: z.string().nullable(),
  total: z.number().nullable(),
  slaDue: isoDate.nullable(),
  /** P-2: the due date or checks waiting for published data. */
  pending: z.array(pendingDataItem),
  noticeIssuedOn: isoDate.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ApplicationSummary = z.infer<typeof applicationSummary>;

export const applicationEvent = z.strictObject({
  seq: z.number().int(),
  from: applicationState.nullable(),
  to: applicationState,
  action: z.string(),
  role: z.enum(ROLES),
  actorId: z.uuid().nullable(),
  ruleId: z.string().nullable(),
  reason: z.string().nullable(),
  policyId: z.string().nullable(),
  policyHash: z.string().nullable(),
  at: isoDateTime,
});

/** Who must act next, and how (issue #10), from the domain's `nextStep`. */
export const nextStepView = z.strictObject({
  waitingFor: z.enum(ROLES).nullable(),
  ruleId: z.string(),
  text: localized,
  options: z.array(z.enum(['invite_by_sms', 'paper_confirmation'])),
});

/**
 * Issue 17: what the holder's timeline says of this application today: the
 * permit period it is for (its notice is valid until that period's expiry,
 * L-1), and the rule that stops its next step (L-7 not endorsed, L-4 points
 * cleared, L-5 permit lapsed) with what to do and where.
 */
export const applicationTimelineView = z.strictObject({
  permitPeriod: z.strictObject({ id: z.uuid(), issuedOn: z.string(), expiresOn: z.string() }).nullable(),
  blocker: z.strictObject({ code: z.string(), ruleId: z.string(), message: localized }).nullable(),
});

export const applicationDetail = applicationSummary.extend({
  checks: z.array(applicationCheck),
  events: z.array(applicationEvent),
  allowedActions: z.array(userAction),
  sla: slaInfo.nullable(),
  /** The holder can sign in and confirm themselves; otherwise HR invites them or records the paper confirmation. */
  holderHasAccount: z.boolean(),
  nextStep: nextStepView,
  paperConfirmation: paperConfirmationView.nullable(),
  timeline: applicationTimelineView,
});
export type ApplicationDetail = z.infer<typeof applicationDetail>;

export const applicationResponse = z.strictObject({ application: applicationDetail });
export type ApplicationResponse = z.infer<typeof applicationResponse>;
export const applicationsResponse = z.strictObject({ applications: z.array(applicationSummary) });
export type ApplicationsResponse = z.infer<typeof applicationsResponse>;

export const listApplicationsQuery = z.strictObject({
  state: applicationState.optional(),
  holderId: z.uuid().optional(),
  /** Part of an application number (JF2026-000123) or of the holder's name. */
  q: safeString({ min: 1, max: 40 }).optional(),
});
export type ListApplicationsQuery = z.infer<typeof listApplicationsQuery>;

export const materialItem = z.strictObject({
  id: z.string(),
  ruleId: z.string(),
  name: localized,
  original: z.boolean(),
  copy: z.boolean(),
  sealOnCopy: z.boolean(),
  requirement: localized,
});

/** `GET /api/v1/applications/:id/checklist` (M-1..M-4 for R-2; nothing to bring for R-1). */
export const checklistResponse = z.strictObject({
  checklist: z.strictObject({
    path: z.enum(['employer_unchanged', 'employer_changed']),
    ruleId: z.string(),
    inPerson: z.boolean(),
    where: localized,
    items: z.array(materialItem),
  }),
});
export type ChecklistResponse = z.infer<typeof checklistResponse>;
