import type { ClaimsView, HolderClaims, PutClaimsRequest } from '@jifen/contracts';
import { assessmentInputSchema, err, ok, type AssessmentInput, type Result, type SiMonthRecord } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import type { PiiCipher } from '../../security/pii.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findOwnHolderId, findVisibleHolder } from '../holders/holders.service.ts';
import {
  confirmClaims as confirmClaimsRow,
  findClaims,
  findRecords,
  saveClaims,
  type ClaimsRow,
} from './holder-data.repository.ts';

/** Field names bound into the ciphertext (PI-1, PI-2). */
export const CLAIMS_FIELD = 'holder_claims.claims';
export const RECORDS_FIELD = 'holder_si_records.records';

const versionConflict = (current: number) =>
  fail('CLAIMS.CONFLICT', msg('holderData.claimsChanged', { current }), [], { details: { currentVersion: current } });

function toView(holderId: string, row: ClaimsRow | undefined, pii: PiiCipher): ClaimsView {
  if (!row)
    return {
      holderId,
      claims: null,
      version: 0,
      updatedAt: null,
      confirmedAt: null,
      confirmedVersion: null,
      confirmed: false,
    };
  return {
    holderId,
    claims: JSON.parse(pii.decrypt(CLAIMS_FIELD, row.claims_enc)) as HolderClaims,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    confirmedAt: row.confirmed_at ? row.confirmed_at.toISOString() : null,
    confirmedVersion: row.confirmed_version,
    confirmed: row.confirmed_version === row.version,
  };
}

/** `GET /holders/:id/claims`: holder self, HR of the employer, reviewer of the district; the read is audited (PI-1). */
export async function getClaims(deps: ModuleDeps, user: AuthUser, actor: Actor, holderId: string): Promise<ClaimsView> {
  await findVisibleHolder(deps, user, holderId);
  return deps.db.tx(async (q) => {
    const view = toView(holderId, await findClaims(q, holderId), deps.pii);
    await appendAudit(q, deps.clock, actor, {
      action: 'claims.read',
      subjectType: 'holder',
      subjectId: holderId,
      after: { version: view.version },
    });
    return view;
  });
}

/** `GET /me/claims`: the signed-in holder's own claims (404 when the account has no holder record); audited like any read (PI-1). */
export async function getOwnClaims(deps: ModuleDeps, user: AuthUser, actor: Actor): Promise<ClaimsView> {
  return getClaims(deps, user, actor, await findOwnHolderId(deps, user));
}

async function writeClaims(
  deps: ModuleDeps,
  actor: Actor,
  holderId: string,
  req: PutClaimsRequest,
): Promise<ClaimsView> {
  return deps.db.tx(async (q) => {
    const current = await findClaims(q, holderId, true);
    const version = current?.version ?? 0;
    if (version !== req.expectedVersion) throw versionConflict(version);
    const saved = await saveClaims(q, {
      holderId,
      claimsEnc: deps.pii.encrypt(CLAIMS_FIELD, JSON.stringify(req.claims)),
      expected: req.expectedVersion,
      by: actor.id,
      at: deps.clock.now(),
    });
    if (!saved) throw versionConflict(version + 1);
    await appendAudit(q, deps.clock, actor, {
      action: 'claims.update',
      subjectType: 'holder',
      subjectId: holderId,
      after: { version: version + 1 },
    });
    return toView(holderId, await findClaims(q, holderId), deps.pii);
  });
}

/** `PUT /holders/:id/claims` (HR of the holder's verified employer). */
export async function putHolderClaims(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  holderId: string,
  req: PutClaimsRequest,
): Promise<ClaimsView> {
  await findVisibleHolder(deps, user, holderId);
  return writeClaims(deps, actor, holderId, req);
}

/** `PUT /me/claims` (the holder). */
export async function putOwnClaims(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  req: PutClaimsRequest,
): Promise<ClaimsView> {
  return writeClaims(deps, actor, await findOwnHolderId(deps, user), req);
}

/** `POST /me/claims/confirm`: the holder confirms the version they reviewed (R-3 step 3 precondition). */
export async function confirmOwnClaims(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  version: number,
): Promise<ClaimsView> {
  const holderId = await findOwnHolderId(deps, user);
  return deps.db.tx(async (q) => {
    const current = await findClaims(q, holderId, true);
    if (!current) throw fail('CLAIMS.NOT_FOUND', msg('holderData.noClaimsSaved'));
    if (current.version !== version || !(await confirmClaimsRow(q, holderId, version, deps.clock.now())))
      throw versionConflict(current.version);
    await appendAudit(q, deps.clock, actor, {
      action: 'claims.confirm',
      subjectType: 'holder',
      subjectId: holderId,
      after: { version },
    });
    return toView(holderId, await findClaims(q, holderId), deps.pii);
  });
}

/** The stored SI/tax months of a holder, decrypted ([] when none are on file). */
export async function readRecordMonths(
  q: Sql,
  pii: PiiCipher,
  holderId: string,
): Promise<{ months: SiMonthRecord[]; version: number; updatedAt: Date | null }> {
  const row = await findRecords(q, holderId);
  if (!row) return { months: [], version: 0, updatedAt: null };
  return {
    months: JSON.parse(pii.decrypt(RECORDS_FIELD, row.records_enc)) as SiMonthRecord[],
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/**
 * For other modules (applications' automatic checks): the holder's
 * AssessmentInput from the decrypted claims, the birth date read from the
 * resident ID (I-1) and the monthly SI/tax records (kind 'records'; no
 * records on file gives an empty list, so C-1 fails with its reason).
 * Errors: HOLDER.NOT_FOUND, CLAIMS.MISSING, HOLDER_DATA.INVALID.
 */
export async function loadAssessmentInput(
  deps: { db: Sql; pii: PiiCipher },
  holderId: string,
): Promise<Result<AssessmentInput>> {
  const holder = await deps.db.maybeOne<{ birth_date: string; employer_uscc: string | null }>(
    `SELECT h.birth_date::text AS birth_date, e.uscc AS employer_uscc
     FROM holders h LEFT JOIN employers e ON e.id = h.employer_id WHERE h.id = $1`,
    [holderId],
  );
  if (!holder) return err({ code: 'HOLDER.NOT_FOUND', message: msg('holderData.noSuchHolder') });
  const claims = await findClaims(deps.db, holderId);
  if (!claims) {
    return err({
      code: 'CLAIMS.MISSING',
      message: msg('holderData.holderHasNoClaims'),
    });
  }
  const { months } = await readRecordMonths(deps.db, deps.pii, holderId);
  const stored = JSON.parse(deps.pii.decrypt(CLAIMS_FIELD, claims.claims_enc)) as HolderClaims;
  // The contract employer (C-2, S-9) is the holder's employer unless the claims name another: an
  // application goes through the employer the holder works for under a labour contract with it (M-2).
  // Without it every month would count as paid by "another company" and the base multiple would be lost.
  const contractEmployerUscc = stored.contractEmployerUscc ?? holder.employer_uscc ?? undefined;
  const checked = assessmentInputSchema.safeParse({
    ...stored,
    ...(contractEmployerUscc ? { contractEmployerUscc } : {}),
    birthDate: holder.birth_date,
    socialInsurance: { kind: 'records', months },
  });
  if (!checked.success) {
    return err({
      code: 'HOLDER_DATA.INVALID',
      message: msg('holderData.dataIncomplete'),
      details: { issues: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) },
    });
  }
  return ok(checked.data);
}
