import { msg } from '@jifen/messages/domain';
import { readDateParts } from '../dates/epoch-day.ts';
import { err, ok, type DomainError, type IsoDate, type LocalizedText, type Result } from '../result.ts';

/** I-1: GB 11643-1999 resident identity number (公民身份号码). */
export interface ResidentId {
  value: string;
  /** First six digits, the address code of the place of first registration. */
  regionCode: string;
  birthDate: IsoDate;
  sex: 'male' | 'female';
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

function idError(code: string, problem: LocalizedText, details: Record<string, unknown>): DomainError {
  return {
    code: `ID.${code}`,
    ruleId: 'I-1',
    message: msg('ids.residentId.invalid', { problem }),
    details,
  };
}

/** The MOD 11-2 check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * I-1: validates an 18-character resident ID and reads the birth date and
 * sex from it. A lower-case x is accepted as X. `asOf` (optional) rejects
 * birth dates in the future. The region code is checked for shape only
 * (the official list of codes changes every year and is not shipped).
 */
export function parseResidentId(input: string, asOf?: IsoDate): Result<ResidentId> {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) {
    return err(
      idError('LENGTH', msg('ids.residentId.length', { length: value.length }), {
        length: value.length,
      }),
    );
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return err(idError('CHARS', msg('ids.residentId.format'), {}));
  }
  if (!/^[1-9]\d{5}$/.test(value.slice(0, 6))) {
    return err(idError('REGION', msg('ids.residentId.address'), {}));
  }
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const parts = readDateParts(birth);
  if (!parts || parts.year < 1900 || (asOf !== undefined && birth > asOf)) {
    return err(
      idError('BIRTH_DATE', msg('ids.residentId.birthDate', { date: value.slice(6, 14) }), {
        birthDate: value.slice(6, 14),
      }),
    );
  }
  const expected = residentIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    return err(
      idError('CHECKSUM', msg('ids.residentId.checkChar', { expected, actual: value[17]! }), {
        expected,
        actual: value[17],
      }),
    );
  }
  const sequenceParity = (value.charCodeAt(16) - 48) % 2;
  return ok({ value, regionCode: value.slice(0, 6), birthDate: birth, sex: sequenceParity === 1 ? 'male' : 'female' });
}

/** PI-1: the form shown in the UI, logs and exports: first 4 and last 4 kept, e.g. 3101**********123X. */
export function maskResidentId(id: string): string {
  const v = id.trim().toUpperCase();
  if (v.length <= 8) return '*'.repeat(v.length);
  return `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`;
}
