import { z } from 'zod';
import { complianceParams } from './params/compliance.ts';
import { lifecycleParams } from './params/lifecycle.ts';
import { materialsParams } from './params/materials.ts';
import { pointsParams } from './params/points.ts';
import { workflowParams } from './params/workflow.ts';
import type { Values } from './param.ts';
import { isIsoDate } from '../dates/index.ts';

// A real calendar date, not only the YYYY-MM-DD shape (2026-02-30 is refused).
const isoDate = z.string().refine(isIsoDate, 'expected a real calendar date as YYYY-MM-DD');

/** P-1: one policy version, every parameter with its source. */
export const policyVersionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  source: z.string().min(3),
  lifecycle: lifecycleParams,
  workflow: workflowParams,
  materials: materialsParams,
  compliance: complianceParams,
  points: pointsParams,
});

export type PolicyVersionInput = z.input<typeof policyVersionSchema>;
export type PolicyVersionDoc = z.output<typeof policyVersionSchema>;

type Sections = Pick<PolicyVersionDoc, 'lifecycle' | 'workflow' | 'materials' | 'compliance' | 'points'>;

/**
 * What the rules read: the values without their source notes, plus the
 * version's identity and the hash of its parameters (P-3).
 */
export type PolicyParams = { [K in keyof Sections]: Values<Sections[K]> };
