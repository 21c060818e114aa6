/**
 * I-2, GB 32100-2015: 18 characters over 0-9 and A-Y without I, O, S, V, Z;
 * weights 3^(i-1) mod 31; check = 31 - (sum mod 31), where 31 becomes '0'.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccCheck = 'ok' | 'format' | 'checksum';

export function checkUsccInBrowser(raw: string): UsccCheck {
  const code = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return 'format';
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(code.charAt(i)) * (WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET.charAt(check) === code.charAt(17) ? 'ok' : 'checksum';
}
