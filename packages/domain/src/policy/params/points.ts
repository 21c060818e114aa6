import { z } from 'zod';
import { param, points, positiveInt } from '../param.ts';

const tier = z.strictObject({
  minMultiple: z.number().min(0),
  /** exclusive upper bound; null = no upper bound */
  maxMultiple: z.number().positive().nullable(),
  months: positiveInt,
  windowYears: positiveInt,
  points,
});

const yearsAfter = z.strictObject({
  pointsPerYear: points,
  afterYears: z.number().int().min(0),
  max: points.nullable(),
});

/** S-1..S-17: indicator values of the measures. */
export const pointsParams = z.strictObject({
  standardScore: param(points),
  age: param(
    z.strictObject({
      basePoints: points, // S-2: points at baseMinAge..baseMaxAge
      baseMinAge: positiveInt,
      baseMaxAge: positiveInt, // older than this scores 0
      pointsPerYearYounger: points,
      max: points,
    }),
  ),
  education: param(
    z.strictObject({ dazhuan: points, benke: points, benke_bachelor: points, master: points, doctor: points }),
  ),
  title: param(
    z.strictObject({
      skill5: points,
      skill4: points,
      skill3: points,
      skill2: points,
      intermediate: points,
      skill1: points,
      senior: points,
    }),
  ),
  /** S-4: the title route needs this many months in the last year at >= this multiple of the average wage. */
  titleSiBase: param(
    z.strictObject({ months: positiveInt, windowMonths: positiveInt, minMultiple: z.number().min(0) }),
  ),
  /** S-6: points per full 12 qualifying months. */
  siYearPoints: param(points),
  shortageMajor: param(points),
  entrepreneur: param(points),
  /** S-9: one tier only, the highest reached. */
  baseMultipleTiers: param(z.array(tier).min(1)),
  /**
   * S-9 / S-4: the month (1-12) from which a year's average wage, announced
   * the next year, is the reference for contribution bases: a month of year
   * Y before it compares with the wage of Y-2, from it on with Y-1.
   */
  wageSwitchMonth: param(z.number().int().min(1).max(12)),
  publicService: param(yearsAfter),
  remoteSuburb: param(yearsAfter),
  freshGraduate: param(points),
  commendation: param(z.strictObject({ municipal_bureau: points, municipal: points, provincial: points })),
  spouseHukou: param(z.strictObject({ pointsPerYear: points, max: points })),
  investment: param(
    z.strictObject({ pointsPerUnit: points, taxUnitYuan: positiveInt, hiresUnit: positiveInt, cap: points }),
  ),
});
