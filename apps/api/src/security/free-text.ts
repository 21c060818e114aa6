import { isIsoDate, maskResidentId, parseResidentId } from '@jifen/domain';
import { maskMobile } from './pii.ts';

/**
 * PI-1 for free text (issue 11 item 7, issue 18 item 8): a resident ID number
 * or a mobile number typed into a question, a note or a reason is stored and
 * shown masked, as everywhere else, however it is spelled: full-width digits
 * (１３８…), Chinese numerals (一三八…, 壹叁捌…), digits split by spaces,
 * dots, hyphens or slashes, zero-width and other invisible format characters
 * inside, letters glued on either side, a +86 prefix, and 15-digit
 * first-generation IDs.
 *
 * How: each character is read as NFKC would write it, format characters
 * (\p{Cf}: zero-width spaces, joiners, BOM) are dropped and Chinese numerals
 * read as digits; runs of digits joined by at most three separators are
 * tried group by group, longest first. A candidate counts only when it is a
 * person's number: an 18-character ID passing I-1 (address code, birth date,
 * check character), a 15-digit ID with a real 19YY birth date, or a mobile
 * 1[3-9] plus 9 digits (I-3), optionally after 86. The span it covers in the
 * ORIGINAL text is replaced by the masked form, so the text that is stored
 * is the text that was matched, with everything around it kept as typed.
 * Other numbers (order numbers, amounts, dates) are left.
 *
 * Log lines use redact.ts, which masks by shape and calls this for text
 * that is not plain ASCII.
 */

const CHINESE_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  壹: '1',
  幺: '1',
  二: '2',
  贰: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
};
const FORMAT_CHAR = /^\p{Cf}$/u;
/** What may stand between the groups of one number (after NFKC: full-width forms are ASCII here). */
const SEPARATOR = /^[\s.\-_·・/()+]$/u;
const MAX_SEPARATORS = 3;
/** Digits in any spelling, for the cheap first look. */
const DIGIT_LIKE = /[\p{Nd}〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖]/gu;

/** One character of the normalised view, and the span of the original it came from. */
interface Unit {
  ch: string;
  from: number;
  to: number;
}

function normalisedUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  for (const cp of text) {
    const from = i;
    i += cp.length;
    if (FORMAT_CHAR.test(cp)) continue;
    const n = CHINESE_DIGITS[cp] ?? cp.normalize('NFKC');
    for (const ch of n) units.push({ ch, from, to: i });
  }
  return units;
}

const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/** A maximal run of digits (and an X straight after them: an ID's check character). */
interface Group {
  digits: string;
  x: boolean;
  /** Unit indexes of the first and last digit (the X excluded). */
  start: number;
  end: number;
}

/** Runs of groups joined by separators only. */
function runsOf(units: Unit[]): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let k = 0;
  while (k < units.length) {
    if (!isDigit(units[k]!.ch)) {
      k++;
      continue;
    }
    const start = k;
    let digits = '';
    while (k < units.length && isDigit(units[k]!.ch)) digits += units[k++]!.ch;
    const end = k - 1;
    const x = k < units.length && (units[k]!.ch === 'X' || units[k]!.ch === 'x');
    if (x) k++;
    // Joined to the previous group when only a few separators stand between them.
    const last = run[run.length - 1];
    let joined = false;
    if (last && !last.x) {
      let gap = last.end + 1;
      while (gap < start && SEPARATOR.test(units[gap]!.ch)) gap++;
      joined = gap === start && start - last.end - 1 <= MAX_SEPARATORS;
    }
    if (!joined && run.length) {
      runs.push(run);
      run = [];
    }
    run.push({ digits, x, start, end });
  }
  if (run.length) runs.push(run);
  return runs;
}

function isOldResidentId(digits: string): boolean {
  if (!/^[1-9]\d{14}$/.test(digits)) return false;
  return isIsoDate(`19${digits.slice(6, 8)}-${digits.slice(8, 10)}-${digits.slice(10, 12)}`);
}

const MOBILE = /^(?:86)?(1[3-9]\d{9})$/;

/** The masked form of a candidate, or null when it is no person's number. */
function maskedForm(digits: string, withX: boolean): string | null {
  if (withX) return digits.length === 17 && parseResidentId(`${digits}X`).ok ? maskResidentId(`${digits}X`) : null;
  if (digits.length === 18) return parseResidentId(digits).ok ? maskResidentId(digits) : null;
  if (digits.length === 15) return isOldResidentId(digits) ? maskResidentId(digits) : null;
  const mobile = MOBILE.exec(digits);
  return mobile ? maskMobile(mobile[1]!) : null;
}

interface Replacement {
  from: number;
  to: number;
  masked: string;
}

/** The longest number of a person starting at group i of a run, if any. */
function longestAt(run: Group[], i: number, units: Unit[]): (Replacement & { lastGroup: number }) | null {
  let digits = '';
  let best: (Replacement & { lastGroup: number }) | null = null;
  // A group is never cut: a single run of digits longer than a number is something else (an order number).
  for (let j = i; j < run.length && digits.length + run[j]!.digits.length <= 18; j++) {
    const g = run[j]!;
    digits += g.digits;
    const options: [boolean, number][] = g.x
      ? [
          [true, g.end + 1],
          [false, g.end],
        ]
      : [[false, g.end]];
    for (const [withX, lastUnit] of options) {
      const masked = maskedForm(digits, withX);
      if (!masked || (best && best.masked.length >= masked.length)) continue;
      let from = units[run[i]!.start]!.from;
      // "+86 138…": the plus sign goes with the number.
      if (digits.startsWith('86') && masked.length === 11) {
        let k = run[i]!.start - 1;
        while (k >= 0 && units[k]!.ch === ' ') k--;
        if (k >= 0 && units[k]!.ch === '+') from = units[k]!.from;
      }
      best = { from, to: units[lastUnit]!.to, masked, lastGroup: j };
    }
  }
  return best;
}

export function maskIdNumbersInText(text: string): string {
  // Every number masked here has at least 11 digits; most text has far fewer, and is returned as it is.
  if ((text.match(DIGIT_LIKE)?.length ?? 0) < 11) return text;
  const units = normalisedUnits(text);
  const replacements: Replacement[] = [];
  for (const run of runsOf(units)) {
    for (let i = 0; i < run.length; i++) {
      const found = longestAt(run, i, units);
      if (!found) continue;
      replacements.push(found);
      i = found.lastGroup;
    }
  }
  if (replacements.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += text.slice(at, r.from) + r.masked;
    at = r.to;
  }
  return out + text.slice(at);
}

/** The same for optional text (a reason that may be absent). */
export const maskIdNumbersInOptionalText = <T extends string | null | undefined>(text: T): T =>
  (typeof text === 'string' ? maskIdNumbersInText(text) : text) as T;
