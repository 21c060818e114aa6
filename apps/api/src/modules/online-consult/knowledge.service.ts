/**
 * The knowledge base behind online consultation (issue #14): instant answers
 * ranked from the published entries, and the consultants' editing of entries
 * (saved replies: saved-replies.service.ts).
 */
import { randomUUID } from 'node:crypto';
import type { InstantAnswersResponse, KnowledgeEntryDto, SaveKnowledgeRequest } from '@jifen/contracts';
import { instantAnswer, type KnowledgeEntry, type LifecycleState, type RuleId } from '@jifen/domain';
import { msg } from '@jifen/messages';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import type { Actor } from '../../access.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { policyToday } from './online-consult.service.ts';
import {
  findKnowledge,
  findKnowledgeBySlug,
  listKnowledge,
  upsertKnowledge,
  type KnowledgeRow,
} from './online-consult.repository.ts';

const knowledgeNotFound = () => denied.notFound(msg('nouns.knowledgeEntry'));

function toKnowledgeEntry(r: KnowledgeRow): KnowledgeEntry & { slug: string } {
  return {
    id: r.id,
    slug: r.slug,
    title: { zh: r.title_zh, en: r.title_en },
    body: { zh: r.body_zh, en: r.body_en },
    keywords: { zh: r.keywords_zh, en: r.keywords_en },
    ruleIds: r.rule_ids as RuleId[],
    states: r.states as LifecycleState[],
  };
}

function toKnowledgeDto(r: KnowledgeRow): KnowledgeEntryDto {
  const e = toKnowledgeEntry(r);
  return {
    id: r.id,
    slug: r.slug,
    status: r.status,
    title: e.title,
    body: e.body,
    keywords: e.keywords,
    ruleIds: r.rule_ids,
    states: e.states,
    updatedAt: r.updated_at.toISOString(),
    publishedAt: r.published_at ? r.published_at.toISOString() : null,
  };
}

/** Before a question is sent: the published entries ranked (the domain matcher) and L-8 for a date in it. */
export async function instantAnswers(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'policy'>,
  question: string,
): Promise<InstantAnswersResponse> {
  const { today, policy } = policyToday(deps);
  const entries = (await listKnowledge(deps.db, 'published')).map(toKnowledgeEntry);
  const a = instantAnswer(question, entries, today, policy);
  const l = a.lifecycle;
  const basis = a.facts.basis;
  return {
    asOf: today,
    lifecycle:
      l && basis
        ? {
            expiry: l.expiry,
            basis:
              basis.kind === 'date'
                ? { kind: 'date', text: basis.text }
                : { kind: basis.kind, text: basis.text, days: basis.days },
            n: l.n,
            state: l.state,
            stateLabel: l.stateLabel,
            nextDeadline: l.nextDeadline
              ? { date: l.nextDeadline.date, ruleId: l.nextDeadline.ruleId, label: l.nextDeadline.label }
              : null,
            daysLeft: l.daysLeft,
            holdingYears: l.holdingYearsRestart,
            timeline: l.timeline.map((t) => ({ kind: t.kind, date: t.date, ruleId: t.ruleId, label: t.label })),
            policyId: l.policy.id,
          }
        : null,
    entries: a.entries.map((r) => ({
      id: r.entry.id,
      slug: r.entry.slug,
      title: r.entry.title,
      body: r.entry.body,
      ruleIds: r.entry.ruleIds,
      score: r.score,
    })),
  };
}

// ---- the knowledge base ----

export async function knowledgeList(deps: Pick<ModuleDeps, 'db'>) {
  return { entries: (await listKnowledge(deps.db)).map(toKnowledgeDto) };
}

const slugTaken = () =>
  fail('KNOWLEDGE_SLUG.CONFLICT', msg('onlineConsult.knowledgeSlugTaken'), [
    { path: 'slug', message: msg('onlineConsult.slugTaken') },
  ]);

/** Creates a draft, or saves an entry back to draft (a published entry leaves the instant answers until published again). */
export async function saveKnowledge(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  actor: Actor,
  id: string | null,
  body: SaveKnowledgeRequest,
): Promise<KnowledgeEntryDto> {
  return deps.db.tx(async (q) => {
    const now = deps.clock.now();
    const existing = id ? await findKnowledge(q, id, true) : undefined;
    if (id && !existing) throw knowledgeNotFound();
    const sameSlug = await findKnowledgeBySlug(q, body.slug);
    if (sameSlug && sameSlug.id !== id) throw slugTaken();
    const row: KnowledgeRow = {
      id: existing?.id ?? randomUUID(),
      slug: body.slug,
      status: 'draft',
      title_zh: body.title.zh,
      title_en: body.title.en,
      body_zh: body.body.zh,
      body_en: body.body.en,
      keywords_zh: body.keywords.zh,
      keywords_en: body.keywords.en,
      rule_ids: [...new Set(body.ruleIds)],
      states: [...new Set(body.states ?? [])],
      created_at: existing?.created_at ?? now,
      updated_at: now,
      published_at: existing?.published_at ?? null,
    };
    await upsertKnowledge(q, row, actor.id);
    await appendAudit(q, deps.clock, actor, {
      action: 'knowledge.saved',
      subjectType: 'knowledge_entry',
      subjectId: row.id,
      before: existing ? { status: existing.status } : undefined,
      after: { slug: row.slug, status: 'draft' },
    });
    return toKnowledgeDto(row);
  });
}

export async function setKnowledgeStatus(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  actor: Actor,
  id: string,
  status: 'published' | 'retired',
): Promise<KnowledgeEntryDto> {
  return deps.db.tx(async (q) => {
    const row = await findKnowledge(q, id, true);
    if (!row) throw knowledgeNotFound();
    if (row.status === status) {
      throw fail(
        'KNOWLEDGE_STATUS.CONFLICT',
        status === 'published'
          ? msg('onlineConsult.knowledgeAlreadyPublished')
          : msg('onlineConsult.knowledgeAlreadyRetired'),
      );
    }
    const now = deps.clock.now();
    const next: KnowledgeRow = {
      ...row,
      status,
      updated_at: now,
      published_at: status === 'published' ? now : row.published_at,
    };
    await upsertKnowledge(q, next, actor.id);
    await appendAudit(q, deps.clock, actor, {
      action: status === 'published' ? 'knowledge.published' : 'knowledge.retired',
      subjectType: 'knowledge_entry',
      subjectId: id,
      before: { status: row.status },
      after: { status },
    });
    return toKnowledgeDto(next);
  });
}
