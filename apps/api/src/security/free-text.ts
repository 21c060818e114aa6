import { maskResidentId, parseMobile, parseResidentId } from '@jifen/domain';
import { maskMobile } from './pii.ts';

/**
 * PI-1 for free text (issue 11, item 7): a full resident ID number or a
 * mobile number typed into a question, a note or a reason is stored and
 * shown masked, as everywhere else. Detection is precise, not by shape: an
 * 18-character run counts only when it passes the I-1 check (address code,
 * birth date, check character), and a mobile is 11 digits starting with 1
 * (I-3), written plainly, with +86/86 before it, or in 3-4-4 groups with
 * spaces or hyphens. Other long numbers (order numbers, amounts) are left.
 *
 * Log lines use redact.ts instead, which masks by shape: a log may over-mask,
 * a consultant's note should not.
 */
const RESIDENT_ID_CANDIDATE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_CANDIDATE = /(?<![\d+])(?:\+?86[\s-]?)?1\d{2}[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;

export function maskIdNumbersInText(text: string): string {
  // Both need 11 digits; most text has far fewer, and is returned as it is.
  if (!/\d/.test(text) || (text.match(/\d/g)?.length ?? 0) < 11) return text;
  return text
    .replace(RESIDENT_ID_CANDIDATE, (m) => (parseResidentId(m).ok ? maskResidentId(m) : m))
    .replace(MOBILE_CANDIDATE, (m) => {
      const mobile = parseMobile(m);
      return mobile.ok ? maskMobile(mobile.value) : m;
    });
}

/** The same for optional text (a reason that may be absent). */
export const maskIdNumbersInOptionalText = <T extends string | null | undefined>(text: T): T =>
  (typeof text === 'string' ? maskIdNumbersInText(text) : text) as T;
