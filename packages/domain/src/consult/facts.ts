import { addDays, addMonths, isIsoDate } from '../dates/index.ts';
import type { IsoDate } from '../result.ts';

/**
 * Dates and numbers in a question that the rules can compute with (L-8):
 * "我的居住证2026年7月31日到期" names an expiry date; "过期70天了" says the
 * permit expired 70 days before the day asked on; "还有10天到期" says it
 * expires in 10 days. Recognised in Chinese and English; Chinese numerals
 * up to 999 are read (七十, 两个月).
 */
export interface QuestionFacts {
  /** The permit's expiry date as the question gives it, or as computed from "N days overdue / left". */
  expiry: IsoDate | null;
  /** How the expiry was found, for the explanation. */
  basis:
    | { kind: 'date'; text: string }
    | { kind: 'overdue'; days: number; text: string }
    | { kind: 'until'; days: number; text: string }
    | null;
}

// The numerals here and the phrasings below are what a question may say, matched and never shown: data, not messages.
const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 70, 七十, 二十五, 一百零五, 两 -> numbers; null if it is not a number. */
export function readNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CN_DIGIT[ch] ?? 0;
    }
  }
  return total + current;
}

const NUM = '(\\d{1,4}|[零〇一二两三四五六七八九十百]{1,5})';
const FULL_DATE = /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*[日号]?/;
const MONTH_DAY = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
const OVERDUE_ZH = new RegExp(`(?:过期|逾期|超期|到期|过了期)(?:了|已经|已)?(?:有)?\\s*${NUM}\\s*(天|日|个月|月)`);
const OVERDUE_ZH_AFTER = new RegExp(
  `${NUM}\\s*(天|个月)(?:(?:前|以前|之前)(?:就|已经|已)?(?:过期|到期|逾期)|(?:就|已经|已)?(?:过期|逾期))`,
);
const UNTIL_ZH = new RegExp(`(?:还有|还剩|再过)\\s*${NUM}\\s*(天|日|个月)\\s*(?:就)?(?:到期|过期)`);
const OVERDUE_EN =
  /(?:expired|overdue|lapsed)\s+(?:for\s+)?(\d{1,4})\s+(days?|months?)|(\d{1,4})\s+(days?|months?)\s+(?:ago|overdue|late|past)/i;
const UNTIL_EN = /(?:expires?|expiring)\s+in\s+(\d{1,4})\s+(days?|months?)/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function shift(asOf: IsoDate, n: number, unit: string, sign: 1 | -1): IsoDate {
  return /月|month/.test(unit) ? addMonths(asOf, sign * n) : addDays(asOf, sign * n);
}

export function extractFacts(question: string, asOf: IsoDate): QuestionFacts {
  const q = question.normalize('NFKC');
  const full = FULL_DATE.exec(q);
  if (full) {
    const date = `${full[1]}-${pad(Number(full[2]))}-${pad(Number(full[3]))}`;
    // A permit date within a plausible range only: the timeline adds days to it.
    const year = Number(full[1]);
    if (isIsoDate(date) && year >= 1990 && year <= 2100)
      return { expiry: date, basis: { kind: 'date', text: full[0].trim() } };
    // A date that does not exist (2月30日) is not read as something else.
    return { expiry: null, basis: null };
  }
  const md = MONTH_DAY.exec(q);
  if (md) {
    const date = `${asOf.slice(0, 4)}-${pad(Number(md[1]))}-${pad(Number(md[2]))}`;
    if (isIsoDate(date)) return { expiry: date, basis: { kind: 'date', text: md[0].trim() } };
  }
  const until = UNTIL_ZH.exec(q);
  const un = until ? readNumber(until[1]!) : null;
  if (until && un !== null)
    return { expiry: shift(asOf, un, until[2]!, 1), basis: { kind: 'until', days: un, text: until[0] } };
  for (const re of [OVERDUE_ZH, OVERDUE_ZH_AFTER]) {
    const m = re.exec(q);
    const n = m ? readNumber(m[1]!) : null;
    if (m && n !== null && n <= 3660)
      return { expiry: shift(asOf, n, m[2]!, -1), basis: { kind: 'overdue', days: n, text: m[0] } };
  }
  const en = OVERDUE_EN.exec(q);
  if (en) {
    const n = Number(en[1] ?? en[3]);
    return { expiry: shift(asOf, n, en[2] ?? en[4] ?? 'days', -1), basis: { kind: 'overdue', days: n, text: en[0] } };
  }
  const enUntil = UNTIL_EN.exec(q);
  if (enUntil) {
    const n = Number(enUntil[1]);
    return { expiry: shift(asOf, n, enUntil[2]!, 1), basis: { kind: 'until', days: n, text: enUntil[0] } };
  }
  return { expiry: null, basis: null };
}
