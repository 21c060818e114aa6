import { randomUUID } from 'node:crypto';
import type { HolderDetail, HolderSummary, Lifecycle, RevealRequest, RevealResponse } from '@jifen/contracts';
import {
  clearingDate,
  endorsedPast,
  lifecycleOn,
  maskResidentId,
  parseResidentId,
  selectPolicy,
  type PolicySet,
} from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, denied, fail } from '../../errors.ts';
import { createDayMemo } from '../../policy/day-memo.ts';
import { maskMobile } from '../../security/pii.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  findHolderForTransfer,
  findHolderIdByHash,
  findHolderRow,
  findHolderDetailByUser,
  findHolderRowByUser,
  findSealedField,
  insertHolder,
  insertPermit,
  listHolderRows,
  listPermitRows,
  type HolderRow,
  updateHolderEmployer,
  type HolderScope,
} from './holders.repository.ts';

const notFound = () => denied.notFound(msg('nouns.holder'));

/** an HR specialist acts for holders only once the employer is verified. */
export function assertEmployerVerified(user: AuthUser): void {
  if (user.role === 'hr' && user.employer?.status !== 'verified') {
    throw fail('EMPLOYER.NOT_VERIFIED', msg('holders.employerNotYetVerified'), [], { ruleId: 'R-4' });
  }
}

function scopeOf(user: AuthUser): HolderScope {
  if (user.role === 'admin') return { all: true };
  if (user.role === 'hr' && user.employer) return { employerId: user.employer.id };
  if (user.role === 'reviewer' && user.district) return { districtCode: user.district.code };
  throw denied.forbidden();
}

/** Tenant rule: another tenant's holder answers 404, as if it did not exist (docs/adr/0003). */
function canSee(user: AuthUser, h: HolderRow): boolean {
  switch (user.role) {
    case 'admin':
      return true;
    case 'hr':
      return h.employer_id !== null && h.employer_id === user.employer?.id;
    case 'reviewer':
      return h.employer_district !== null && h.employer_district === user.district?.code;
    case 'holder':
      return h.user_id === user.id;
    default:
      return false;
  }
}

// Issue 20: a lifecycle and a clearing day follow from the policy data, the date and one expiry alone; every holder
// and roster read asked for them again per row. Kept per policy set and day (policy/day-memo.ts).
const lifecycles = createDayMemo<Lifecycle>();
const clearingDays = createDayMemo<string>();

/**
 * L-8 as the API shows it: the state of a permit (or points cycle) ending on
 * `expiresOn`, on `asOf`. For a points cycle, `endorsedTo` is the holder's
 * permit expiry: endorsed past the cycle, the permit does not lapse with it (L-5).
 */
export function lifecycleOf(
  set: PolicySet,
  expiresOn: string | null,
  asOf: string,
  endorsedTo: string | null = null,
): Lifecycle | null {
  if (!expiresOn) return null;
  const endorsed = endorsedPast(expiresOn, endorsedTo) ? endorsedTo : null;
  const key = endorsed ? `${expiresOn}|${endorsed}` : expiresOn;
  return lifecycles(set, asOf, key, () => computeLifecycle(set, expiresOn, asOf, endorsed));
}

function computeLifecycle(set: PolicySet, expiresOn: string, asOf: string, endorsedTo: string | null): Lifecycle {
  const policy = selectPolicy(set, asOf);
  if (!policy.ok) throw new AppError(policy.error);
  const status = lifecycleOn({ expiry: expiresOn, endorsedTo }, asOf, policy.value);
  if (!status.ok) throw new AppError(status.error);
  const l = status.value;
  return {
    asOf,
    state: l.state,
    nextDeadline: l.nextDeadline ? { kind: l.nextDeadline.kind, date: l.nextDeadline.date } : null,
    daysLeft: l.daysLeft,
    policyId: l.policy.id,
  };
}

/** The points cycle and its clearing day (L-4), or null while nothing was approved. */
function pointsOf(set: PolicySet, h: HolderRow, asOf: string): HolderSummary['points'] {
  if (h.points_cycle === null || !h.points_expires_on) return null;
  const cycle = { cycle: h.points_cycle, permitId: null, expiresOn: h.points_expires_on };
  const clearsOn = clearingDays(set, asOf, cycle.expiresOn, () => {
    const policy = selectPolicy(set, asOf);
    if (!policy.ok) throw new AppError(policy.error);
    return clearingDate(cycle, policy.value);
  });
  return { cycle: h.points_cycle, expiresOn: h.points_expires_on, clearsOn };
}

function toSummary(set: PolicySet, h: HolderRow, asOf: string): HolderSummary {
  return {
    id: h.id,
    name: h.name,
    residentId: h.resident_id_masked,
    mobile: h.mobile_masked,
    birthDate: h.birth_date,
    sex: h.sex,
    employer: h.employer_id && h.employer_name ? { id: h.employer_id, name: h.employer_name } : null,
    permit:
      h.permit_id && h.permit_no && h.issued_on && h.expires_on
        ? { id: h.permit_id, permitNo: h.permit_no, issuedOn: h.issued_on, expiresOn: h.expires_on }
        : null,
    points: pointsOf(set, h, asOf),
    // Issue 17: an endorsement extends the permit, never the points: the state is the points cycle's when there is one.
    lifecycle: h.points_expires_on
      ? lifecycleOf(set, h.points_expires_on, asOf, h.expires_on)
      : lifecycleOf(set, h.expires_on, asOf),
  };
}

export async function listHolders(deps: ModuleDeps, user: AuthUser): Promise<HolderSummary[]> {
  assertEmployerVerified(user);
  const asOf = shanghaiDate(deps.clock.now());
  return (await listHolderRows(deps.db, scopeOf(user))).map((h) => toSummary(deps.policy.set(), h, asOf));
}

async function detail(deps: ModuleDeps, h: HolderRow): Promise<HolderDetail> {
  const permits = await listPermitRows(deps.db, h.id);
  return {
    ...toSummary(deps.policy.set(), h, shanghaiDate(deps.clock.now())),
    permits: permits.map((p) => ({ id: p.id, permitNo: p.permit_no, issuedOn: p.issued_on, expiresOn: p.expires_on })),
  };
}

async function visibleHolder(deps: ModuleDeps, user: AuthUser, id: string): Promise<HolderRow> {
  assertEmployerVerified(user);
  const h = await findHolderRow(deps.db, id);
  if (!h || !canSee(user, h)) throw notFound();
  return h;
}

export async function getHolder(deps: ModuleDeps, user: AuthUser, id: string): Promise<HolderDetail> {
  return detail(deps, await visibleHolder(deps, user, id));
}

export async function getOwnHolder(deps: ModuleDeps, user: AuthUser): Promise<HolderDetail> {
  const h = await findHolderDetailByUser(deps.db, user.id);
  if (!h) throw notFound();
  return {
    ...toSummary(deps.policy.set(), h, shanghaiDate(deps.clock.now())),
    permits: h.permits.map((p) => ({
      id: p.id,
      permitNo: p.permit_no,
      issuedOn: p.issued_on,
      expiresOn: p.expires_on,
    })),
  };
}

/** PI-1: the full value of a protected field, written to the audit log with the reason. */
export async function revealField(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  req: RevealRequest,
): Promise<RevealResponse> {
  const h = await visibleHolder(deps, user, id);
  return deps.db.tx(async (q) => {
    const { sealed } = await findSealedField(q, h.id, req.field);
    const column = req.field === 'residentId' ? 'holder.resident_id' : 'holder.mobile';
    const value = sealed ? deps.pii.decrypt(column, sealed) : null;
    await appendAudit(q, deps.clock, actor, {
      action: 'holder.reveal',
      subjectType: 'holder',
      subjectId: h.id,
      after: { field: req.field },
      reason: req.reason,
    });
    return { field: req.field, value };
  });
}

export interface NewHolderInput {
  name: string;
  residentId: string;
  mobile?: string | null;
  employerId: string | null;
  userId?: string | null;
  permit?: { permitNo: string; issuedOn: string; expiresOn: string };
}

/** Stores a holder with encrypted ID and mobile (PI-1); birth date and sex come from the ID (I-1). */
export async function createHolder(
  q: Sql,
  deps: Pick<ModuleDeps, 'clock' | 'pii'>,
  input: NewHolderInput,
): Promise<string> {
  const checked = parseResidentId(input.residentId);
  if (!checked.ok) throw new AppError({ ...checked.error, code: 'VALIDATION.RESIDENT_ID' });
  const residentId = checked.value.value;
  const id = randomUUID();
  const now = deps.clock.now();
  const mobile = input.mobile ?? null;
  await insertHolder(q, {
    id,
    name: input.name,
    residentIdEnc: deps.pii.encrypt('holder.resident_id', residentId),
    residentIdHash: deps.pii.lookupHash('holder.resident_id', residentId),
    residentIdMasked: maskResidentId(residentId),
    birthDate: checked.value.birthDate,
    sex: checked.value.sex === 'male' ? 'M' : 'F',
    mobileEnc: mobile ? deps.pii.encrypt('holder.mobile', mobile) : null,
    mobileHash: mobile ? deps.pii.lookupHash('holder.mobile', mobile) : null,
    mobileMasked: mobile ? maskMobile(mobile) : null,
    employerId: input.employerId,
    userId: input.userId ?? null,
    createdAt: now,
  });
  if (input.permit) await insertPermit(q, { id: randomUUID(), holderId: id, ...input.permit, createdAt: now });
  return id;
}

/** A holder as another module sees it: the summary and who it belongs to. */
export interface VisibleHolder {
  summary: HolderSummary;
  userId: string | null;
  employerId: string | null;
  birthDate: string;
}

/**
 * For other modules: the holder `user` may see, else 404 (docs/adr/0003).
 * `clerkCityWide`: a clerk sees every holder, who may endorse at any community centre.
 */
export async function findVisibleHolder(
  deps: ModuleDeps,
  user: AuthUser,
  id: string,
  opts: { clerkCityWide?: boolean } = {},
): Promise<VisibleHolder> {
  assertEmployerVerified(user);
  const h = await findHolderRow(deps.db, id);
  if (!h || !((opts.clerkCityWide === true && user.role === 'clerk') || canSee(user, h))) throw notFound();
  return {
    summary: toSummary(deps.policy.set(), h, shanghaiDate(deps.clock.now())),
    userId: h.user_id,
    employerId: h.employer_id,
    birthDate: h.birth_date,
  };
}

/** The holder's own record, for holder-role routes under /me. */
export async function findOwnHolderId(deps: ModuleDeps, user: AuthUser): Promise<string> {
  const h = await findHolderRowByUser(deps.db, user.id);
  if (!h) throw notFound();
  return h.id;
}

/** Look-up by the keyed hash of a checked resident ID (PI-1); undefined when nobody holds it. */
export async function findHolderIdByResidentId(
  q: Sql,
  deps: Pick<ModuleDeps, 'pii'>,
  residentId: string,
): Promise<string | undefined> {
  return (await findHolderIdByHash(q, deps.pii.lookupHash('holder.resident_id', residentId)))?.id;
}

/** For the transfers module: moves the holder to the employer they consented to; false if someone moved them first. */
export async function moveHolderToEmployer(
  q: Sql,
  holderId: string,
  fromEmployerId: string | null,
  toEmployerId: string,
): Promise<boolean> {
  return updateHolderEmployer(q, holderId, fromEmployerId, toEmployerId);
}

/** For the transfers module: the holder row (locked when asked) a transfer decides on. */
export function holderForTransfer(q: Sql, holderId: string, forUpdate = false) {
  return findHolderForTransfer(q, holderId, forUpdate);
}

/**
 * The holder's own details a password must not be built on (issue 18 item 9):
 * the resident ID number and birth date of the holder (by account or by
 * holder record), or null when there is none. Used in memory only, never returned.
 */
export async function holderDetailsForPasswordCheck(
  q: Sql,
  deps: Pick<ModuleDeps, 'pii'>,
  who: { userId: string } | { holderId: string },
): Promise<{ residentId: string; birthDate: string } | null> {
  const h = 'userId' in who ? await findHolderRowByUser(q, who.userId) : await findHolderRow(q, who.holderId);
  if (!h) return null;
  const { sealed } = await findSealedField(q, h.id, 'residentId');
  return { residentId: sealed ? deps.pii.decrypt('holder.resident_id', sealed) : '', birthDate: h.birth_date };
}
