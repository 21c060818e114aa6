import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessPoints } from './assess.ts';
import { assessmentInputJsonSchema, assessmentInputSchema } from './input-schema.ts';
import { fixturePolicy } from './test-fixtures.ts';

const docs = (name: string) => fileURLToPath(new URL(`../../../../docs/${name}`, import.meta.url));
const generated = `${JSON.stringify(assessmentInputJsonSchema(), null, 2)}\n`;

describe('assessmentInputSchema', () => {
  it('docs/assessment-input.schema.json is the schema generated from zod (JIFEN_WRITE_SCHEMA=1 rewrites it)', () => {
    if (process.env.JIFEN_WRITE_SCHEMA === '1') writeFileSync(docs('assessment-input.schema.json'), generated);
    expect(readFileSync(docs('assessment-input.schema.json'), 'utf8')).toBe(generated);
  });

  it('docs/examples/assessment.json is a valid input and scores', () => {
    const example = JSON.parse(readFileSync(docs('examples/assessment.json'), 'utf8'));
    const parsed = assessmentInputSchema.safeParse(example);
    expect(parsed.error?.issues).toBeUndefined();
    if (!parsed.success) return;
    const a = assessPoints(parsed.data, '2026-03-01', fixturePolicy());
    expect(a.total).toBeGreaterThan(0);
  });

  it.each([
    [
      {
        education: 'benke',
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: 0,
          insuredThisMonth: true,
          monthsPaidInWindow: 0,
          baseMultipleTier: null,
        },
      },
      'give birthDate or age',
    ],
    [
      {
        age: 30,
        education: 'phd',
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: 0,
          insuredThisMonth: true,
          monthsPaidInWindow: 0,
          baseMultipleTier: null,
        },
      },
      'education must be one of',
    ],
    [
      {
        birthDate: '1990-02-30',
        education: 'benke',
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: 0,
          insuredThisMonth: true,
          monthsPaidInWindow: 0,
          baseMultipleTier: null,
        },
      },
      'real calendar date',
    ],
    [
      { age: 30, education: 'benke', socialInsurance: { kind: 'records', months: [{ month: '2026-13', paid: true }] } },
      'YYYY-MM',
    ],
    [
      {
        age: 30,
        education: 'benke',
        socialInsurance: {
          kind: 'records',
          months: [
            { month: '2026-01', paid: true },
            { month: '2026-01', paid: true },
          ],
        },
      },
      'only once',
    ],
    [
      {
        age: 30,
        education: 'benke',
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: -1,
          insuredThisMonth: true,
          monthsPaidInWindow: 0,
          baseMultipleTier: null,
        },
      },
      'cannot be negative',
    ],
    // The route fuzz found a total beyond a stored integer from an unbounded count: every count has a ceiling.
    [
      {
        age: 30,
        education: 'benke',
        publicServiceYears: Number.MAX_SAFE_INTEGER,
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: 1,
          insuredThisMonth: true,
          monthsPaidInWindow: 0,
          baseMultipleTier: null,
        },
      },
      'publicServiceYears cannot exceed 100',
    ],
    [
      {
        age: 30,
        education: 'benke',
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: 1201,
          insuredThisMonth: true,
          monthsPaidInWindow: 13,
          baseMultipleTier: null,
        },
      },
      'qualifyingMonths cannot exceed 1200',
    ],
    [
      {
        age: 30,
        education: 'benke',
        contractEmployerUscc: 'abc',
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: 1,
          insuredThisMonth: true,
          monthsPaidInWindow: 0,
          baseMultipleTier: null,
        },
      },
      'unified social credit code',
    ],
  ])('rejects %j with a clear message', (value, message) => {
    const r = assessmentInputSchema.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' | ')).toContain(message);
  });
});
