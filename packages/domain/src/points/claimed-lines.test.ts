import { describe, expect, it } from 'vitest';
import { wageYearMissing } from '../policy/wage-table.ts';
import { claimedLines, compareClaimedLines } from './claimed-lines.ts';
import type { PointsLine } from './line.ts';

const approved: PointsLine[] = [
  { indicator: 'age', ruleId: 'S-2', points: 30 },
  { indicator: 'education', ruleId: 'S-3', points: 90 },
  { indicator: 'title', ruleId: 'S-4', points: 0 },
  { indicator: 'baseMultiple', ruleId: 'S-9', points: 25 },
];
const today: PointsLine[] = [
  { indicator: 'age', ruleId: 'S-2', points: 25 },
  { indicator: 'education', ruleId: 'S-3', points: 90 },
  { indicator: 'title', ruleId: 'S-4', points: 0 },
  { indicator: 'baseMultiple', ruleId: 'S-9', points: 0, error: { ...wageYearMissing(2025), ruleId: 'S-9' } },
];

describe('the confirmation lines (issue 17, problem 7)', () => {
  it('keeps every scoring indicator and the pending one, drops the unclaimed', () => {
    const lines = claimedLines({ lines: today });
    expect(lines.map((l) => [l.indicator, l.points, l.pending?.year ?? null])).toEqual([
      ['age', 25, null],
      ['education', 90, null],
      ['baseMultiple', 0, 2025],
    ]);
    expect(lines[2]!.pending!.message.zh).toBe('待公布2025年度本市职工平均工资后计算（P-2）');
    expect(lines[1]!.name.zh).toBe('教育背景');
  });

  it('names each line that makes the total differ from the last approved one', () => {
    const changes = compareClaimedLines(claimedLines({ lines: approved }), claimedLines({ lines: today }));
    expect(changes.map((c) => [c.indicator, c.before, c.after])).toEqual([
      ['age', 30, 25],
      ['baseMultiple', 25, 0],
    ]);
    expect(changes[0]!.text.zh).toBe('年龄（S-2）：30分 → 25分（-5）');
    expect(changes[1]!.text.zh).toContain('待公布2025年度本市职工平均工资后计算（P-2）');
    expect(changes[1]!.text.zh).toContain('（-25）');
  });

  it('reports a line that disappeared, and nothing when all agree', () => {
    const gone = compareClaimedLines(claimedLines({ lines: approved }), claimedLines({ lines: approved.filter((l) => l.indicator !== 'education') }));
    expect(gone.map((c) => [c.indicator, c.before, c.after])).toEqual([['education', 90, 0]]);
    expect(compareClaimedLines(claimedLines({ lines: approved }), claimedLines({ lines: approved }))).toEqual([]);
  });
});
