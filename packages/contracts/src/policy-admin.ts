import { z } from 'zod';
import { isoDate, isoDateTime, safeString, text } from './common.ts';

/**
 * Policy administration (P-1..P-3, D-1, S-9): calendars, average wages and
 * policy versions as data, drafted by one administrator and published by
 * another. Published documents are immutable; a correction is a new
 * revision with a reason.
 */

export const policyDocumentKind = z.enum(['calendar', 'wage', 'version']);
export type PolicyDocumentKind = z.infer<typeof policyDocumentKind>;
export const policyDocumentStatus = z.enum(['draft', 'published', 'discarded']);
export type PolicyDocumentStatus = z.infer<typeof policyDocumentStatus>;

const localized = z.strictObject({ zh: text(200), en: text(200) });
const namedDay = z.strictObject({ date: isoDate, name: localized });
const reason = text(500).optional();

/** A person named on a document: who drafted or published it. */
export const policyActor = z.strictObject({ id: z.uuid(), name: z.string() });

export const policyDocumentSummary = z.strictObject({
  id: z.uuid(),
  kind: policyDocumentKind,
  /** The year of a calendar or wage figure; the id of a version (e.g. sh-2027). */
  key: z.string(),
  revision: z.number().int(),
  status: policyDocumentStatus,
  /** shipped: loaded from policies/ files; admin: entered in jifen. */
  origin: z.enum(['shipped', 'admin']),
  reason: z.string().nullable(),
  basedOn: z.string().nullable(),
  docHash: z.string(),
  draftedBy: policyActor.nullable(),
  draftedAt: isoDateTime,
  publishedBy: policyActor.nullable(),
  publishedAt: isoDateTime.nullable(),
});
export type PolicyDocumentSummary = z.infer<typeof policyDocumentSummary>;

/** One parameter of a version, as the editor shows it: `section.name`, its value and source (P-1). */
export const policyParameter = z.strictObject({ path: z.string(), value: z.unknown(), source: z.string() });
export type PolicyParameter = z.infer<typeof policyParameter>;

export const policyDocument = policyDocumentSummary.extend({
  /** The document as validated: a calendar year, a wage row or a policy version file. */
  doc: z.unknown(),
  /** Versions only: every parameter, in file order. */
  parameters: z.array(policyParameter).optional(),
});
export type PolicyDocument = z.infer<typeof policyDocument>;

export const listPolicyDocumentsQuery = z.strictObject({ kind: policyDocumentKind.optional() });
export const policyDocumentsResponse = z.strictObject({ documents: z.array(policyDocumentSummary) });
export type PolicyDocumentsResponse = z.infer<typeof policyDocumentsResponse>;
export const policyDocumentResponse = z.strictObject({ document: policyDocument });
export type PolicyDocumentResponse = z.infer<typeof policyDocumentResponse>;

/** `POST /api/v1/admin/policy/calendars` and `PUT …/calendars/:id` (a draft). D-1. */
export const calendarDraftRequest = z.strictObject({
  // Its dates lie in the accepted range of dates (issue 18 item 5: to 2099-12-31).
  year: z.number().int().min(1949).max(2099),
  notices: z
    .array(
      z.strictObject({
        number: text(100).nullable(),
        title: text(200),
        date: isoDate,
        url: z.url().max(500),
      }),
    )
    .min(1)
    .max(5),
  holidays: z.array(namedDay).max(120),
  makeupWorkdays: z.array(namedDay).max(30),
  source: text(1000),
  /** Required for a correction of a published year. */
  reason,
});
export type CalendarDraftRequest = z.infer<typeof calendarDraftRequest>;

/** `POST /api/v1/admin/policy/wages` and `PUT …/wages/:id`. S-9. */
export const wageDraftRequest = z.strictObject({
  year: z.number().int().min(1990).max(2200),
  monthlyAverage: z.number().int().min(1000).max(1_000_000),
  source: text(1000),
  reason,
});
export type WageDraftRequest = z.infer<typeof wageDraftRequest>;

export const parameterChange = z.strictObject({
  /** `section.name`, e.g. `lifecycle.renewalWindowDays`. */
  path: z.string().regex(/^(lifecycle|workflow|materials|compliance|points)\.[A-Za-z]+$/, { error: 'policy.path' }),
  value: z.unknown(),
  source: text(2000),
});
export type ParameterChange = z.infer<typeof parameterChange>;

/** `POST /api/v1/admin/policy/versions` and `PUT …/versions/:id`: a new version drafted from a published one. P-1. */
export const versionDraftRequest = z.strictObject({
  basedOn: safeString({ min: 1, max: 40 }),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,38}$/, { error: 'policy.id' }),
  name: localized,
  effectiveFrom: isoDate,
  changes: z.array(parameterChange).max(100),
  reason,
});
export type VersionDraftRequest = z.infer<typeof versionDraftRequest>;

/** What publishing a draft would change (shown before publishing). */
export const dueDateChange = z.strictObject({
  applicationId: z.uuid(),
  holderName: z.string(),
  startedOn: isoDate,
  before: isoDate.nullable(),
  after: isoDate.nullable(),
  /** The year still missing after this change, if any (P-2). */
  stillPendingYear: z.number().int().nullable(),
});
export type DueDateChange = z.infer<typeof dueDateChange>;

export const policyImpactResponse = z.strictObject({
  document: policyDocumentSummary,
  /** Calendars: review due dates that are set or move. */
  dueDates: z.array(dueDateChange),
  /** Wages: applications whose pending checks would be computed. */
  pendingChecks: z.number().int(),
  /** Problems that stop publishing (the whole policy set must still load). */
  problems: z.array(z.string()),
});
export type PolicyImpactResponse = z.infer<typeof policyImpactResponse>;

/**
 * `GET /api/v1/admin/policy/documents/:id/wage-impact` (issue 19, the July wage change): before a
 * year's average wage is published, every stored holder and roster member whose S-9 or S-4 line
 * changes under it: before (the figure in force until now) and after, and the base that keeps the tier.
 */
export const wageImpactLine = z.strictObject({
  ruleId: z.enum(['S-9', 'S-4']),
  before: z.number().int(),
  after: z.number().int(),
  multiple: z.number(),
  figureBefore: z.number(),
  figureAfter: z.number(),
  baseToKeep: z.number().int(),
});
export const wageImpactRow = z.strictObject({
  holderId: z.uuid(),
  name: z.string(),
  residentIdMasked: z.string(),
  employerId: z.uuid().nullable(),
  employerName: z.string().nullable(),
  totalBefore: z.number(),
  totalAfter: z.number(),
  crossed: z.enum(['up', 'down']).nullable(),
  lines: z.array(wageImpactLine),
});
export type WageImpactRow = z.infer<typeof wageImpactRow>;
export const wageImpactResponse = z.strictObject({
  document: policyDocumentSummary,
  year: z.number().int(),
  monthlyAverage: z.number(),
  /** The figure in force until now: the year's published one for a correction, else the previous year's; null when the table lacks it. */
  figureBefore: z.number().nullable(),
  asOf: isoDate,
  assessed: z.number().int(),
  notAssessable: z.number().int(),
  rows: z.array(wageImpactRow),
});
export type WageImpactResponse = z.infer<typeof wageImpactResponse>;

export const publishPolicyResponse = z.strictObject({
  document: policyDocumentSummary,
  resolved: z.strictObject({ dueDates: z.number().int(), checks: z.number().int() }),
  /** A wage figure: the employers whose HR were told which of their people drop a tier (issue 19). */
  employersTold: z.number().int().optional(),
});
export type PublishPolicyResponse = z.infer<typeof publishPolicyResponse>;

/** Missing data that holds up dates or checks (P-2): shown to administrators and alerted once a day. */
export const policyPendingItem = z.strictObject({
  kind: z.enum(['calendar', 'wage']),
  year: z.number().int(),
  applications: z.number().int(),
  since: isoDate.nullable(),
});
export const policyPendingResponse = z.strictObject({ items: z.array(policyPendingItem) });
export type PolicyPendingResponse = z.infer<typeof policyPendingResponse>;

/** `GET /api/v1/admin/policy/compare?a=&b=&asOf=` */
export const compareQuery = z.strictObject({
  a: safeString({ min: 1, max: 40 }),
  b: safeString({ min: 1, max: 40 }),
  asOf: isoDate.optional(),
});
export const comparedHolder = z.strictObject({
  holderId: z.uuid(),
  name: z.string(),
  residentIdMasked: z.string(),
  totalA: z.number(),
  totalB: z.number(),
});
export const comparisonResponse = z.strictObject({
  a: z.strictObject({ id: z.string(), effectiveFrom: isoDate }),
  b: z.strictObject({ id: z.string(), effectiveFrom: isoDate }),
  asOf: isoDate,
  parameters: z.array(
    z.strictObject({
      path: z.string(),
      a: z.unknown(),
      b: z.unknown(),
      sourceA: z.string().nullable(),
      sourceB: z.string().nullable(),
    }),
  ),
  cases: z.strictObject({
    assessed: z.number().int(),
    notAssessable: z.number().int(),
    crossedUp: z.array(comparedHolder),
    crossedDown: z.array(comparedHolder),
    changed: z.array(comparedHolder),
    datesMoved: z.array(
      z.strictObject({
        holderId: z.uuid(),
        name: z.string(),
        expiresOn: isoDate,
        ruleId: z.string(),
        a: isoDate,
        b: isoDate,
      }),
    ),
    distribution: z.array(
      z.strictObject({
        from: z.number().int(),
        to: z.number().int().nullable(),
        a: z.number().int(),
        b: z.number().int(),
      }),
    ),
  }),
});
export type ComparisonResponse = z.infer<typeof comparisonResponse>;

/** `POST /api/v1/admin/policy/replay`: every stored decision recomputed (P-3). */
export const replayMismatch = z.strictObject({
  subjectType: z.enum(['application', 'saved_assessment']),
  subjectId: z.uuid(),
  policyId: z.string(),
  problem: z.string(),
  stored: z.unknown(),
  replayed: z.unknown(),
});
export const replayResponse = z.strictObject({
  checked: z.number().int(),
  matched: z.number().int(),
  /** Decisions stored without their inputs (made before inputs were kept): counted, not replayable. */
  withoutInput: z.number().int(),
  mismatches: z.array(replayMismatch),
});
export type ReplayResponse = z.infer<typeof replayResponse>;

/** `GET /api/v1/policy/data` (public, cached): the published data the engine runs on. */
export const policyDataResponse = z.strictObject({
  /** Changes whenever anything is published; the browser caches by it. */
  revision: z.string(),
  versions: z.array(z.unknown()),
  calendars: z.array(z.unknown()),
  wages: z.unknown(),
});
export type PolicyDataResponse = z.infer<typeof policyDataResponse>;
