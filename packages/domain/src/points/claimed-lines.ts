import { msg } from '@jifen/messages/domain';
import type { LocalizedText, RuleId } from '../result.ts';
import type { PointsAssessment } from './assess.ts';
import type { Indicator, PointsLine } from './line.ts';

/** Each indicator's name as the holder, HR and the centre read it (one wording for every view of the confirmation). */
export const INDICATOR_NAMES: Readonly<Record<Indicator, LocalizedText>> = {
  age: msg('points.indicator.age'),
  education: msg('points.indicator.education'),
  title: msg('points.indicator.title'),
  siYears: msg('points.indicator.siYears'),
  shortageMajor: msg('points.indicator.shortageMajor'),
  talent: msg('points.indicator.talent'),
  baseMultiple: msg('points.indicator.baseMultiple'),
  publicService: msg('points.indicator.publicService'),
  remoteSuburb: msg('points.indicator.remoteSuburb'),
  freshGraduate: msg('points.indicator.freshGraduate'),
  commendation: msg('points.indicator.commendation'),
  spouseHukou: msg('points.indicator.spouseHukou'),
  investment: msg('points.indicator.investment'),
  falseMaterial: msg('points.indicator.falseMaterial'),
  generalCrime: msg('points.indicator.generalCrime'),
  detention: msg('points.indicator.detention'),
};

/** P-2: a line the engine could not compute yet, and the data it waits for. */
export interface PendingLine {
  kind: 'wage';
  year: number;
  ruleId: 'P-2';
  message: LocalizedText;
}

/** One line of the confirmation: an indicator that scores (or deducts), or one waiting for data. */
export interface ClaimedLine {
  indicator: Indicator;
  ruleId: RuleId;
  name: LocalizedText;
  points: number;
  reason: LocalizedText | null;
  pending: PendingLine | null;
}

function pendingOf(l: PointsLine): PendingLine | null {
  if (l.error?.code !== 'WAGE.YEAR_MISSING') return null;
  const year = (l.error.details as { year?: unknown } | undefined)?.year;
  if (typeof year !== 'number') return null;
  return {
    kind: 'wage',
    year,
    ruleId: 'P-2',
    message: msg('points.claimed.wagePending', { year }),
  };
}

/**
 * The lines a confirmation shows: every indicator that scores or deducts,
 * and every line waiting for data (P-2: 0 points for now, said so, never
 * silently dropped). Indicators worth 0 are not claimed and are left out.
 */
export function claimedLines(a: Pick<PointsAssessment, 'lines'>): ClaimedLine[] {
  const out: ClaimedLine[] = [];
  for (const l of a.lines) {
    const pending = pendingOf(l);
    if (l.points === 0 && !pending) continue;
    out.push({
      indicator: l.indicator,
      ruleId: l.ruleId,
      name: INDICATOR_NAMES[l.indicator],
      points: l.points,
      reason: l.reason ?? null,
      pending,
    });
  }
  return out;
}

/** One line that differs between the last approved assessment and today's. */
export interface LineChange {
  indicator: Indicator;
  ruleId: RuleId;
  name: LocalizedText;
  before: number;
  /** Today's points; a pending line counts 0 until its data is published. */
  after: number;
  pending: PendingLine | null;
  text: LocalizedText;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * Which lines make today's total differ from the last approved one: a line
 * that scores differently, appeared, disappeared or waits for data. The
 * lines come in the engine's order, each indicator once.
 */
export function compareClaimedLines(before: readonly ClaimedLine[], after: readonly ClaimedLine[]): LineChange[] {
  const was = new Map(before.map((l) => [l.indicator, l]));
  const now = new Map(after.map((l) => [l.indicator, l]));
  const order = [...after.map((l) => l.indicator), ...before.map((l) => l.indicator).filter((i) => !now.has(i))];
  const out: LineChange[] = [];
  for (const indicator of order) {
    const b = was.get(indicator);
    const a = now.get(indicator);
    const beforePoints = b?.points ?? 0;
    const afterPoints = a?.points ?? 0;
    const pending = a?.pending ?? null;
    if (beforePoints === afterPoints && !pending) continue;
    const line = (a ?? b)!;
    const delta = signed(afterPoints - beforePoints);
    const text: LocalizedText = pending
      ? msg('points.claimed.pending', {
          name: line.name,
          ruleId: line.ruleId,
          before: beforePoints,
          pending: {
            zh: pending.message.zh,
            en: `${pending.message.en.charAt(0).toLowerCase()}${pending.message.en.slice(1)}`,
          },
          delta,
        })
      : msg('points.claimed.changed', {
          name: line.name,
          ruleId: line.ruleId,
          before: beforePoints,
          after: afterPoints,
          delta,
        });
    out.push({
      indicator,
      ruleId: line.ruleId,
      name: line.name,
      before: beforePoints,
      after: afterPoints,
      pending,
      text,
    });
  }
  return out;
}
