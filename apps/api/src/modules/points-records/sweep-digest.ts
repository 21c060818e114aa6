import { randomUUID } from 'node:crypto';
import { reviewerDigest, type Policy, type PolicySet } from '@jifen/domain';
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
    const pendingZh =
      digest.pendingYear !== null
        ? `；部分案件无法计算：缺少${digest.pendingYear}年工作日历（P-2），发布后自动补算`
        : '';
    const pendingEn =
      digest.pendingYear !== null
        ? `; some cases cannot be computed: no ${digest.pendingYear} calendar (P-2), computed when it is published`
        : '';
    const list2 = (xs: typeof atRisk, zh: boolean) =>
      xs
        .map(
          (e) =>
            `${numbers.get(e.id)}${e.workingDaysLeft !== null ? (zh ? `（剩${e.workingDaysLeft}个工作日）` : ` (${e.workingDaysLeft} working days left)`) : ''}`,
        )
        .join(zh ? '、' : ', ');
    for (const r of reviewers.filter((u) => u.district_code === district)) {
      notes.push({
        id: randomUUID(),
        userId: r.id,
        reminderId: null,
        title: `${day} 审核晨报${note ? `（${note}）` : ''}`,
        body: `即将超期（≤${policy.params.workflow.reviewAtRiskWorkingDays}个工作日）${atRisk.length}件${atRisk.length ? `：${list2(atRisk, true)}` : ''}；已超期${breached.length}件${breached.length ? `：${list2(breached, true)}` : ''}${pendingZh}。`,
        titleEn: `Review digest ${day}${note ? ` (${note})` : ''}`,
        bodyEn: `At risk (<= ${policy.params.workflow.reviewAtRiskWorkingDays} working days): ${atRisk.length}${atRisk.length ? ` — ${list2(atRisk, false)}` : ''}; breached: ${breached.length}${breached.length ? ` — ${list2(breached, false)}` : ''}${pendingEn}.`,
      });
    }
  }
  await insertNotifications(q, notes, at);
  return { pendingYear, sent: notes.length > 0 };
}
