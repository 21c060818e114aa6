import { describe, expect, it } from 'vitest';
import { wageYearMissing } from '../policy/wage-table.ts';
import { assessPoints } from './assess.ts';
import { claimedLines, compareClaimedLines } from './claimed-lines.ts';
import type { PointsLine } from './line.ts';
import { EMPLOYER, FIXTURE_WAGES, fixturePolicy, monthsEnding } from './test-fixtures.ts';

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
    const gone = compareClaimedLines(
      claimedLines({ lines: approved }),
      claimedLines({ lines: approved.filter((l) => l.indicator !== 'education') }),
    );
    expect(gone.map((c) => [c.indicator, c.before, c.after])).toEqual([['education', 90, 0]]);
    expect(compareClaimedLines(claimedLines({ lines: approved }), claimedLines({ lines: approved }))).toEqual([]);
  });
});

describe('the pending S-9 line on the wage switch (S-9 wageSwitchMonth July, P-2)', () => {
  // Without the 2025 wage: June 2026 is still judged on the 2024 figure, July 2026 needs 2025's.
  const { '2025': _missing, ...wages } = FIXTURE_WAGES;
  const policy = fixturePolicy({ wages });
  // Exactly the 36 months the 1x tier needs: with July 2026 unknown, the 2025 figure decides the tier (S-9: pending only when it can change the result).
  const lineOn = (asOf: string, lastMonth: string) =>
    claimedLines(
      assessPoints(
        {
          birthDate: '1990-03-07',
          education: 'benke_bachelor',
          contractEmployerUscc: EMPLOYER,
          socialInsurance: { kind: 'records', months: monthsEnding(lastMonth, 36) },
        },
        asOf,
        policy,
      ),
    ).find((l) => l.indicator === 'baseMultiple');

  it('scores on 2026-06-30 with months up to June, and waits for 2025 from the July month on', () => {
    const june = lineOn('2026-06-30', '2026-06');
    expect(june?.pending ?? null).toBeNull();
    expect(june?.points).toBeGreaterThan(0);
    const july = lineOn('2026-07-01', '2026-07');
    expect(july).toMatchObject({ points: 0, pending: { year: 2025, ruleId: 'P-2' } });
  });
});
