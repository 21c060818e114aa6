import { msg } from '@jifen/messages/domain';
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
        message: msg('points.age.birthAfterAsOf', { birthDate: input.birthDate, asOf }),
        details: { path: 'birthDate', birthDate: input.birthDate, asOf },
      };
    const age = ageOn(input.birthDate, asOf);
    if (age < MIN_APPLICANT_AGE)
      return {
        code: 'VALIDATION.BIRTH_DATE',
        ruleId: 'S-2',
        message: msg('points.age.birthTooYoung', { birthDate: input.birthDate, asOf, minAge: MIN_APPLICANT_AGE, age }),
        details: { path: 'birthDate', birthDate: input.birthDate, asOf, age },
      };
    return null;
  }
  if (input.age !== undefined && input.age < MIN_APPLICANT_AGE)
    return {
      code: 'VALIDATION.AGE',
      ruleId: 'S-2',
      message: msg('points.age.ageTooLow', { minAge: MIN_APPLICANT_AGE }),
      details: { path: 'age', age: input.age },
    };
  return null;
}
