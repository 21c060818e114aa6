import { z } from 'zod';
import { isoDate } from './common.ts';

/**
 * Issue 17, problem 7: what the holder confirms and HR reviews before
 * submitting. `GET /api/v1/applications/:id/preview`: each claimed indicator
 * with its points and rule ID, computed by the engine on today's date under
 * the policy in force from the holder's stored data; pending lines (P-2)
 * as pending with what they wait for; the last approved total beside it and
 * the lines that changed. No personal data beyond the holder's name.
 */
const localized = z.strictObject({ zh: z.string(), en: z.string() });

export const pendingLineView = z.strictObject({
  kind: z.literal('wage'),
  year: z.number().int(),
  ruleId: z.literal('P-2'),
  message: localized,
});

export const claimedLineView = z.strictObject({
  indicator: z.string(),
  ruleId: z.string(),
  name: localized,
  points: z.number(),
  reason: localized.nullable(),
  pending: pendingLineView.nullable(),
});
export type ClaimedLineView = z.infer<typeof claimedLineView>;

export const lineChangeView = z.strictObject({
  indicator: z.string(),
  ruleId: z.string(),
  name: localized,
  before: z.number(),
  after: z.number(),
  pending: pendingLineView.nullable(),
  text: localized,
});

export const applicationPreview = z.strictObject({
  /** The day the engine computed on (Shanghai's today) and the policy in force then (P-1). */
  asOf: isoDate,
  policyId: z.string(),
  policyHash: z.string(),
  /** The engine's total; a pending line counts 0 until its data is published. */
  total: z.number(),
  standardScore: z.number(),
  lines: z.array(claimedLineView),
  /** Null when the holder's data cannot be assessed yet (no claims on file): the reason and what to do. */
  unavailable: z.strictObject({ code: z.string(), message: localized }).nullable(),
  lastApproved: z
    .strictObject({
      number: z.string(),
      approvedOn: isoDate.nullable(),
      total: z.number(),
      /** False when the approved decision was stored without its input: the total is known, its lines are not. */
      linesKnown: z.boolean(),
      changes: z.array(lineChangeView),
      explanation: localized,
    })
    .nullable(),
});
export type ApplicationPreview = z.infer<typeof applicationPreview>;

export const applicationPreviewResponse = z.strictObject({ preview: applicationPreview });
export type ApplicationPreviewResponse = z.infer<typeof applicationPreviewResponse>;
