import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from '../points/input.ts';
import { fixturePolicy, summaryInput } from '../points/test-fixtures.ts';
import { checkCompliance } from './check-compliance.ts';

// Issue 10, item 8: a holder who claimed no title "passed" C-4 ("岗位与所申报的职称相符").
const c4 = (patch: Partial<AssessmentInput>, explain = true) =>
  checkCompliance({ ...summaryInput(), ...patch } as AssessmentInput, '2026-03-01', fixturePolicy(), { explain }).find(
    (c) => c.ruleId === 'C-4',
  );

describe('C-4 with nothing to check', () => {
  it('says "not applicable" in both languages, never "met", and bars nothing', () => {
    const check = c4({});
    expect(check).toMatchObject({ passed: true, notApplicable: true });
    expect(check?.message?.zh).toContain('不适用');
    expect(check?.message?.zh).not.toContain('相符');
    expect(check?.message?.en).toContain('not applicable');
    expect(c4({}, false)?.notApplicable).toBe(true);
  });

  it('is applicable as soon as a title or a shortage major is claimed', () => {
    const title = c4({ title: { level: 'senior', obtainedInShanghai: true, jobMatches: true } });
    expect(title?.notApplicable).toBeUndefined();
    expect(title?.message?.zh).toContain('C-4 通过');
    expect(c4({ shortageMajor: { jobMatches: false } })).toMatchObject({ passed: false });
    expect(c4({ shortageMajor: { jobMatches: false } })?.notApplicable).toBeUndefined();
  });
});
