import { randomUUID } from 'node:crypto';
import type {
  CalendarDraftRequest,
  PolicyDocument,
  PolicyDocumentSummary,
  PolicyImpactResponse,
  PublishPolicyResponse,
  VersionDraftRequest,
  WageDraftRequest,
} from '@jifen/contracts';
import { canonicalJson, sha256Hex } from '@jifen/domain';
import { rawPolicyData } from '@jifen/policies';
import type { AuthUser, Actor } from '../../access.ts';
import { type LocalizedText, msg } from '@jifen/messages';
import type { Db, Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail, type AppError } from '../../errors.ts';
import { shanghaiDate } from '../../clock.ts';
import { dueDateImpact, pendingChecksFor, resolvePendingData } from '../applications/pending-data.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { checkPolicyData, type LivePolicy, type PublishedDocument } from '../../policy/live-policy.ts';
import { runSweep } from '../points-records/points-records.sweep.ts';
import { revokeNotice } from '../notices/notices.service.ts';
import {
  existingKeys,
  findDocument,
  insertDocument,
  listDocuments,
  nextRevision,
  openDraft,
  publishedDocuments,
  setStatus,
  updateDraft,
  type DocKind,
  type PolicyDocumentRow,
} from './policy-data.repository.ts';
import { applyParameterChanges, parametersOf } from './version-draft.ts';
import { tellEmployersOfWageChange, wageFigureOf } from './wage-impact.service.ts';

const docHash = (doc: unknown) => sha256Hex(canonicalJson(doc));

/** The shipped files of policies/ as documents: revision 1 of each, published. */
function shippedDocuments(): { kind: DocKind; key: string; doc: unknown }[] {
  const wages = rawPolicyData.wages as { years: { year: number }[] };
  return [
    ...rawPolicyData.calendars.map((c) => ({
      kind: 'calendar' as const,
      key: String((c as { year: number }).year),
      doc: c,
    })),
    ...wages.years.map((w) => ({ kind: 'wage' as const, key: String(w.year), doc: w })),
    ...rawPolicyData.versions.map((v) => ({ kind: 'version' as const, key: (v as { id: string }).id, doc: v })),
  ];
}

/**
 * Loads the shipped data into the database where a year or version is not
 * there yet (a fresh database, or a release that ships a new file), then
 * installs the published data as the engine's. Idempotent and safe with two
 * instances starting at once (ON CONFLICT DO NOTHING).
 */
export async function preparePolicyData(db: Db, policy: LivePolicy, at: Date): Promise<void> {
  const have = new Set((await existingKeys(db)).map((k) => `${k.kind}:${k.key}`));
  const missing = shippedDocuments().filter((d) => !have.has(`${d.kind}:${d.key}`));
  if (missing.length > 0) {
    await db.tx(async (q) => {
      for (const d of missing) {
        await insertDocument(q, {
          id: randomUUID(),
          kind: d.kind,
          key: d.key,
          revision: 1,
          status: 'published',
          origin: 'shipped',
          doc: d.doc,
          docHash: docHash(d.doc),
          reason: null,
          basedOn: null,
          draftedBy: null,
          at,
        });
      }
    });
  }
  await reloadPolicyData(db, policy);
}

/** Re-reads the published data (after a publication here, or periodically for one made by another instance). */
export async function reloadPolicyData(q: Sql, policy: LivePolicy): Promise<void> {
  const installed = policy.install(await publishedDocuments(q));
  if (!installed.ok) throw new Error(`the published policy data does not load: ${installed.problem}`);
}

const actorOf = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function summary(r: PolicyDocumentRow): PolicyDocumentSummary {
  return {
    id: r.id,
    kind: r.kind,
    key: r.key,
    revision: r.revision,
    status: r.status,
    origin: r.origin,
    reason: r.reason,
    basedOn: r.based_on,
    docHash: r.doc_hash,
    draftedBy: actorOf(r.drafted_by, r.drafted_by_name),
    draftedAt: r.drafted_at.toISOString(),
    publishedBy: actorOf(r.published_by, r.published_by_name),
    publishedAt: r.published_at?.toISOString() ?? null,
  };
}

function detail(r: PolicyDocumentRow): PolicyDocument {
  return { ...summary(r), doc: r.doc, ...(r.kind === 'version' ? { parameters: parametersOf(r.doc) } : {}) };
}

const notFound = () => denied.notFound(msg('nouns.policyDocument'));

export async function listPolicyDocuments(db: Db, kind?: DocKind): Promise<PolicyDocumentSummary[]> {
  return (await listDocuments(db, kind)).map(summary);
}

export async function getPolicyDocument(db: Db, id: string): Promise<PolicyDocument> {
  const r = await findDocument(db, id);
  if (!r) throw notFound();
  return detail(r);
}

function invalid(message: LocalizedText): AppError {
  return fail('POLICY.INVALID', message);
}

/** The published documents with `doc` in place of the current (kind, key): would the whole set still load? */
async function wouldLoad(q: Sql, kind: DocKind, key: string, doc: unknown) {
  const published = (await publishedDocuments(q)).filter((d) => !(d.kind === kind && d.key === key));
  const candidate: PublishedDocument = { kind, key, revision: Number.MAX_SAFE_INTEGER, doc, doc_hash: docHash(doc) };
  return checkPolicyData([...published, candidate]);
}

interface Draft {
  kind: DocKind;
  key: string;
  doc: unknown;
  reason: string | undefined;
  basedOn?: string;
}

/** Creates a draft (POST) or replaces one (PUT with `id`); validated as the whole set it would make. */
async function saveDraft(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  draft: Draft,
  id?: string,
): Promise<PolicyDocument> {
  const at = deps.clock.now();
  const docId = await deps.db.tx(async (q) => {
    if (id) {
      const row = await findDocument(q, id, true);
      if (!row) throw notFound();
      if (row.status !== 'draft') throw publishedError(row);
      if (row.kind !== draft.kind || row.key !== draft.key) throw invalid(msg('policyData.draftKeyFixed'));
    }
    const loads = await wouldLoad(q, draft.kind, draft.key, draft.doc);
    if (!loads.ok) throw invalid(msg('policyData.doesNotLoad', { problem: { zh: loads.zh, en: loads.problem } }));
    const { revision, published } = await nextRevision(q, draft.kind, draft.key);
    if (published && !draft.reason) {
      throw fail('POLICY.REASON_REQUIRED', msg('policyData.publishedNeedsRevision'));
    }
    const hash = docHash(draft.doc);
    if (id) {
      await updateDraft(q, id, draft.doc, hash, draft.reason ?? null, user.id, at);
    } else {
      const open = await openDraft(q, draft.kind, draft.key);
      if (open) throw fail('POLICY.DRAFT_EXISTS', msg('policyData.draftExists'), [], { details: { draftId: open.id } });
      await insertDocument(q, {
        id: (id = randomUUID()),
        kind: draft.kind,
        key: draft.key,
        revision,
        status: 'draft',
        origin: 'admin',
        doc: draft.doc,
        docHash: hash,
        reason: draft.reason ?? null,
        basedOn: draft.basedOn ?? null,
        draftedBy: user.id,
        at,
      });
    }
    await appendAudit(q, deps.clock, actor, {
      action: 'policy.draft_saved',
      subjectType: `policy_${draft.kind}`,
      subjectId: id,
      after: { kind: draft.kind, key: draft.key, revision, docHash: hash, basedOn: draft.basedOn ?? null },
      reason: draft.reason ?? null,
    });
    return id;
  });
  return getPolicyDocument(deps.db, docId);
}

function publishedError(row: PolicyDocumentRow): AppError {
  return fail(
    'POLICY.PUBLISHED',
    row.status === 'published'
      ? msg('policyData.publishedNoChange', { key: row.key, revision: row.revision })
      : msg('policyData.discardedNoChange', { key: row.key, revision: row.revision }),
  );
}

export function draftCalendar(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  body: CalendarDraftRequest,
  id?: string,
): Promise<PolicyDocument> {
  const { reason, ...doc } = body;
  const year = String(body.year);
  for (const d of [...body.holidays, ...body.makeupWorkdays]) {
    if (!d.date.startsWith(`${year}-`)) throw invalid(msg('policyData.dateOutsideYear', { date: d.date, year }));
  }
  return saveDraft(deps, user, actor, { kind: 'calendar', key: year, doc, reason }, id);
}

export function draftWage(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  body: WageDraftRequest,
  id?: string,
): Promise<PolicyDocument> {
  const { reason, ...doc } = body;
  return saveDraft(deps, user, actor, { kind: 'wage', key: String(body.year), doc, reason }, id);
}

export async function draftVersion(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  body: VersionDraftRequest,
  id?: string,
): Promise<PolicyDocument> {
  const base = (await publishedDocuments(deps.db)).filter((d) => d.kind === 'version' && d.key === body.basedOn).at(-1);
  if (!base) throw fail('POLICY.UNKNOWN_ID', msg('policyData.noSuchVersion', { basedOn: body.basedOn }));
  const today = shanghaiDate(deps.clock.now());
  if (body.effectiveFrom <= today) {
    throw fail('POLICY.EFFECTIVE_DATE', msg('policyData.effectiveInPast', { today }));
  }
  const doc = applyParameterChanges(base.doc, body);
  if (!doc.ok) throw invalid({ zh: doc.zh, en: doc.en });
  return saveDraft(
    deps,
    user,
    actor,
    { kind: 'version', key: body.id, doc: doc.doc, reason: body.reason, basedOn: body.basedOn },
    id,
  );
}

async function draftRow(q: Sql, id: string): Promise<PolicyDocumentRow> {
  const row = await findDocument(q, id, true);
  if (!row) throw notFound();
  if (row.status !== 'draft') throw publishedError(row);
  return row;
}

export async function policyImpact(db: Db, id: string): Promise<PolicyImpactResponse> {
  const row = await findDocument(db, id);
  if (!row) throw notFound();
  const loads = await wouldLoad(db, row.kind, row.key, row.doc);
  if (!loads.ok) return { document: summary(row), dueDates: [], pendingChecks: 0, problems: [loads.problem] };
  return {
    document: summary(row),
    dueDates: row.kind === 'calendar' || row.kind === 'version' ? await dueDateImpact(db, loads.set) : [],
    pendingChecks: row.kind === 'wage' ? await pendingChecksFor(db, Number(row.key)) : 0,
    problems: [],
  };
}

/**
 * Publishes a draft: a second administrator (the drafter cannot), the whole
 * set must still load, a version cannot take effect on or before today.
 * Everything that waited for this data is computed in the same transaction.
 */
export async function publishPolicyDocument(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
): Promise<PublishPolicyResponse> {
  const at = deps.clock.now();
  const result = await deps.db.tx(async (q) => {
    const row = await draftRow(q, id);
    if (row.drafted_by === user.id) {
      throw fail('POLICY.SAME_ADMIN', msg('policyData.fourEyes'));
    }
    if (row.kind === 'version') {
      const from = (row.doc as { effectiveFrom: string }).effectiveFrom;
      const today = shanghaiDate(at);
      if (from <= today) throw fail('POLICY.EFFECTIVE_DATE', msg('policyData.effectiveNoLongerFuture', { from }));
    }
    const loads = await wouldLoad(q, row.kind, row.key, row.doc);
    if (!loads.ok) throw invalid(msg('policyData.wouldNotLoad', { problem: { zh: loads.zh, en: loads.problem } }));
    await setStatus(q, id, 'published', user.id, at);
    await appendAudit(q, deps.clock, actor, {
      action: 'policy.published',
      subjectType: `policy_${row.kind}`,
      subjectId: id,
      before: { status: 'draft', draftedBy: row.drafted_by },
      after: { status: 'published', kind: row.kind, key: row.key, revision: row.revision, docHash: row.doc_hash },
      reason: row.reason,
    });
    const resolved = await resolvePendingData(q, deps, loads.set, `policy_document:${id}`, {
      documentId: id,
      kind: row.kind,
      key: row.key,
      actor,
    });
    // Issue 19: each employer's HR learns which of their people a new average wage drops, and the base that keeps them.
    const employersTold =
      row.kind === 'wage' ? await tellEmployersOfWageChange(q, deps, wageFigureOf(row.doc), at) : undefined;
    return { resolved, employersTold };
  });
  await reloadPolicyData(deps.db, deps.policy);
  // In force on every other instance at once, not at their next minute (issue 21).
  await deps.events?.publish('policy');
  // P-2 in the lifecycle sweep too: the days whose digest waited for this data are computed now, not at the next
  // scheduled run. A failure here does not undo the publication: the scheduled run (every 10 minutes) retries.
  await runSweep({ db: deps.db, clock: deps.clock, pii: deps.pii, policySet: deps.policy.set, revokeNotice }).catch(
    () => undefined,
  );
  const row = await findDocument(deps.db, id);
  if (!row) throw notFound();
  return {
    document: summary(row),
    resolved: result.resolved,
    ...(result.employersTold === undefined ? {} : { employersTold: result.employersTold }),
  };
}

export async function discardPolicyDocument(deps: ModuleDeps, actor: Actor, id: string): Promise<PolicyDocument> {
  await deps.db.tx(async (q) => {
    const row = await draftRow(q, id);
    await setStatus(q, id, 'discarded', actor.id, deps.clock.now());
    await appendAudit(q, deps.clock, actor, {
      action: 'policy.discarded',
      subjectType: `policy_${row.kind}`,
      subjectId: id,
      after: { kind: row.kind, key: row.key, revision: row.revision },
    });
  });
  return getPolicyDocument(deps.db, id);
}
