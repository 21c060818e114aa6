import type { DomainError, RuleId } from '../result.ts';

/** P-2: the average wage of a year the rule needs is not in the policy's wage table. */
export function wageMissingError(year: number, ruleId: RuleId): DomainError {
  return {
    code: 'WAGE.YEAR_MISSING',
    ruleId,
    message: {
      zh: `缺少${year}年上海市职工平均工资，无法计算（P-2），不作估算`,
      en: `The ${year} Shanghai average wage is missing from the wage table (P-2); not estimated`,
    },
    details: { year },
  };
}
