import { describe, expect, it } from 'vitest';
import type { ComparisonResponse } from '@jifen/contracts';
import { affectedCases, rangeLabel } from './compare-cases.ts';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const holder = (n: number, name: string, totalA: number, totalB: number) => ({
  holderId: id(n),
  name,
  residentIdMasked: `3101**********00${n}`,
  totalA,
  totalB,
});

const cases: ComparisonResponse['cases'] = {
  assessed: 5,
  notAssessable: 1,
  crossedUp: [holder(1, '张三', 115, 125)],
  crossedDown: [holder(2, '李四', 122, 118)],
  // The API lists every changed total here too, crossing or not.
  changed: [holder(1, '张三', 115, 125), holder(2, '李四', 122, 118), holder(3, '王五', 90, 95)],
  datesMoved: [
    { holderId: id(3), name: '王五', expiresOn: '2027-03-01', ruleId: 'L-2', a: '2027-01-30', b: '2027-01-15' },
    { holderId: id(4), name: '赵六', expiresOn: '2027-05-01', ruleId: 'L-3', a: '2027-06-30', b: '2027-07-30' },
  ],
  distribution: [],
};

describe('affected cases of a comparison', () => {
  it('lists each holder once with their crossing and moved dates', () => {
    const rows = affectedCases(cases);
    expect(rows.map((r) => [r.name, r.crossing, r.totalA, r.totalB, r.datesMoved])).toEqual(
      [
        ['张三', 'up', 115, 125, []],
        ['李四', 'down', 122, 118, []],
        ['王五', 'none', 90, 95, ['L-2 2027-01-30→2027-01-15']],
        ['赵六', 'none', null, null, ['L-3 2027-06-30→2027-07-30']],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('labels buckets, the top one open', () => {
    expect(rangeLabel({ from: 110, to: 119 })).toBe('110–119');
    expect(rangeLabel({ from: 140, to: null })).toBe('140+');
  });
});
