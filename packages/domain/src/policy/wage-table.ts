import { z } from 'zod';
import { msg } from '@jifen/messages/domain';
import { err, ok, type DomainError, type Result } from '../result.ts';

/**
 * S-9 / S-4: Shanghai's average monthly wage per year (全市职工月平均工资,
 * since 2019 the 全口径城镇单位就业人员平均工资 used as the social-insurance
 * base reference). `year` is the year the average describes; it is
 * published the following year and used as "the previous year's average"
 * from then on. Which year an assessment compares against is the scorer's
 * choice; this table only answers for years it has, with their source.
 */
export const wageTableSchema = z.strictObject({
  region: z.literal('shanghai'),
  unit: z.literal('CNY/month'),
  description: z.string().min(3),
  years: z
    .array(
      z.strictObject({
        year: z.number().int().min(1990).max(2200),
        monthlyAverage: z.number().int().positive(),
        source: z.string().min(3),
        /**
         * S-9: the first month whose contribution bases were judged against
         * this figure (YYYY-MM), when the city's switch month that year is
         * known (April until 2019, July since). Absent: the policy's
         * `wageSwitchMonth` of the following year.
         */
        appliesFrom: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM')
          .optional(),
      }),
    )
    .min(1),
});

export type WageTableDoc = z.output<typeof wageTableSchema>;

export interface WageTable {
  byYear: ReadonlyMap<number, { monthlyAverage: number; source: string; appliesFrom?: string }>;
  doc: WageTableDoc;
}

export function buildWageTable(doc: WageTableDoc): Result<WageTable> {
  const byYear = new Map<number, { monthlyAverage: number; source: string; appliesFrom?: string }>();
  for (const row of doc.years) {
    if (byYear.has(row.year)) {
      return err({
        code: 'WAGE.INVALID',
        ruleId: 'S-9',
        message: msg('policy.wage.yearTwice', { year: row.year }),
        details: { year: row.year },
      });
    }
    // A year's figure is announced the following year: it cannot apply to a month of the year it describes.
    if (row.appliesFrom !== undefined && Number(row.appliesFrom.slice(0, 4)) <= row.year) {
      return err({
        code: 'WAGE.INVALID',
        ruleId: 'S-9',
        message: msg('policy.wage.appliesTooEarly', {
          year: row.year,
          appliesFrom: row.appliesFrom,
          announced: row.year + 1,
        }),
        details: { year: row.year, appliesFrom: row.appliesFrom },
      });
    }
    byYear.set(
      row.year,
      row.appliesFrom === undefined
        ? { monthlyAverage: row.monthlyAverage, source: row.source }
        : { monthlyAverage: row.monthlyAverage, source: row.source, appliesFrom: row.appliesFrom },
    );
  }
  return ok({ byYear, doc });
}

export function wageYearMissing(year: number): DomainError {
  return {
    code: 'WAGE.YEAR_MISSING',
    ruleId: 'P-2',
    message: msg('policy.wage.yearMissing', { year }),
    details: { year },
  };
}

/** The average monthly wage of `year`, or WAGE.YEAR_MISSING (P-2); never the nearest year. */
export function averageMonthlyWage(table: WageTable, year: number): Result<{ monthlyAverage: number; source: string }> {
  const row = table.byYear.get(year);
  return row ? ok(row) : err(wageYearMissing(year));
}
