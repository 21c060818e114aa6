import type { PolicySet } from '@jifen/domain';
import { policySet } from '@jifen/policies';
import { describe, expect, it } from 'vitest';
import { createDayMemo } from './day-memo.ts';

describe('createDayMemo (issue 20)', () => {
  const other: PolicySet = { ...policySet };

  it('computes once per policy set, day and key', () => {
    const memo = createDayMemo<{ v: string }>();
    let calls = 0;
    const compute = (v: string) => () => {
      calls++;
      return { v };
    };
    const a = memo(policySet, '2026-12-07', 'x', compute('a'));
    expect(memo(policySet, '2026-12-07', 'x', compute('b'))).toBe(a);
    expect(calls).toBe(1);
    // Another key, another day, another (newly published) set: computed afresh.
    expect(memo(policySet, '2026-12-07', 'y', compute('c')).v).toBe('c');
    expect(memo(policySet, '2026-12-08', 'x', compute('d')).v).toBe('d');
    expect(memo(other, '2026-12-08', 'x', compute('e')).v).toBe('e');
    expect(calls).toBe(4);
    // The day moved on: the earlier day's answers were dropped, not mixed in.
    expect(memo(policySet, '2026-12-07', 'x', compute('f')).v).toBe('f');
  });

  it('shares frozen values, so no response can change another', () => {
    const memo = createDayMemo<{ next: { date: string } }>();
    const v = memo(policySet, '2026-12-07', 'x', () => ({ next: { date: '2026-12-27' } }));
    expect(Object.isFrozen(v) && Object.isFrozen(v.next)).toBe(true);
  });

  it('keeps no failure: a computation that throws is asked again', () => {
    const memo = createDayMemo<string>();
    expect(() =>
      memo(policySet, '2026-12-07', 'x', () => {
        throw new Error('P-2');
      }),
    ).toThrow('P-2');
    expect(memo(policySet, '2026-12-07', 'x', () => 'ok')).toBe('ok');
  });

  it('starts afresh past its size', () => {
    const memo = createDayMemo<string>(2);
    memo(policySet, '2026-12-07', 'a', () => 'a1');
    memo(policySet, '2026-12-07', 'b', () => 'b1');
    memo(policySet, '2026-12-07', 'c', () => 'c1');
    expect(memo(policySet, '2026-12-07', 'a', () => 'a2')).toBe('a2');
  });
});
