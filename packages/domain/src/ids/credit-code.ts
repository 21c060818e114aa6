import { msg } from '@jifen/messages/domain';
import { err, ok, type DomainError, type LocalizedText, type Result } from '../result.ts';

/** I-2: GB 32100-2015 unified social credit code (统一社会信用代码). */
export interface CreditCode {
  value: string;
  /** 1st character: registration authority (登记管理部门码). */
  authority: string;
  /** 2nd character: organisation category (机构类别码). */
  category: string;
  /** Characters 3-8: administrative region code. */
  regionCode: string;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

const MANUAL_HINT = msg('ids.uscc.manualHint');

function codeError(code: string, problem: LocalizedText, details: Record<string, unknown>): DomainError {
  return {
    code: `USCC.${code}`,
    ruleId: 'I-2',
    message: msg('ids.uscc.invalid', { problem, hint: MANUAL_HINT }),
    details: { ...details, manualVerification: true },
  };
}

/** The check character of the first 17 characters (weights 3^(i-1) mod 31; 31 -> '0'). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * I-2: validates a credit code. A failure is not a silent reject: the error
 * says what is wrong and offers the manual-verification path
 * (`details.manualVerification`).
 */
export function parseCreditCode(input: string): Result<CreditCode> {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) {
    return err(
      codeError('LENGTH', msg('ids.uscc.length', { length: value.length }), {
        length: value.length,
      }),
    );
  }
  for (let i = 0; i < 18; i++) {
    if (!ALPHABET.includes(value[i]!)) {
      return err(
        codeError('CHARS', msg('ids.uscc.chars', { position: i + 1, char: value[i]! }), {
          position: i + 1,
        }),
      );
    }
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return err(codeError('REGION', msg('ids.uscc.region'), {}));
  }
  const expected = creditCodeCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    return err(
      codeError('CHECKSUM', msg('ids.uscc.checkChar', { expected, actual: value[17]! }), {
        expected,
        actual: value[17],
      }),
    );
  }
  return ok({ value, authority: value[0]!, category: value[1]!, regionCode: value.slice(2, 8) });
}
