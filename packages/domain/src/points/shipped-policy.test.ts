import { policySet } from '@jifen/policies';
import { describe, expect, it } from 'vitest';
import { assessPoints } from './assess.ts';
import { assessmentPolicyOn } from './assessment-policy.ts';
import { monthsEnding, summaryInput, EMPLOYER } from './test-fixtures.ts';

// The worked cases again, on the shipped sh-2026 version and wage table.
describe('shipped policy data', () => {
  const selected = assessmentPolicyOn(policySet, '2026-03-01');
  if (!selected.ok) throw new Error(selected.error.message.en);
  const policy = selected.value;

  it.each([
    [summaryInput({ age: 30, education: 'benke_bachelor', qualifyingMonths: 48 }), 132],
    [summaryInput({ age: 45, education: 'master', qualifyingMonths: 12 }), 130],
    [summaryInput({ age: 52, education: 'dazhuan', qualifyingMonths: 72 }), 81],
  ])('case -> %#: %i on sh-2026', (input, total) => {
    const a = assessPoints(input, '2026-03-01', policy);
    expect(a.policyId).toBe('sh-2026');
    expect(a.policyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.total).toBe(total);
  });

  it('S-9 switch month: 2026-01..06 are judged against the shipped 2024 figure; from 2026-07 the 2025 figure is needed (P-2 until loaded)', () => {
    const input = (last: string) => ({
      ...summaryInput(),
      contractEmployerUscc: EMPLOYER,
      socialInsurance: { kind: 'records' as const, months: monthsEnding(last, 48, 30000) },
    });
    const march = assessPoints(input('2026-03'), '2026-03-01', policy).lines.find((l) => l.ruleId === 'S-9');
    expect(march?.error).toBeUndefined();
    expect(march?.points).toBe(100);
    const july = assessmentPolicyOn(policySet, '2026-07-01');
    if (!july.ok) throw new Error(july.error.message.en);
    const line = assessPoints(input('2026-07'), '2026-07-01', july.value).lines.find((l) => l.ruleId === 'S-9');
    // 47 months judged on the 2024 and earlier figures reach 2x (100); the one 2025-judged month cannot make 24 at 3x,
    // so a missing 2025 figure cannot change the result (S-9, P-2 only when it matters).
    expect(line?.error).toBeUndefined();
    expect(line?.points).toBe(100);
  });
});
