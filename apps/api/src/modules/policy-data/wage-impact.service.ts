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
import { type LocalizedText, msg, sameInBoth } from '@jifen/messages';
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
  'S-9': msg('policyData.wageNotice.baseMultiple'),
  'S-4': msg('policyData.wageNotice.titleOrSkillLevel'),
};

/** Texts in both languages joined with each language's separator. */
const joinEach = (texts: LocalizedText[], zh: string, en: string): LocalizedText => ({
  zh: texts.map((t) => t.zh).join(zh),
  en: texts.map((t) => t.en).join(en),
});

function personLine(r: WageImpactRow, from: string): LocalizedText {
  const lines = r.lines.map((l) =>
    msg('policyData.wageNotice.line', {
      ruleId: l.ruleId,
      ruleName: RULE_NAME[l.ruleId],
      before: l.before,
      after: l.after,
      figureAfter: yuan(l.figureAfter),
      figureBefore: yuan(l.figureBefore),
      from,
      baseToKeep: yuan(l.baseToKeep),
      multiple: l.multiple,
    }),
  );
  return msg('policyData.wageNotice.person', {
    name: r.name,
    residentIdMasked: r.residentIdMasked,
    lines: joinEach(lines, '；', '; '),
    totalBefore: r.totalBefore,
    totalAfter: r.totalAfter,
    belowStandard: r.crossed === 'down' ? msg('policyData.wageNotice.belowStandard') : sameInBoth(''),
  });
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
    if (more > 0) shown.push(msg('policyData.wageNotice.moreOnRoster', { more }));
    const body = msg('policyData.wageNotice.body', {
      year: figure.year,
      wage: yuan(figure.monthlyAverage),
      from,
      count: people.length,
      people: joinEach(shown, '\n', '\n'),
    });
    const title = msg('policyData.wageNotice.title', { count: people.length });
    for (const u of recipients) {
      await insertPlainNotification(q, [randomUUID(), u.id, title.zh, body.zh, title.en, body.en, at]);
    }
  }
  return told;
}
