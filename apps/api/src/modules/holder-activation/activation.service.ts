import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ActivateRequest, ActivationCheckResponse, HolderInvitationResponse } from '@jifen/contracts';
import { SMS_TEMPLATES, renderTemplate, type LocalizedText } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, fail } from '../../errors.ts';
import { OUTBOX_SECRET_FIELD, SECRET_MARKER } from '../../jobs/outbox-worker.ts';
import { maskMobile } from '../../security/pii.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { visibleApplication } from '../applications/applications.service.ts';
import { holderDetailsForPasswordCheck } from '../holders/holders.service.ts';
import { createAccount } from '../users/users.service.ts';
import { holderForTransfer } from '../holders/holders.service.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import {
  findInviteByHash,
  findInviteUse,
  insertInvite,
  latestInvite,
  markInviteUsed,
} from './activation.repository.ts';
import { linkHolderAccount } from '../holders/holder-records.ts';
import { insertInviteSms } from '../notifications/messages.service.ts';

/** How long an activation link works. */
export const INVITE_VALID_HOURS = 72;
/** A second SMS to the same holder waits this long (a double click must not send two). */
export const INVITE_RESEND_PAUSE_SECONDS = 60;

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

function renderBoth(
  params: Record<string, string>,
  template: 'activation_invite' | 'transfer_invite' = 'activation_invite',
): LocalizedText {
  const zh = renderTemplate(SMS_TEMPLATES[template], params, 'zh');
  const en = renderTemplate(SMS_TEMPLATES[template], params, 'en');
  if (!zh.ok) throw new AppError(zh.error);
  if (!en.ok) throw new AppError(en.error);
  return { zh: zh.value, en: en.value };
}

/**
 * HR invites the holder of a draft to activate an account (R-3 step 2: a
 * holder without an account is registered by the employer). The SMS goes
 * through the outbox; the link's token is stored only as its SHA-256 here,
 * and encrypted in the outbox row until it is sent.
 */
export async function inviteHolder(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  applicationId: string,
  origin: { protocol: string; host: string },
): Promise<HolderInvitationResponse> {
  const app = await visibleApplication(deps, user, applicationId);
  if (app.state !== 'draft') {
    throw fail('ACTIVATION.NOT_DRAFT', msg('holderActivation.onlyDraft'), [], { ruleId: 'R-3' });
  }
  if (app.holder_user_id) {
    throw fail('ACTIVATION.HOLDER_HAS_ACCOUNT', msg('holderActivation.holderHasAccount', { name: app.holder_name }));
  }
  if (!app.holder_mobile_enc) {
    throw fail('ACTIVATION.NO_MOBILE', msg('holderActivation.holderHasNoMobile'));
  }
  const mobile = deps.pii.decrypt('holder.mobile', app.holder_mobile_enc);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + INVITE_VALID_HOURS * 3_600_000);
  const token = randomBytes(32).toString('base64url');
  const inviteId = randomUUID();
  await deps.db.tx(async (q) => {
    const last = await latestInvite(q, app.holder_id);
    if (last && now.getTime() - last.created_at.getTime() < INVITE_RESEND_PAUSE_SECONDS * 1000) {
      throw fail(
        'ACTIVATION.TOO_SOON',
        msg('holderActivation.resendPause', { inviteResendPauseSeconds: INVITE_RESEND_PAUSE_SECONDS }),
      );
    }
    await insertInvite(q, {
      id: inviteId,
      holderId: app.holder_id,
      applicationId: app.id,
      tokenHash: hashToken(token),
      invitedBy: user.id,
      at: now,
      expiresAt,
    });
    const params = { applicationNo: app.number, expiresOn: shanghaiDate(expiresAt) };
    const rendered = renderBoth({ ...params, activationLink: SECRET_MARKER });
    await insertInviteSms(q, {
      id: randomUUID(),
      applicationId: app.id,
      inviteId,
      mobileEnc: deps.pii.encrypt('outbox.mobile', mobile),
      mobileMasked: maskMobile(mobile),
      params,
      textZh: rendered.zh,
      textEn: rendered.en,
      // The fragment never reaches a server log: the page reads it in the browser.
      secretEnc: deps.pii.encrypt(OUTBOX_SECRET_FIELD, `${origin.protocol}://${origin.host}/activate#${token}`),
      at: now,
    });
    await appendAudit(q, deps.clock, actor, {
      action: 'holder.invite',
      subjectType: 'holder',
      subjectId: app.holder_id,
      after: {
        applicationId: app.id,
        applicationNumber: app.number,
        mobile: maskMobile(mobile),
        expiresAt: expiresAt.toISOString(),
      },
    });
  });
  return {
    invitation: { mobile: maskMobile(mobile), expiresAt: expiresAt.toISOString(), applicationNumber: app.number },
  };
}

/**
 * R-2 (issue 17), for the transfers module: a new employer asks a holder
 * without an account to consent; the same one-time activation link, in an
 * SMS naming the requesting employer, to the mobile on record. Returns the
 * invitation's id, or null when no SMS can go (the holder has an account
 * or no mobile): the caller answers the same either way. Within the resend
 * pause nothing new is sent (null as well).
 */
export async function inviteForTransfer(
  q: Sql,
  deps: ModuleDeps,
  actor: Actor,
  input: { holderId: string; invitedBy: string; employerName: string; origin: { protocol: string; host: string } },
): Promise<string | null> {
  const holder = await holderForTransfer(q, input.holderId, true);
  const sealed = holder && !holder.user_id ? holder.mobile_enc : null;
  if (!holder || !sealed) return null;
  const now = deps.clock.now();
  const last = await latestInvite(q, holder.id);
  if (last && now.getTime() - last.created_at.getTime() < INVITE_RESEND_PAUSE_SECONDS * 1000) return null;
  const mobile = deps.pii.decrypt('holder.mobile', sealed);
  const expiresAt = new Date(now.getTime() + INVITE_VALID_HOURS * 3_600_000);
  const token = randomBytes(32).toString('base64url');
  const inviteId = randomUUID();
  await insertInvite(q, {
    id: inviteId,
    holderId: holder.id,
    applicationId: null,
    tokenHash: hashToken(token),
    invitedBy: input.invitedBy,
    at: now,
    expiresAt,
  });
  const params = { employerName: input.employerName, expiresOn: shanghaiDate(expiresAt) };
  const rendered = renderBoth({ ...params, activationLink: SECRET_MARKER }, 'transfer_invite');
  await insertInviteSms(q, {
    id: randomUUID(),
    applicationId: null,
    inviteId,
    mobileEnc: deps.pii.encrypt('outbox.mobile', mobile),
    mobileMasked: maskMobile(mobile),
    params,
    textZh: rendered.zh,
    textEn: rendered.en,
    template: 'transfer_invite',
    ruleId: 'R-2',
    secretEnc: deps.pii.encrypt(
      OUTBOX_SECRET_FIELD,
      `${input.origin.protocol}://${input.origin.host}/activate#${token}`,
    ),
    at: now,
  });
  await appendAudit(q, deps.clock, actor, {
    action: 'holder.invite',
    subjectType: 'holder',
    subjectId: holder.id,
    after: { purpose: 'transfer', mobile: maskMobile(mobile), expiresAt: expiresAt.toISOString() },
  });
  return inviteId;
}

/** Whether the holder's account was made from this invitation (the transfer's "consent by SMS link"). */
export async function inviteWasUsed(q: Sql, inviteId: string): Promise<boolean> {
  return (await findInviteUse(q, inviteId))?.used_at != null;
}

const linkInvalid = () => fail('ACTIVATION.NOT_FOUND', msg('holderActivation.linkInvalid'));
const linkUsed = () => fail('ACTIVATION.USED', msg('holderActivation.linkUsed'));
const linkExpired = (at: Date) =>
  fail('ACTIVATION.EXPIRED', msg('holderActivation.linkExpired', { date: shanghaiDate(at) }));

type Invite = NonNullable<Awaited<ReturnType<typeof findInviteByHash>>>;

function usable(invite: Invite | undefined, now: Date): Invite {
  if (!invite) throw linkInvalid();
  if (invite.used_at || invite.holder_user_id) throw linkUsed();
  if (invite.revoked_at) throw linkInvalid();
  if (invite.expires_at.getTime() <= now.getTime()) throw linkExpired(invite.expires_at);
  return invite;
}

/** Only the first character of the name: the link's page tells the holder it is theirs without naming them to anyone holding it. */
const maskName = (name: string) => `${[...name][0] ?? ''}${'*'.repeat(Math.max(1, [...name].length - 1))}`;

export async function checkActivation(deps: ModuleDeps, token: string): Promise<ActivationCheckResponse> {
  const invite = usable(await findInviteByHash(deps.db, hashToken(token)), deps.clock.now());
  return { holderName: maskName(invite.holder_name), expiresAt: invite.expires_at.toISOString() };
}

/**
 * The holder sets their username and password; the link is spent in the
 * same transaction (row lock: of two clicks one wins), the account linked
 * to the holder record, and the activation audited as the new account's.
 */
export async function activate(
  deps: ModuleDeps,
  req: ActivateRequest,
  requestId: string,
): Promise<{ username: string }> {
  const now = deps.clock.now();
  await deps.db.tx(async (q) => {
    const invite = usable(await findInviteByHash(q, hashToken(req.token), true), now);
    // The holder's own ID number and birth date are no password (issue 18 item 9).
    const personal = (await holderDetailsForPasswordCheck(q, deps, { holderId: invite.holder_id })) ?? undefined;
    const accountId = await createAccount(q, deps, {
      username: req.username,
      displayName: invite.holder_name,
      password: req.password,
      role: 'holder',
      personal,
    });
    if (!(await linkHolderAccount(q, invite.holder_id, accountId))) throw linkUsed();
    await markInviteUsed(q, invite.id, now);
    await appendAudit(
      q,
      deps.clock,
      { id: accountId, role: 'holder', requestId },
      {
        action: 'holder.activate',
        subjectType: 'holder',
        subjectId: invite.holder_id,
        after: {
          username: req.username,
          inviteCreatedAt: invite.created_at.toISOString(),
          applicationId: invite.application_id,
        },
      },
    );
  });
  return { username: req.username };
}
