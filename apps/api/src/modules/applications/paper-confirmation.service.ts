import { createHash, randomUUID } from 'node:crypto';
import type { ApplicationDetail } from '@jifen/contracts';
import { isIsoDate } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import { detailOf } from './applications.detail.ts';
import { findApplication } from './applications.repository.ts';
import { visibleApplication } from './applications.service.ts';
import { moveInTransaction } from './applications.transition.ts';
import { canSee, notFound } from './applications.view.ts';
import { insertPaperConfirmation, latestPaperConfirmation, paperScan } from './paper-confirmation.repository.ts';

/** The scan is personal data (the holder's signature): encrypted at rest under its own field name (PI-1). */
export const SCAN_FIELD = 'paper_confirmations.scan';
export const MAX_SCAN_BYTES = 5 * 1024 * 1024;

/** What a scan may be, told by its first bytes rather than by the name or type the browser sent. */
const SIGNATURES: { type: string; magic: number[] }[] = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

export function scanType(data: Buffer): string | undefined {
  return SIGNATURES.find((s) => s.magic.every((b, i) => data[i] === b))?.type;
}

const badScan = () =>
  fail('VALIDATION.SCAN_TYPE', msg('applications.scanType'), [
    { path: 'file', message: msg('applications.scanTypeShort') },
  ]);

/**
 * HR records the holder's signed paper confirmation of a draft, for a
 * holder without an account: the scan (encrypted), the day it was signed
 * and who recorded it are stored, and the draft moves to holder_confirmed
 * (`confirm_on_paper`, R-3) in the same transaction, audited twice: the
 * transition and the record with the scan's SHA-256.
 */
export async function recordPaperConfirmation(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  form: { signedOn: string; expectedVersion: number },
  file: { filename: string; data: Buffer },
): Promise<ApplicationDetail> {
  const seen = await visibleApplication(deps, user, id);
  if (seen.holder_user_id) {
    throw fail('PAPER.HOLDER_HAS_ACCOUNT', msg('applications.holderConfirmsInApp', { name: seen.holder_name }), [], {
      ruleId: 'R-3',
    });
  }
  const today = shanghaiDate(deps.clock.now());
  const created = shanghaiDate(seen.created_at);
  if (!isIsoDate(form.signedOn) || form.signedOn > today || form.signedOn < created) {
    const m = msg('applications.signedOnRange', { created, today });
    throw fail('PAPER.SIGNED_ON', m, [{ path: 'querystring.signedOn', message: m }]);
  }
  if (file.data.length === 0) throw badScan();
  const contentType = scanType(file.data);
  if (!contentType) throw badScan();
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  await deps.db.tx(async (q) => {
    const current = await findApplication(q, id, true);
    if (!current || !canSee(user, current)) throw notFound();
    const paperId = randomUUID();
    const at = deps.clock.now();
    await insertPaperConfirmation(q, {
      id: paperId,
      applicationId: id,
      holderId: current.holder_id,
      signedOn: form.signedOn,
      recordedBy: user.id,
      at,
      filename: file.filename.slice(0, 200),
      contentType,
      bytes: file.data.length,
      sha256,
      scanEnc: deps.pii.encrypt(SCAN_FIELD, file.data.toString('base64')),
    });
    await moveInTransaction(q, deps, user, actor, current, 'confirm_on_paper', form.expectedVersion);
    await appendAudit(q, deps.clock, actor, {
      action: 'paper_confirmation.record',
      subjectType: 'application',
      subjectId: id,
      after: {
        paperConfirmationId: paperId,
        holderId: current.holder_id,
        signedOn: form.signedOn,
        scan: { contentType, bytes: file.data.length, sha256 },
      },
    });
  });
  const row = await findApplication(deps.db, id);
  if (!row) throw notFound();
  return detailOf(deps, row, user);
}

/** The scan of the latest paper confirmation, for whoever may see the application; every read audited (PI-1). */
export async function readPaperScan(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
): Promise<{ data: Buffer; contentType: string; filename: string }> {
  const app = await visibleApplication(deps, user, id);
  const paper = await latestPaperConfirmation(deps.db, id);
  if (!paper) throw fail('PAPER_CONFIRMATION.NOT_FOUND', msg('applications.noPaperConfirmation'));
  return deps.db.tx(async (q) => {
    const { scan_enc } = await paperScan(q, paper.id);
    await appendAudit(q, deps.clock, actor, {
      action: 'paper_confirmation.scan_read',
      subjectType: 'application',
      subjectId: app.id,
      after: { paperConfirmationId: paper.id },
    });
    return {
      data: Buffer.from(deps.pii.decrypt(SCAN_FIELD, scan_enc), 'base64'),
      contentType: paper.scan_content_type,
      filename: `${app.number}-paper-confirmation`,
    };
  });
}
