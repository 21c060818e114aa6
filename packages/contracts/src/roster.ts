import { z } from 'zod';
import { isoDate, safeString } from './common.ts';
import { lifecycle, lifecycleState } from './holders.ts';

/** Issue 13: the employer's roster (HR), paged by keyset, with server-side filters. */

export const ROSTER_PAGE_MAX = 200;

/** `GET /api/v1/roster` and `GET /api/v1/roster/export` filters. */
export const rosterFilters = z.strictObject({
  state: lifecycleState.optional(),
  /** Next-deadline range, inclusive (L-8). */
  deadlineFrom: isoDate.optional(),
  deadlineTo: isoDate.optional(),
  /** Permit expiry on this day (the dashboard calendar's click). */
  expiresOn: isoDate.optional(),
  department: safeString({ max: 50 }).optional(),
  /** A name prefix, or the digits of a masked ID (e.g. its last four, 1239, or 3101**********1239). */
  q: safeString({ max: 18 }).optional(),
});
export type RosterFilters = z.infer<typeof rosterFilters>;

export const rosterQuery = rosterFilters.extend({
  /** The opaque cursor of the previous page's `next`; absent for page 1. */
  after: safeString({ max: 120 }).optional(),
  limit: z.coerce.number().int().min(1).max(ROSTER_PAGE_MAX).optional(),
});
export type RosterQuery = z.infer<typeof rosterQuery>;

export const rosterEntry = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  residentId: z.string().describe('masked'),
  department: z.string().nullable(),
  permitNo: z.string().nullable(),
  expiresOn: isoDate.nullable(),
  lifecycle: lifecycle.nullable(),
});
export type RosterEntry = z.infer<typeof rosterEntry>;

export const rosterPage = z.strictObject({
  asOf: isoDate,
  entries: z.array(rosterEntry),
  /** Cursor of the next page; null on the last one. */
  next: z.string().nullable(),
});
export type RosterPage = z.infer<typeof rosterPage>;

/** `GET /api/v1/roster/summary`: the dashboard. */
export const rosterSummary = z.strictObject({
  asOf: isoDate,
  total: z.number().int(),
  noPermit: z.number().int(),
  byState: z.strictObject({
    valid: z.number().int(),
    renewal_window: z.number().int(),
    grace: z.number().int(),
    points_cleared: z.number().int(),
    permit_lapsed: z.number().int(),
  }),
  /** Expiries per day from today for 90 days (only the days with any). */
  expiries: z.array(z.strictObject({ date: isoDate, count: z.number().int() })),
  departments: z.array(z.string()),
});
export type RosterSummary = z.infer<typeof rosterSummary>;

export const rosterExportQuery = rosterFilters.extend({ format: z.enum(['csv', 'xlsx']) });

/** One row's problem in an import: row number as in Excel, the column header, the message in both languages. */
export const rosterImportError = z.strictObject({
  row: z.number().int(),
  column: z.string(),
  zh: z.string(),
  en: z.string(),
});
export type RosterImportError = z.infer<typeof rosterImportError>;

export const rosterImport = z.strictObject({
  id: z.uuid(),
  fileName: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  /** Rows whose ID is held elsewhere: transfer requests awaiting the holders' consent (R-2, issue 17). */
  transferRequested: z.number().int(),
  errors: z.array(rosterImportError),
  /** Why the whole file failed (status failed), in the request's language. */
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type RosterImport = z.infer<typeof rosterImport>;
export const rosterImportResponse = z.strictObject({ import: rosterImport });

/** `POST /api/v1/roster/renewals`: start renewals for the selected people. */
export const startRenewalsRequest = z.strictObject({
  holderIds: z.array(z.uuid()).min(1).max(500),
});
export type StartRenewalsRequest = z.infer<typeof startRenewalsRequest>;

export const renewalOutcome = z.strictObject({
  holderId: z.uuid(),
  name: z.string().nullable(),
  outcome: z.enum(['created', 'already_open', 'refused']),
  applicationId: z.uuid().nullable(),
  applicationNumber: z.string().nullable(),
  ruleId: z.string().nullable(),
  /** Why refused, and what to do, in the request's language. */
  message: z.string().nullable(),
  fix: z.string().nullable(),
});
export type RenewalOutcome = z.infer<typeof renewalOutcome>;
export const startRenewalsResponse = z.strictObject({ results: z.array(renewalOutcome) });
export type StartRenewalsResponse = z.infer<typeof startRenewalsResponse>;
