import { randomUUID } from 'node:crypto';
import type { Sql } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import { newReferenceCode } from '../modules/consultations/reference-code.ts';
import {
  insertMessage,
  insertSavedReply,
  insertThread,
  upsertKnowledge,
} from '../modules/online-consult/online-consult.repository.ts';
import { KNOWLEDGE_SEED, SAVED_REPLIES_SEED } from './knowledge-base.ts';

/**
 * Issue #14 demo data: the starter knowledge base (published), the
 * consultant's saved replies, and two questions on today's date: one
 * anonymous, waiting for three hours; one of holder.li, answered yesterday.
 */
export async function seedOnlineConsult(
  q: Sql,
  deps: { clock: Clock },
  who: { holderLi: string; consultant: string },
): Promise<void> {
  const now = deps.clock.now();
  for (const k of KNOWLEDGE_SEED) {
    await upsertKnowledge(
      q,
      {
        id: randomUUID(),
        slug: k.slug,
        status: 'published',
        title_zh: k.title.zh,
        title_en: k.title.en,
        body_zh: k.body.zh,
        body_en: k.body.en,
        keywords_zh: k.keywords.zh,
        keywords_en: k.keywords.en,
        rule_ids: k.ruleIds,
        states: k.states,
        created_at: now,
        updated_at: now,
        published_at: now,
      },
      null,
    );
  }
  let sort = 0;
  for (const r of SAVED_REPLIES_SEED) {
    sort += 1;
    await insertSavedReply(q, {
      id: randomUUID(),
      slug: r.slug,
      title_zh: r.title.zh,
      title_en: r.title.en,
      body_zh: r.body.zh,
      body_en: r.body.en,
      rule_ids: r.ruleIds,
      sort,
      created_at: now,
    });
  }
  const thread = (at: Date, userId: string | null, question: string, status: 'waiting' | 'answered') => ({
    id: randomUUID(),
    reference: newReferenceCode(),
    user_id: userId,
    mobile_enc: null,
    mobile_masked: null,
    notify_sms: false,
    question,
    language: 'zh' as const,
    status,
    claimed_by: status === 'answered' ? who.consultant : null,
    assessment: null,
    consent_notice_version: '2026-01',
    consented_at: at,
    created_at: at,
    updated_at: at,
    first_answered_at: status === 'answered' ? new Date(at.getTime() + 2 * 3_600_000) : null,
    version: status === 'answered' ? 2 : 1,
  });
  const waiting = thread(
    new Date(now.getTime() - 3 * 3_600_000),
    null,
    '换了新公司，之前的社保断了一个月后来补缴了，今年还能续积分吗？',
    'waiting',
  );
  await insertThread(q, waiting);
  const answered = thread(
    new Date(now.getTime() - 26 * 3_600_000),
    who.holderLi,
    '我的居住证快到期了，单位没变，需要去窗口吗？',
    'answered',
  );
  await insertThread(q, answered);
  await insertMessage(q, {
    id: randomUUID(),
    thread_id: answered.id,
    author: 'consultant',
    author_user_id: who.consultant,
    author_name: '积分咨询顾问',
    body: '您好！积分有效期与居住证同步（L-1），建议在到期前30天内先签注、再续办（L-2、L-7）。单位未变的可在网上续办（R-1），无需跑窗口。',
    rule_ids: ['L-1', 'L-2', 'L-7', 'R-1'],
    created_at: answered.first_answered_at!,
  });
}
