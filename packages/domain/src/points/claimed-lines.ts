import type { LocalizedText, RuleId } from '../result.ts';
import type { PointsAssessment } from './assess.ts';
import type { Indicator, PointsLine } from './line.ts';

/** Each indicator's name as the holder, HR and the centre read it (one wording for every view of the confirmation). */
export const INDICATOR_NAMES: Readonly<Record<Indicator, LocalizedText>> = {
  age: { zh: '年龄', en: 'Age' },
  education: { zh: '教育背景', en: 'Education' },
  title: { zh: '专业技术职称/技能等级', en: 'Professional title / skill level' },
  siYears: { zh: '社保年限', en: 'Years of social insurance' },
  shortageMajor: { zh: '紧缺急需专业', en: 'Shortage major' },
  talent: { zh: '创业人才/中介人才', en: 'Entrepreneur / intermediary talent' },
  baseMultiple: { zh: '社保基数', en: 'Social-insurance base' },
  publicService: { zh: '公共服务领域', en: 'Public service' },
  remoteSuburb: { zh: '远郊地区', en: 'Remote suburb' },
  freshGraduate: { zh: '应届毕业生', en: 'Fresh graduate' },
  commendation: { zh: '表彰奖励', en: 'Commendation' },
  spouseHukou: { zh: '配偶为本市户籍', en: 'Spouse with Shanghai hukou' },
  investment: { zh: '投资纳税', en: 'Investment and tax' },
  falseMaterial: { zh: '虚假材料', en: 'False material' },
  generalCrime: { zh: '一般刑事犯罪', en: 'General criminal record' },
  detention: { zh: '行政拘留', en: 'Administrative detention' },
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
    message: {
      zh: `待公布${year}年度本市职工平均工资后计算（P-2）`,
      en: `Computed once Shanghai's ${year} average wage is published (P-2)`,
    },
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
      ? {
          zh: `${line.name.zh}（${line.ruleId}）：上次核准${beforePoints}分，本次${pending.message.zh}，暂计0分（${delta}）`,
          en: `${line.name.en} (${line.ruleId}): ${beforePoints} when last approved; now ${pending.message.en.charAt(0).toLowerCase()}${pending.message.en.slice(1)}, counted 0 for now (${delta})`,
        }
      : {
          zh: `${line.name.zh}（${line.ruleId}）：${beforePoints}分 → ${afterPoints}分（${delta}）`,
          en: `${line.name.en} (${line.ruleId}): ${beforePoints} → ${afterPoints} (${delta})`,
        };
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
