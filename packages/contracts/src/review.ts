import { z } from 'zod';
import { COMMENDATION_LEVELS, EDUCATION_LEVELS, REVIEWABLE_INDICATORS, TITLE_LEVELS } from '@jifen/domain';
import { isoDate, isoDateTime, longText } from './common.ts';
import { applicationDetail, applicationKind, applicationState } from './applications.ts';

/**
 * Issue #12: the district talent service centre's workbench (queue, claim,
 * hand over), the materials checked item by item at the visit (R-2, M-5) and
 * the review of each claimed indicator (R-3 step 3), with the false-material
 * finding (C-5).
 */

const localized = z.strictObject({ zh: z.string(), en: z.string() });
const person = z.strictObject({ id: z.uuid(), name: z.string() });

export const queueSlaStatus = z.enum(['on_track', 'at_risk', 'breached', 'pending', 'not_running']);
export type QueueSlaStatus = z.infer<typeof queueSlaStatus>;

/**
 * Issue 20: the queue comes in pages (at 1,000,000 holders one district's
 * open cases made a 154 KB answer); `page` counts from 1.
 */
export const REVIEW_QUEUE_PAGE_SIZE = 50;
export const REVIEW_QUEUE_PAGE_MAX = 200;
/** Past this the offset says nothing useful; it also keeps the offset an exact integer. */
export const REVIEW_QUEUE_PAGES_MAX = 100_000;

/** `GET /api/v1/review/queue` */
export const reviewQueueQuery = z.strictObject({
  state: applicationState.optional(),
  kind: applicationKind.optional(),
  employerId: z.uuid().optional(),
  sla: queueSlaStatus.optional(),
  holder: z.enum(['me', 'unclaimed', 'anyone']).optional(),
  page: z.coerce
    .number({ error: 'paging.page' })
    .int({ error: 'paging.page' })
    .min(1, { error: 'paging.page' })
    .max(REVIEW_QUEUE_PAGES_MAX, { error: 'paging.page' })
    .optional(),
  pageSize: z.coerce
    .number({ error: 'paging.pageSize' })
    .int({ error: 'paging.pageSize' })
    .min(1, { error: 'paging.pageSize' })
    .max(REVIEW_QUEUE_PAGE_MAX, { error: 'paging.pageSize' })
    .optional(),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuery>;

export const queueCase = z.strictObject({
  id: z.uuid(),
  number: z.string(),
  holderName: z.string(),
  employer: person,
  kind: applicationKind,
  state: applicationState,
  version: z.number().int(),
  sla: z.strictObject({
    status: queueSlaStatus,
    workingDaysLeft: z.number().int().nullable(),
    dueDate: isoDate.nullable(),
    pendingYear: z.number().int().nullable(),
  }),
  assignee: person.nullable(),
  assignedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
});
export type QueueCase = z.infer<typeof queueCase>;

export const reviewQueueResponse = z.strictObject({
  today: isoDate,
  atRiskWorkingDays: z.number().int(),
  /** Over every filter but the SLA one: what each SLA filter would give. */
  counts: z.record(queueSlaStatus, z.number().int()),
  /** The cases matching every filter, over all pages. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** This page of them, most urgent first. */
  cases: z.array(queueCase),
  /** The district's employers with a case at the centre, under no filter: the employer filter's options. */
  employers: z.array(person),
  /** The district's reviewers and how many open cases each holds ("who holds what"). */
  colleagues: z.array(z.strictObject({ id: z.uuid(), name: z.string(), holding: z.number().int() })),
});
export type ReviewQueueResponse = z.infer<typeof reviewQueueResponse>;

/** `POST /api/v1/applications/:id/handover` */
export const handoverRequest = z.strictObject({ toUserId: z.uuid() });
export type HandoverRequest = z.infer<typeof handoverRequest>;
export const assignmentResponse = z.strictObject({ assignee: person.nullable(), assignedAt: isoDateTime.nullable() });

export const MATERIAL_ITEM_IDS = [
  'holder_id_card',
  'residence_permit',
  'labour_contract',
  'termination_record',
  'business_licence',
  'uscc_certificate',
  'introduction_letter',
  'hr_id_card',
] as const;
export const materialItemId = z.enum(MATERIAL_ITEM_IDS);

/** One item as seen at the counter: brought, original seen, copy kept, copy sealed. */
export const materialItemCheck = z.strictObject({
  present: z.boolean(),
  originalSeen: z.boolean(),
  copy: z.boolean(),
  sealed: z.boolean(),
});
export type MaterialItemCheck = z.infer<typeof materialItemCheck>;

/** `POST /api/v1/applications/:id/materials`: validateMaterials decides accepted or returned (M-5). */
export const materialsCheckRequest = z.strictObject({
  expectedVersion: z.number().int().min(1),
  items: z.strictObject(
    Object.fromEntries(MATERIAL_ITEM_IDS.map((id) => [id, materialItemCheck])) as Record<
      (typeof MATERIAL_ITEM_IDS)[number],
      typeof materialItemCheck
    >,
  ),
  contractStart: isoDate.optional(),
  contractEnd: isoDate.optional(),
  terminationLeaveDate: isoDate.optional(),
  permitValidUntil: isoDate.optional(),
  hrSpecialistInPerson: z.boolean(),
});
export type MaterialsCheckRequest = z.infer<typeof materialsCheckRequest>;

export const materialProblem = z.strictObject({ ruleId: z.string(), item: z.string(), message: localized });

export const materialCheckView = z.strictObject({
  outcome: z.enum(['accepted', 'returned']),
  visitDate: isoDate,
  items: z.record(z.string(), materialItemCheck),
  problems: z.array(materialProblem),
  receiptNo: z.string().nullable(),
  checkedBy: person,
  checkedAt: isoDateTime,
});
export type MaterialCheckView = z.infer<typeof materialCheckView>;

export const materialsCheckResponse = z.strictObject({ check: materialCheckView, application: applicationDetail });
export type MaterialsCheckResponse = z.infer<typeof materialsCheckResponse>;

export const reviewableIndicator = z.enum(REVIEWABLE_INDICATORS);
export const indicatorParams = z.strictObject({ id: z.uuid(), indicator: reviewableIndicator });

export const adjustedValue = z.union([
  z.strictObject({ education: z.enum(EDUCATION_LEVELS) }),
  z.strictObject({ title: z.enum(TITLE_LEVELS) }),
  z.strictObject({ years: z.number().int().min(0).max(60) }),
  z.strictObject({ commendation: z.enum(COMMENDATION_LEVELS) }),
]);

/** `PUT /api/v1/applications/:id/review/indicators/:indicator` */
export const indicatorDecisionRequest = z.strictObject({
  decision: z.enum(['accepted', 'adjusted', 'rejected']),
  value: adjustedValue.optional(),
  reason: longText(500),
});
export type IndicatorDecisionRequest = z.infer<typeof indicatorDecisionRequest>;

export const falseMaterialView = z.strictObject({
  ruleId: z.literal('C-5'),
  applicationNumber: z.string(),
  foundOn: isoDate,
  penalty: z.number(),
  barredUntil: isoDate,
  countsUntil: isoDate,
  reason: z.string(),
  active: z.boolean(),
  message: localized,
});
export type FalseMaterialView = z.infer<typeof falseMaterialView>;

/** `GET /api/v1/applications/:id/review`: what the reviewer decided, for the reviewer, HR and the holder alike. */
export const reviewView = z.strictObject({
  fileRetrieval: z.strictObject({ at: isoDateTime, by: person }).nullable(),
  assignee: person.nullable(),
  /** Null while the application has no stored input (before submission). */
  totals: z
    .strictObject({
      policyId: z.string(),
      policyHash: z.string(),
      claimedTotal: z.number(),
      reviewedTotal: z.number(),
      standardScore: z.number(),
    })
    .nullable(),
  lines: z.array(
    z.strictObject({
      indicator: z.string(),
      ruleId: z.string(),
      claimed: z.number(),
      reviewed: z.number(),
      reviewable: z.boolean(),
      adjustable: z.enum(['education', 'title', 'years', 'commendation']).nullable(),
      reason: localized.optional(),
      decision: z
        .strictObject({
          decision: z.enum(['accepted', 'adjusted', 'rejected']),
          value: adjustedValue.nullable(),
          reason: z.string(),
          by: person,
          at: isoDateTime,
        })
        .nullable(),
    }),
  ),
  materials: materialCheckView.nullable(),
  findings: z.array(falseMaterialView),
});
export type ReviewView = z.infer<typeof reviewView>;
export const reviewResponse = z.strictObject({ review: reviewView });
export type ReviewResponse = z.infer<typeof reviewResponse>;

/** `POST /api/v1/applications/:id/review/false-material` (C-5): records the finding and rejects the application. */
export const falseMaterialRequest = z.strictObject({ expectedVersion: z.number().int().min(1), reason: longText(500) });
export type FalseMaterialRequest = z.infer<typeof falseMaterialRequest>;

/** `GET /api/v1/me/false-material-findings`: the holder's own C-5 records, with their dates. */
export const findingsResponse = z.strictObject({ findings: z.array(falseMaterialView) });
export type FindingsResponse = z.infer<typeof findingsResponse>;
