import { describe, expect, it } from 'vitest';
import { nextPollDelay, POLL_MAX_MS, POLL_MIN_MS } from './online-consult-api.ts';
import { ruleIdsIn } from './rule-ids.ts';
import { messages } from './messages.ts';

describe('online consultation helpers (issue #14)', () => {
  it('polls with backoff: back to 2 s after a change, ×1.5 when unchanged, at most 10 s', () => {
    let d = POLL_MIN_MS;
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) seen.push((d = nextPollDelay(d, false)));
    expect(seen).toEqual([3000, 4500, 6750, POLL_MAX_MS, POLL_MAX_MS, POLL_MAX_MS, POLL_MAX_MS, POLL_MAX_MS]);
    expect(nextPollDelay(POLL_MAX_MS, true)).toBe(POLL_MIN_MS);
  });

  it.each([
    ['根据规则 L-4，逾期未超过90天的（L-5、L-7）', ['L-4', 'L-5', 'L-7']],
    ['PI-1 and PI-3; L-4 again L-4', ['PI-1', 'PI-3', 'L-4']],
    ['no rules, XL-4x', []],
  ])('finds the rule IDs in %s', (text, ids) => expect(ruleIdsIn(text)).toEqual(ids));

  it('has the same keys in Chinese and English', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(messages.en).sort()).toEqual(keys(messages['zh-CN']).sort());
  });
});
