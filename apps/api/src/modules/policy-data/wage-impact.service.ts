/**
 * Issue 19, "the July wage change". Before an administrator publishes a
 * year's average wage, the preview lists every stored holder and roster
 * member whose S-9 or S-4 line changes under it (the domain's
 * `wageChangeImpact`: before = the figure in force until now, after = the
 * new one). Publishing tells each employer's HR, in the app and in the
 * publication's transaction, which of their people drop, why, and the
 * contribution base that keeps the tier.
 */
import { randomUUID } from 'node:crypto';
import type { PolicyDocument, WageImpactResponse, WageImpactRow } from '@jifen/contracts';
import { assessmentPolicyOn, wageChangeImpact, type AssessmentPolicy, type WageFigure } from '@jifen/domain';
import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, fail } from '../../errors.ts';
import { loadHolderInput } from '../applications/assessment-input.ts';
import { insertPlainNotification } from '../notifications/messages.service.ts';
import { activeHrOf, holdersForWageImpact } from './policy-data.repository.ts';

/** Names shown to HR per message; the rest are counted (the roster lists everyone). */
const NAMES_PER_MESSAGE = 30;

const yuan = (n: number) => n.toLocaleString('en-US');

/** The published policy on `asOf`, on the table as it stands (the draft year not in it yet). */
function policyOn(deps: Pick<ModuleDeps, 'policy'>, asOf: string): AssessmentPolicy {
  const p = assessmentPolicyOn(deps.policy.set(), asOf);
  if (!p.ok) throw new AppError(p.error);
  return p.value;
}

export function wageFigureOf(doc: unknown): WageFigure {
  const d = doc as { year: number; monthlyAverage: number; appliesFrom?: string };
  return { year: d.year, monthlyAverage: d.monthlyAverage, ...(d.appliesFrom ? { appliesFrom: d.appliesFrom } : {}) };
}

/** Every stored person whose S-9 or S-4 line changes under `figure`, assessed on `asOf`. */
export async function wageImpactRows(
  q: Sql,
  deps: Pick<ModuleDeps, 'pii' | 'policy'>,
  figure: WageFigure,
  asOf: string,
): Promise<{ assessed: number; notAssessable: number; rows: WageImpactRow[]; figureBefore: number | null }> {
  const policy = policyOn(deps, asOf);
  const rows: WageImpactRow[] = [];
  let assessed = 0;
  let notAssessable = 0;
  for (const h of await holdersForWageImpact(q)) {
    const input = await loadHolderInput({ db: q, pii: deps.pii }, h.id);
    if (!input.ok) {
      notAssessable++;
      continue;
    }
    assessed++;
    const impact = wageChangeImpact(input.value, asOf, policy, figure);
    if (!impact) continue;
    rows.push({
      holderId: h.id,
      name: h.name,
      residentIdMasked: h.resident_id_masked,
      employerId: h.employer_id,
      employerName: h.employer_name,
      totalBefore: impact.totalBefore,
      totalAfter: impact.totalAfter,
      crossed: impact.crossed,
      lines: impact.lines,
    });
  }
  // A correction compares with the year's published figure, a new year with the previous year's (as the domain does).
  const figureBefore =
    (policy.wages.byYear.get(figure.year) ?? policy.wages.byYear.get(figure.year - 1))?.monthlyAverage ?? null;
  return { assessed, notAssessable, rows, figureBefore };
}

/** The preview of a wage draft (or of a published figure, as it was decided against the table without it). */
export async function wageImpact(deps: ModuleDeps, document: PolicyDocument): Promise<WageImpactResponse> {
  if (document.kind !== 'wage') throw fail('POLICY.NOT_WAGE', msg('policyData.previewWagesOnly'));
  const figure = wageFigureOf(document.doc);
  const asOf = shanghaiDate(deps.clock.now());
  const found = await wageImpactRows(deps.db, deps, figure, asOf);
  const { doc: _doc, parameters: _parameters, ...documentSummary } = document;
  return {
    document: documentSummary,
    year: figure.year,
    monthlyAverage: figure.monthlyAverage,
    figureBefore: found.figureBefore,
    asOf,
    assessed: found.assessed,
    notAssessable: found.notAssessable,
    rows: found.rows,
  };
}

const RULE_NAME = {
  'S-9': ['社保基数倍数', 'social-insurance base multiple'],
  'S-4': ['职称/技能等级', 'title or skill level'],
};

function personLine(r: WageImpactRow, from: string): { zh: string; en: string } {
  const zh = r.lines
    .map(
      (l) =>
        `${l.ruleId}${RULE_NAME[l.ruleId][0]} ${l.before}→${l.after}分（按新公布的社平工资${yuan(l.figureAfter)}元，原为${yuan(l.figureBefore)}元；自${from}起缴费基数不低于${yuan(l.baseToKeep)}元（${l.multiple}倍）可保持）`,
    )
    .join('；');
  const en = r.lines
    .map(
      (l) =>
        `${l.ruleId} ${RULE_NAME[l.ruleId][1]} ${l.before}→${l.after} points (against the new average wage ${yuan(l.figureAfter)}, was ${yuan(l.figureBefore)}; a contribution base of at least ${yuan(l.baseToKeep)} (${l.multiple}x) from ${from} keeps it)`,
    )
    .join('; ');
  const below = r.crossed === 'down';
  return {
    zh: `${r.name}（${r.residentIdMasked}）：${zh}；总分${r.totalBefore}→${r.totalAfter}${below ? '，低于标准分值120' : ''}`,
    en: `${r.name} (${r.residentIdMasked}): ${en}; total ${r.totalBefore}→${r.totalAfter}${below ? ', below the standard score of 120' : ''}`,
  };
}

/**
 * In the publication's transaction: each employer's active HR specialists get one in-app message naming
 * the people who drop (points after < before), why, and the base that keeps the tier. Returns the employers told.
 */
export async function tellEmployersOfWageChange(
  q: Sql,
  deps: Pick<ModuleDeps, 'pii' | 'policy'>,
  figure: WageFigure,
  at: Date,
): Promise<number> {
  const asOf = shanghaiDate(at);
  const policy = policyOn(deps, asOf);
  const switchMonth = String(policy.params.points.wageSwitchMonth).padStart(2, '0');
  const from = figure.appliesFrom ?? `${figure.year + 1}-${switchMonth}`;
  const { rows } = await wageImpactRows(q, deps, figure, asOf);
  const byEmployer = new Map<string, WageImpactRow[]>();
  for (const r of rows) {
    if (!r.employerId || !r.lines.some((l) => l.after < l.before)) continue;
    byEmployer.set(r.employerId, [...(byEmployer.get(r.employerId) ?? []), r]);
  }
  const hr = await activeHrOf(q, [...byEmployer.keys()]);
  let told = 0;
  for (const [employerId, people] of byEmployer) {
    const recipients = hr.filter((u) => u.employer_id === employerId);
    if (recipients.length === 0) continue;
    told++;
    const shown = people.slice(0, NAMES_PER_MESSAGE).map((r) => personLine(r, from));
    const more = people.length - shown.length;
    const zh = `${figure.year}年上海市社平工资${yuan(figure.monthlyAverage)}元已发布，自${from}起用于社保基数倍数（S-9）和职称基数条件（S-4）。以下${people.length}人积分下降：\n${shown.map((s) => s.zh).join('\n')}${more > 0 ? `\n另有${more}人，详见员工名单。` : ''}`;
    const en = `Shanghai's ${figure.year} average wage, ${yuan(figure.monthlyAverage)}, is published and applies from ${from} to the base multiple (S-9) and the title base condition (S-4). ${people.length} of your people lose points:\n${shown.map((s) => s.en).join('\n')}${more > 0 ? `\n${more} more: see the roster.` : ''}`;
    for (const u of recipients) {
      await insertPlainNotification(q, [
        randomUUID(),
        u.id,
        `社平工资发布：${people.length}人积分下降`,
        zh,
        `Average wage published: ${people.length} lose points`,
        en,
        at,
      ]);
    }
  }
  return told;
}
