import { randomUUID } from 'node:crypto';
import { reviewerDigest, type Policy, type PolicySet } from '@jifen/domain';
import { msg, sameInBoth } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import type { Clock } from '../../clock.ts';
import { reviewCases, reviewersByDistrict } from './points-records.repository.ts';
import { insertNotifications, type NewNotification } from '../notifications/messages.service.ts';

export interface DigestOutcome {
  pendingYear: number | null;
  sent: boolean;
}

/** The reviewers' morning digest of `day`: per district, cases at risk (<= N working days) and breached. */
export async function sendDigest(
  q: Sql,
  d: { clock: Clock },
  day: string,
  policy: Policy,
  set: PolicySet,
  note = '',
): Promise<DigestOutcome> {
  const cases = await reviewCases(q);
  const reviewers = await reviewersByDistrict(q);
  const at = d.clock.now();
  const byDistrict = new Map<string, typeof cases>();
  for (const c of cases) byDistrict.set(c.district_code, [...(byDistrict.get(c.district_code) ?? []), c]);
  let pendingYear: number | null = null;
  const notes: NewNotification[] = [];
  for (const [district, list] of byDistrict) {
    const digest = reviewerDigest(
      list.map((c) => ({ id: c.id, slaDue: c.sla_due })),
      day,
      set.calendar,
      policy.params.workflow.reviewAtRiskWorkingDays,
    );
    if (digest.pendingYear !== null) pendingYear = Math.min(pendingYear ?? digest.pendingYear, digest.pendingYear);
    const numbers = new Map(list.map((c) => [c.id, c.number]));
    const atRisk = digest.entries.filter((e) => e.status === 'at_risk');
    const breached = digest.entries.filter((e) => e.status === 'breached');
    if (atRisk.length === 0 && breached.length === 0 && digest.pendingYear === null) continue;
    const pending =
      digest.pendingYear !== null ? msg('pointsRecords.digest.pending', { year: digest.pendingYear }) : sameInBoth('');
    const caseOf = (e: (typeof atRisk)[number]) => {
      const number = numbers.get(e.id) ?? '';
      return e.workingDaysLeft !== null
        ? msg('pointsRecords.digest.caseWithDaysLeft', { number, daysLeft: e.workingDaysLeft })
        : sameInBoth(number);
    };
    const casesOf = (xs: typeof atRisk) => {
      if (xs.length === 0) return sameInBoth('');
      const each = xs.map(caseOf);
      return msg('pointsRecords.digest.cases', {
        cases: { zh: each.map((c) => c.zh).join('、'), en: each.map((c) => c.en).join(', ') },
      });
    };
    const title = note
      ? msg('pointsRecords.digest.titleWithNote', { day, note })
      : msg('pointsRecords.digest.title', { day });
    const body = msg('pointsRecords.digest.body', {
      atRiskDays: policy.params.workflow.reviewAtRiskWorkingDays,
      atRisk: atRisk.length,
      atRiskCases: casesOf(atRisk),
      breached: breached.length,
      breachedCases: casesOf(breached),
      pending,
    });
    for (const r of reviewers.filter((u) => u.district_code === district)) {
      notes.push({
        id: randomUUID(),
        userId: r.id,
        reminderId: null,
        title: title.zh,
        body: body.zh,
        titleEn: title.en,
        bodyEn: body.en,
      });
    }
  }
  await insertNotifications(q, notes, at);
  return { pendingYear, sent: notes.length > 0 };
}
