import { z } from 'zod';
import { parseMobile } from '@jifen/domain';
import { assessRequest } from './assessments.ts';
import { isoDate, isoDateTime, longText, safeString, text } from './common.ts';

/**
 * Consultation requests (PI-3): a person asks for a call-back, with explicit
 * consent to the privacy notice; a reference code shows the status and
 * withdraws (deletes) the request; consultants work a queue.
 */

/** The version of the privacy notice the person consented to; bump it when the notice changes. */
export const PRIVACY_NOTICE_VERSION = '2026-01';

export const CONSULTATION_STATUSES = ['new', 'called_back', 'closed'] as const;
export const consultationStatus = z.enum(CONSULTATION_STATUSES);
export type ConsultationStatus = z.infer<typeof consultationStatus>;

/** Ten characters over an alphabet without 0/O, 1/I/L: `XXXXX-XXXXX`. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const consultationReference = safeString({ max: 11 })
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/, { error: 'reference.format' });

/** I-3: 11 digits starting with 1 (spaces, dashes and +86 are removed). */
export const mainlandMobile = safeString({ max: 20 })
  .refine((s) => parseMobile(s).ok, { error: 'mobile.format' })
  .meta({ examples: ['13800001111', '139-1234-5670'] })
  .transform((s) => {
    const parsed = parseMobile(s);
    return parsed.ok ? parsed.value : s;
  });

/** `POST /api/v1/consultations` (public). */
export const createConsultationRequest = z.strictObject({
  name: text(40),
  mobile: mainlandMobile,
  question: longText(1000),
  /** PI-3: the box must be ticked; the notice version is stored with the request. */
  consent: z.literal(true, { error: 'consent.required' }),
  noticeVersion: z.literal(PRIVACY_NOTICE_VERSION).default(PRIVACY_NOTICE_VERSION),
  /** The assessment, attached only when the person chooses to. */
  assessment: assessRequest.optional(),
  language: z.enum(['zh', 'en']).default('zh'),
});
export type CreateConsultationRequest = z.input<typeof createConsultationRequest>;

export const consultationCreated = z.strictObject({
  reference: z.string(),
  status: consultationStatus,
  /** The request and its data are deleted on this date at the latest. */
  deleteAfter: isoDate,
  retentionDays: z.number().int(),
});
export type ConsultationCreated = z.infer<typeof consultationCreated>;

export const referenceParams = z.strictObject({ reference: consultationReference });

/** `GET /api/v1/consultations/by-reference/:reference`: what the person sees (no name, masked mobile). */
export const consultationPublicStatus = z.strictObject({
  reference: z.string(),
  status: consultationStatus,
  mobile: z.string().describe('masked, e.g. 138****5678'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deleteAfter: isoDate,
  hasAssessment: z.boolean(),
});
export type ConsultationPublicStatus = z.infer<typeof consultationPublicStatus>;

export const assessmentSummary = z.strictObject({
  asOf: isoDate,
  total: z.number(),
  standardScore: z.number(),
  meetsStandard: z.boolean(),
  eligible: z.boolean(),
  policyId: z.string(),
  policyHash: z.string(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;

export const consultationNote = z.strictObject({
  at: isoDateTime,
  by: z.string(),
  text: z.string(),
});

/** One row of the consultant's queue: the mobile is masked until revealed (audited). */
export const consultationItem = z.strictObject({
  id: z.uuid(),
  reference: z.string(),
  name: z.string(),
  mobile: z.string().describe('masked'),
  question: z.string(),
  language: z.enum(['zh', 'en']),
  status: consultationStatus,
  notes: z.array(consultationNote),
  assessment: assessmentSummary.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deleteAfter: isoDate,
});
export type ConsultationItem = z.infer<typeof consultationItem>;

export const listConsultationsQuery = z.strictObject({ status: consultationStatus.optional() });
export const consultationsResponse = z.strictObject({ consultations: z.array(consultationItem) });
export type ConsultationsResponse = z.infer<typeof consultationsResponse>;
export const consultationResponse = z.strictObject({ consultation: consultationItem });

/** `PATCH /api/v1/consultations/:id` (consultant): a new status, a note, or both. */
export const updateConsultationRequest = z
  .strictObject({ status: consultationStatus.optional(), note: longText(1000).optional() })
  .refine((v) => v.status !== undefined || v.note !== undefined, { error: 'consultation.emptyUpdate' });
export type UpdateConsultationRequest = z.infer<typeof updateConsultationRequest>;

/** `POST /api/v1/consultations/:id/reveal-mobile`: the full number to call back; audited (PI-1). */
export const revealMobileRequest = z.strictObject({ reason: text(300) });
export const revealMobileResponse = z.strictObject({ mobile: z.string() });
