import { randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET } from '@jifen/contracts';

/**
 * A reference code the person keeps to see the status and withdraw:
 * 10 characters over 31 symbols (~49.5 bits), `XXXXX-XXXXX`. Lookups are
 * rate-limited, so guessing one is impractical.
 */
export function newReferenceCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}
