/**
 * R-2, changed employer (issue 17) and issue 18 item 10: a new employer's HR
 * takes a holder over only with the holder's consent, given in the app, via
 * the activation SMS link (then in the app), or on signed paper that the
 * new employer's HR records. On consent the holder moves from that day; the
 * old employer's open application is withdrawn by the system; the old
 * employer keeps only its history (its applications). A pending request
 * tells the requester nothing about the holder beyond what they typed.
 */
import { createHash } from 'node:crypto';
import type { HolderTransferView, TransferRequestView, TransferPaperConsentFields } from '@jifen/contracts';
import { isIsoDate } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import { withdrawOpenForTransfer } from '../applications/applications.system-moves.ts';
import { scanType } from '../applications/paper-confirmation.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { inviteForTransfer, inviteWasUsed } from '../holder-activation/activation.service.ts';
import {
  assertEmployerVerified,
  findOwnHolderId,
  holderForTransfer,
  moveHolderToEmployer,
} from '../holders/holders.service.ts';
import {
  declineOthers,
  findTransfer,
  listForEmployer,
  listForHolder,
  markAccepted,
  markDeclined,
  paperScanOf,
  setSmsInvite,
  type TransferRow,
} from './transfers.repository.ts';
import { msg } from '@jifen/messages';

/**
 * How long a request waits for the holder: two weeks covers a holder who is
 * away or slow to answer an SMS, and is short enough that a stale request
 * (someone who never joined) does not linger; the employer can ask again.
 */
export const TRANSFER_VALID_DAYS = 14;
/** The scan of the signed consent, encrypted at rest under its own field name (PI-1), as first applications' paper confirmation. */
export const TRANSFER_SCAN_FIELD = 'holder_transfers.paper_scan';

const notFound = () => denied.notFound(msg('transfers.noun'));

function employerIdOf(user: AuthUser): string {
  assertEmployerVerified(user);
  if (user.role !== 'hr' || !user.employer) throw denied.forbidden();
  return user.employer.id;
}

/** A pending request past its expiry reads as expired even before a write marks it. */
const stateOf = (t: TransferRow, now: Date) =>
  t.state === 'pending' && t.expires_at.getTime() <= now.getTime() ? 'expired' : t.state;

export function employerView(t: TransferRow, now: Date): TransferRequestView {
  const state = stateOf(t, now);
  return {
    id: t.id,
    name: t.requested_name,
    residentId: t.resident_id_masked,
    state,
    requestedAt: t.requested_at.toISOString(),
    expiresAt: t.expires_at.toISOString(),
    decidedAt: t.decided_at ? t.decided_at.toISOString() : null,
    effectiveOn: t.effective_on,
    consentMethod: t.consent_method,
    holderId: state === 'accepted' ? t.holder_id : null,
  };
}

function holderView(t: TransferRow, now: Date): HolderTransferView {
  return {
    id: t.id,
    employerName: t.to_employer_name,
    state: stateOf(t, now),
    requestedAt: t.requested_at.toISOString(),
    expiresAt: t.expires_at.toISOString(),
    decidedAt: t.decided_at ? t.decided_at.toISOString() : null,
    effectiveOn: t.effective_on,
    consentMethod: t.consent_method,
  };
}

export async function listEmployerTransfers(deps: ModuleDeps, user: AuthUser): Promise<TransferRequestView[]> {
  const employerId = employerIdOf(user);
  const now = deps.clock.now();
  return (await listForEmployer(deps.db, employerId)).map((t) => employerView(t, now));
}

async function ownRequest(q: Sql, user: AuthUser, id: string, forUpdate = false): Promise<TransferRow> {
  const t = await findTransfer(q, id, forUpdate);
  if (!t || t.to_employer_id !== employerIdOf(user)) throw notFound();
  return t;
}

export async function getEmployerTransfer(deps: ModuleDeps, user: AuthUser, id: string): Promise<TransferRequestView> {
  return employerView(await ownRequest(deps.db, user, id), deps.clock.now());
}

/** Only a pending, unexpired request can be decided; the refusal says what became of it. */
function assertOpen(t: TransferRow, now: Date): void {
  const state = stateOf(t, now);
  if (state === 'expired') {
    throw fail(
      'TRANSFER.EXPIRED',
      msg('transfers.expired', { date: shanghaiDate(t.expires_at), transferValidDays: TRANSFER_VALID_DAYS }),
      [],
      { ruleId: 'R-2' },
    );
  }
  if (state !== 'pending') {
    throw fail(
      'TRANSFER.CLOSED',
      msg('transfers.closed', {
        state: state === 'accepted' ? msg('transfers.state.accepted') : msg('transfers.state.declined'),
      }),
      [],
      { ruleId: 'R-2' },
    );
  }
}

type Paper = NonNullable<Parameters<typeof markAccepted>[1]['paper']>;

/** The consent, in the caller's transaction: move the holder, withdraw the old employer's open case, end the other requests, audit. */
async function consentInTx(
  q: Sql,
  deps: ModuleDeps,
  actor: Actor,
  t: TransferRow,
  method: 'app' | 'sms' | 'paper',
  decidedBy: string | null,
  paper?: Paper,
): Promise<void> {
  const now = deps.clock.now();
  assertOpen(t, now);
  const holder = await holderForTransfer(q, t.holder_id, true);
  if (!holder) throw notFound();
  const from = holder.employer_id;
  const effectiveOn = shanghaiDate(now);
  let withdrawn: { id: string; number: string | null } | null = null;
  if (from !== t.to_employer_id) {
    if (from) {
      withdrawn = await withdrawOpenForTransfer(
        q,
        deps,
        { holderId: holder.id, employerId: from, ...(actor.requestId ? { requestId: actor.requestId } : {}) },
        // Stored as the withdrawal's one reason, both languages.
        bothLanguages(msg('transfers.withdrawnOnMove', { effectiveOn })),
      );
    }
    if (!(await moveHolderToEmployer(q, holder.id, from, t.to_employer_id)))
      throw fail('TRANSFER.CONFLICT', msg('transfers.holderChanged'));
  }
  await markAccepted(q, {
    id: t.id,
    method,
    decidedBy,
    at: now,
    fromEmployerId: from,
    effectiveOn,
    ...(paper ? { paper } : {}),
  });
  const ended = await declineOthers(q, holder.id, t.id, now);
  await appendAudit(q, deps.clock, actor, {
    action: 'transfer.accept',
    subjectType: 'holder',
    subjectId: holder.id,
    before: { employerId: from },
    after: {
      transferId: t.id,
      employerId: t.to_employer_id,
      effectiveOn,
      consentMethod: method,
      withdrawnApplication: withdrawn,
      otherRequestsEnded: ended,
      ...(paper
        ? {
            paper: {
              signedOn: paper.signedOn,
              contentType: paper.contentType,
              bytes: paper.bytes,
              sha256: paper.sha256,
            },
          }
        : {}),
    },
  });
}

/**
 * HR of the requesting employer records the holder's signed paper consent
 * (as a first application's paper confirmation): the scan encrypted, the
 * day it was signed, who recorded it, audited with the scan's SHA-256.
 */
export async function recordPaperConsent(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  form: TransferPaperConsentFields,
  file: { filename: string; data: Buffer },
): Promise<TransferRequestView> {
  const seen = await ownRequest(deps.db, user, id);
  assertOpen(seen, deps.clock.now());
  const today = shanghaiDate(deps.clock.now());
  const requested = shanghaiDate(seen.requested_at);
  if (!isIsoDate(form.signedOn) || form.signedOn > today || form.signedOn < requested) {
    const m = msg('transfers.signedOnRange', { requested, today });
    throw fail('VALIDATION.SIGNED_ON', m, [{ path: 'querystring.signedOn', message: m }], { ruleId: 'R-2' });
  }
  const contentType = file.data.length > 0 ? scanType(file.data) : undefined;
  if (!contentType) {
    throw fail('VALIDATION.SCAN_TYPE', msg('transfers.scanType'), [
      { path: 'file', message: msg('transfers.scanTypeShort') },
    ]);
  }
  await deps.db.tx(async (q) => {
    const t = await ownRequest(q, user, id, true);
    await consentInTx(q, deps, actor, t, 'paper', user.id, {
      signedOn: form.signedOn,
      filename: file.filename.slice(0, 200),
      contentType,
      bytes: file.data.length,
      sha256: createHash('sha256').update(file.data).digest('hex'),
      scanEnc: deps.pii.encrypt(TRANSFER_SCAN_FIELD, file.data.toString('base64')),
    });
  });
  return getEmployerTransfer(deps, user, id);
}

/** The scan of a paper consent, for the employer that recorded it; every read audited (PI-1). */
export async function readTransferScan(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
): Promise<{ data: Buffer; contentType: string }> {
  const t = await ownRequest(deps.db, user, id);
  return deps.db.tx(async (q) => {
    const scan = await paperScanOf(q, t.id);
    if (!scan) throw fail('TRANSFER_SCAN.NOT_FOUND', msg('transfers.noPaperConsent'));
    await appendAudit(q, deps.clock, actor, {
      action: 'transfer.paper_scan_read',
      subjectType: 'holder',
      subjectId: t.holder_id,
      after: { transferId: t.id },
    });
    return {
      data: Buffer.from(deps.pii.decrypt(TRANSFER_SCAN_FIELD, scan.scan_enc), 'base64'),
      contentType: scan.content_type,
    };
  });
}

/**
 * HR asks for the holder's consent by SMS. A holder without an account gets
 * the activation link (holder-activation); one with an account sees the
 * request on their home page. The answer is the same in every case.
 */
export async function inviteForConsent(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  origin: { protocol: string; host: string },
): Promise<{ requested: true }> {
  await deps.db.tx(async (q) => {
    const t = await ownRequest(q, user, id, true);
    assertOpen(t, deps.clock.now());
    const inviteId = await inviteForTransfer(q, deps, actor, {
      holderId: t.holder_id,
      invitedBy: user.id,
      employerName: t.to_employer_name,
      origin,
    });
    if (inviteId) await setSmsInvite(q, t.id, inviteId);
  });
  return { requested: true };
}

export async function listMyTransfers(deps: ModuleDeps, user: AuthUser): Promise<HolderTransferView[]> {
  const holderId = await findOwnHolderId(deps, user);
  const now = deps.clock.now();
  return (await listForHolder(deps.db, holderId)).map((t) => holderView(t, now));
}

/** `holderId` is read before the transaction: on the embedded database a read beside an open transaction waits for it. */
async function myRequest(q: Sql, holderId: string, id: string): Promise<TransferRow> {
  const t = await findTransfer(q, id, true);
  if (!t || t.holder_id !== holderId) throw notFound();
  return t;
}

/** The holder consents in the app; "by SMS" when the account was made from this request's activation link. */
export async function acceptMyTransfer(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
): Promise<HolderTransferView> {
  const holderId = await findOwnHolderId(deps, user);
  await deps.db.tx(async (q) => {
    const t = await myRequest(q, holderId, id);
    const method = t.sms_invite_id && (await inviteWasUsed(q, t.sms_invite_id)) ? 'sms' : 'app';
    await consentInTx(q, deps, actor, t, method, user.id);
  });
  return myView(deps, user, id);
}

/** Declining changes nothing but the request: the holder stays where they are. */
export async function declineMyTransfer(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
): Promise<HolderTransferView> {
  const holderId = await findOwnHolderId(deps, user);
  await deps.db.tx(async (q) => {
    const t = await myRequest(q, holderId, id);
    assertOpen(t, deps.clock.now());
    await markDeclined(q, t.id, user.id, deps.clock.now());
    await appendAudit(q, deps.clock, actor, {
      action: 'transfer.decline',
      subjectType: 'holder',
      subjectId: t.holder_id,
      after: { transferId: t.id, employerId: t.to_employer_id },
    });
  });
  return myView(deps, user, id);
}

async function myView(deps: ModuleDeps, user: AuthUser, id: string): Promise<HolderTransferView> {
  const holderId = await findOwnHolderId(deps, user);
  const t = await findTransfer(deps.db, id);
  if (!t || t.holder_id !== holderId) throw notFound();
  return holderView(t, deps.clock.now());
}

const bothLanguages = (t: { zh: string; en: string }) => `${t.zh} / ${t.en}`;
