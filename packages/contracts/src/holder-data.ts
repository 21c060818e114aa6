import { assessmentInputSchema } from '@jifen/domain';
import { z } from 'zod';
import { password, username } from './auth.ts';
import { isoDate, isoDateTime, text } from './common.ts';
import { mobile } from './employers.ts';
import { holderDetail } from './holders.ts';
import { residentIdInput } from './permits.ts';

/** `POST /api/v1/holders` (HR of a verified employer, R-3 step 2 and R-4). */
export const registerHolderRequest = z.strictObject({
  name: text(50),
  residentId: residentIdInput,
  mobile,
  username,
  initialPassword: password,
  permit: z.strictObject({ permitNo: text(40), expiresOn: isoDate }).optional(),
});
export type RegisterHolderRequest = z.infer<typeof registerHolderRequest>;
export const registerHolderResponse = z.strictObject({
  holder: holderDetail,
  account: z.strictObject({ id: z.uuid(), username: z.string() }),
});
export type RegisterHolderResponse = z.infer<typeof registerHolderResponse>;

const { birthDate: _birthDate, age: _age, socialInsurance, ...claimFields } = assessmentInputSchema.shape;
void _birthDate;
void _age;

/**
 * The holder's indicator claims: the domain's AssessmentInput without the
 * social-insurance records (stored apart) and without the birth date (read
 * from the resident ID, I-1).
 */
export const holderClaims = z.strictObject(claimFields);
export type HolderClaims = z.infer<typeof holderClaims>;

const recordsOption = socialInsurance.options[0];
/** One month of social insurance and income tax (C-1, C-3, S-6, S-9), as the domain validates it. */
export const siMonth = recordsOption.shape.months.element;
export type SiMonth = z.infer<typeof siMonth>;

export const claimsView = z.strictObject({
  holderId: z.uuid(),
  claims: holderClaims.nullable(),
  /** 0 before anything is saved. */
  version: z.number().int(),
  updatedAt: isoDateTime.nullable(),
  confirmedAt: isoDateTime.nullable(),
  confirmedVersion: z.number().int().nullable(),
  /** The holder has confirmed the version now on file. */
  confirmed: z.boolean(),
});
export type ClaimsView = z.infer<typeof claimsView>;
export const claimsResponse = z.strictObject({ claims: claimsView });
export type ClaimsResponse = z.infer<typeof claimsResponse>;

/** `PUT /api/v1/me/claims`, `PUT /api/v1/holders/:id/claims`: optimistic locking on `expectedVersion`. */
export const putClaimsRequest = z.strictObject({ claims: holderClaims, expectedVersion: z.number().int().min(0) });
export type PutClaimsRequest = z.infer<typeof putClaimsRequest>;

/** `POST /api/v1/me/claims/confirm`: the holder confirms the version they saw. */
export const confirmClaimsRequest = z.strictObject({ version: z.number().int().min(1) });
export type ConfirmClaimsRequest = z.infer<typeof confirmClaimsRequest>;

export const recordsView = z.strictObject({
  holderId: z.uuid(),
  months: z.array(siMonth),
  version: z.number().int(),
  updatedAt: isoDateTime.nullable(),
});
export type RecordsView = z.infer<typeof recordsView>;
export const recordsResponse = z.strictObject({ records: recordsView });
export type RecordsResponse = z.infer<typeof recordsResponse>;

/** `PUT /api/v1/holders/:id/records` (HR): replaces the whole set; each month once. */
export const putRecordsRequest = z.strictObject({
  months: z
    .array(siMonth)
    .max(600)
    .refine((ms) => new Set(ms.map((m) => m.month)).size === ms.length, { error: 'records.duplicateMonth' }),
  expectedVersion: z.number().int().min(0).optional(),
});
export type PutRecordsRequest = z.infer<typeof putRecordsRequest>;

/** `POST /api/v1/holders/:id/records/import?mode=`: all-or-nothing by default. */
export const importRecordsQuery = z.strictObject({ mode: z.enum(['all-or-nothing', 'valid-only']).optional() });
export type ImportRecordsQuery = z.infer<typeof importRecordsQuery>;

export const importRowReport = z.strictObject({
  row: z.number().int().describe('row number in the file; the header is row 1'),
  month: z.string().nullable(),
  ok: z.boolean(),
  errors: z.array(z.strictObject({ column: z.string(), message: z.string() })),
});
export const importReport = z.strictObject({
  mode: z.enum(['all-or-nothing', 'valid-only']),
  format: z.enum(['csv', 'xlsx']),
  /** Rows stored (0 when nothing was written). */
  accepted: z.number().int(),
  /** Rows that failed validation. */
  rejected: z.number().int(),
  /** Whether anything was stored. */
  written: z.boolean(),
  rows: z.array(importRowReport),
  version: z.number().int(),
});
export type ImportReport = z.infer<typeof importReport>;
