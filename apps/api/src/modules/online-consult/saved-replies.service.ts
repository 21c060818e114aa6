/**
 * The consultants' saved replies (issue #14): texts in Chinese and English
 * with the rule IDs they insert into an answer. Consultants keep them up to
 * date themselves: create, edit, delete, each audited.
 */
import { randomUUID } from 'node:crypto';
import type { SaveSavedReplyRequest, SavedReply } from '@jifen/contracts';
import { msg } from '@jifen/messages';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import type { Actor } from '../../access.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  deleteSavedReply,
  findSavedReply,
  findSavedReplyBySlug,
  listSavedReplies,
  upsertSavedReply,
  type SavedReplyRow,
} from './online-consult.repository.ts';

const replyNotFound = () => denied.notFound(msg('nouns.savedReply'));

const toDto = (r: SavedReplyRow): SavedReply => ({
  id: r.id,
  slug: r.slug,
  title: { zh: r.title_zh, en: r.title_en },
  body: { zh: r.body_zh, en: r.body_en },
  ruleIds: r.rule_ids,
});

export async function savedReplies(deps: Pick<ModuleDeps, 'db'>): Promise<{ replies: SavedReply[] }> {
  return { replies: (await listSavedReplies(deps.db)).map(toDto) };
}

/** Creates a reply (id null) or replaces one; the identifier stays unique. */
export async function saveSavedReply(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  actor: Actor,
  id: string | null,
  body: SaveSavedReplyRequest,
): Promise<SavedReply> {
  return deps.db.tx(async (q) => {
    const existing = id ? await findSavedReply(q, id) : undefined;
    if (id && !existing) throw replyNotFound();
    const sameSlug = await findSavedReplyBySlug(q, body.slug);
    if (sameSlug && sameSlug.id !== id) {
      throw fail('SAVED_REPLY_SLUG.CONFLICT', msg('onlineConsult.savedReplySlugTaken'), [
        { path: 'slug', message: msg('onlineConsult.slugTaken') },
      ]);
    }
    const row: SavedReplyRow = {
      id: existing?.id ?? randomUUID(),
      slug: body.slug,
      title_zh: body.title.zh,
      title_en: body.title.en,
      body_zh: body.body.zh,
      body_en: body.body.en,
      rule_ids: [...new Set(body.ruleIds ?? [])],
    };
    await upsertSavedReply(q, row, deps.clock.now());
    await appendAudit(q, deps.clock, actor, {
      action: 'saved_reply.saved',
      subjectType: 'saved_reply',
      subjectId: row.id,
      before: existing ? { slug: existing.slug, ruleIds: existing.rule_ids } : undefined,
      after: { slug: row.slug, ruleIds: row.rule_ids },
    });
    return toDto(row);
  });
}

export async function removeSavedReply(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  actor: Actor,
  id: string,
): Promise<void> {
  await deps.db.tx(async (q) => {
    const existing = await findSavedReply(q, id);
    if (!existing) throw replyNotFound();
    await deleteSavedReply(q, id);
    await appendAudit(q, deps.clock, actor, {
      action: 'saved_reply.deleted',
      subjectType: 'saved_reply',
      subjectId: id,
      before: { slug: existing.slug, title: existing.title_zh },
    });
  });
}
