import { z } from 'zod';
import { complianceParams } from './params/compliance.ts';
import { lifecycleParams } from './params/lifecycle.ts';
import { materialsParams } from './params/materials.ts';
import { pointsParams } from './params/points.ts';
import { workflowParams } from './params/workflow.ts';
import type { Values } from './param.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

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
