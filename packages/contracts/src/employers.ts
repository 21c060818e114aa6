import { parseMobile } from '@jifen/domain';
import { z } from 'zod';
import { employerStatus, password, username } from './auth.ts';
import { districtCode, isoDateTime, longText, safeString, text } from './common.ts';

export const uscc = safeString({ max: 18 })
  .toUpperCase()
  .regex(/^[0-9A-Z]{18}$/, { error: 'uscc.format' });
/** I-3, checked by the domain (an optional +86 prefix is accepted). */
export const mobile = safeString({ max: 20 })
  .refine((s) => parseMobile(s).ok, { error: 'mobile.format' })
  .meta({ examples: ['13800001111', '+86 139 1234 5670'] });

/**
 * `POST /api/v1/employers/register` (public). A code that fails the I-2
 * checksum is refused with `EMPLOYER.USCC_CHECKSUM` unless the request sets
 * `manualVerification: true`; the talent centre then checks it in person.
 */
export const registerEmployerRequest = z.strictObject({
  name: text(120),
  uscc,
  district: districtCode,
  contact: z.strictObject({ name: text(60), mobile }),
  hrAccount: z.strictObject({ username, password, displayName: text(60) }),
  manualVerification: z.boolean().optional(),
});
export type RegisterEmployerRequest = z.infer<typeof registerEmployerRequest>;

export const employer = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  uscc: z.string(),
  usccChecksumOk: z.boolean(),
  district: z.strictObject({ code: z.string(), name: z.string() }),
  status: employerStatus,
  contactName: z.string(),
  contactMobile: z.string().describe('masked'),
  createdAt: isoDateTime,
  decidedAt: isoDateTime.nullable(),
  decidedBy: z.strictObject({ id: z.uuid(), displayName: z.string() }).nullable(),
  rejectionReason: z.string().nullable(),
});
export type Employer = z.infer<typeof employer>;

export const registerEmployerResponse = z.strictObject({
  employer,
  hrUser: z.strictObject({ id: z.uuid(), username: z.string() }),
});
export type RegisterEmployerResponse = z.infer<typeof registerEmployerResponse>;

/** `GET /api/v1/employers?status=` */
export const listEmployersQuery = z.strictObject({ status: employerStatus.optional() });
export type ListEmployersQuery = z.infer<typeof listEmployersQuery>;
export const employersResponse = z.strictObject({ employers: z.array(employer) });
export type EmployersResponse = z.infer<typeof employersResponse>;

/** `POST /api/v1/employers/:id/verify` */
export const verifyEmployerRequest = z.strictObject({ note: safeString({ max: 500, multiline: true }).optional() });
/** `POST /api/v1/employers/:id/reject` */
export const rejectEmployerRequest = z.strictObject({ reason: longText(500) });
export type RejectEmployerRequest = z.infer<typeof rejectEmployerRequest>;
export const employerResponse = z.strictObject({ employer });
export type EmployerResponse = z.infer<typeof employerResponse>;
