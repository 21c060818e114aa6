import { ageOn } from '../dates/index.ts';
import type { DomainError } from '../result.ts';
import type { AssessmentInput } from './input.ts';

/** S-2: the youngest applicant the system accepts (the legal working age). */
export const MIN_APPLICANT_AGE = 16;

/**
 * S-2: a birth date after the evaluation date, or an applicant under 16 on
 * it, is invalid input, never 30 points. The schema cannot see `asOf`, so
 * every caller that has both (API, CLI, web form, engine) asks here. The
 * error names the field (`details.path`) and says how to fix it.
 */
export function ageInputError(input: Pick<AssessmentInput, 'birthDate' | 'age'>, asOf: string): DomainError | null {
  if (input.birthDate !== undefined) {
    if (input.birthDate > asOf)
      return {
        code: 'VALIDATION.BIRTH_DATE',
        ruleId: 'S-2',
        message: {
          zh: `出生日期（birthDate）${input.birthDate}晚于测评日${asOf}：请填写真实的出生日期`,
          en: `The birth date (birthDate) ${input.birthDate} is after the evaluation date ${asOf}: enter the real birth date`,
        },
        details: { path: 'birthDate', birthDate: input.birthDate, asOf },
      };
    const age = ageOn(input.birthDate, asOf);
    if (age < MIN_APPLICANT_AGE)
      return {
        code: 'VALIDATION.BIRTH_DATE',
        ruleId: 'S-2',
        message: {
          zh: `出生日期（birthDate）${input.birthDate}在测评日${asOf}未满${MIN_APPLICANT_AGE}周岁（${age}周岁）：请检查出生日期`,
          en: `With the birth date (birthDate) ${input.birthDate} the applicant is ${age}, under ${MIN_APPLICANT_AGE}, on the evaluation date ${asOf}: check the birth date`,
        },
        details: { path: 'birthDate', birthDate: input.birthDate, asOf, age },
      };
    return null;
  }
  if (input.age !== undefined && input.age < MIN_APPLICANT_AGE)
    return {
      code: 'VALIDATION.AGE',
      ruleId: 'S-2',
      message: {
        zh: `年龄（age）须至少${MIN_APPLICANT_AGE}周岁`,
        en: `The age (age) must be at least ${MIN_APPLICANT_AGE}`,
      },
      details: { path: 'age', age: input.age },
    };
  return null;
}
