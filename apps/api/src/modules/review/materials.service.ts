import { randomUUID } from 'node:crypto';
import type { MaterialCheckView, MaterialsCheckRequest, MaterialsCheckResponse } from '@jifen/contracts';
import { materialsChecklist, validateMaterials, type MaterialItemId, type MaterialsSubmission } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { appendAudit, recordAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import { detailOf } from '../applications/applications.detail.ts';
import { visibleApplication } from '../applications/applications.service.ts';
import { moveInTransaction } from '../applications/applications.transition.ts';
import { today } from '../applications/applications.view.ts';
import { acceptedCheckCount, insertMaterialCheck, latestMaterialCheck } from './review.repository.ts';

/** What the counter saw, in the domain's terms: an item not brought is absent. */
export function submissionOf(body: MaterialsCheckRequest): MaterialsSubmission {
  const items: MaterialsSubmission['items'] = {};
  for (const [id, c] of Object.entries(body.items) as [
    MaterialItemId,
    MaterialsCheckRequest['items'][keyof MaterialsCheckRequest['items']],
  ][]) {
    if (c.present) items[id] = { original: c.originalSeen, copy: c.copy, sealed: c.copy && c.sealed };
  }
  return {
    items,
    ...(body.contractStart && body.contractEnd
      ? { contract: { startDate: body.contractStart, endDate: body.contractEnd } }
      : {}),
    ...(body.terminationLeaveDate ? { terminationRecord: { leaveDate: body.terminationLeaveDate } } : {}),
    ...(body.permitValidUntil ? { permit: { validUntil: body.permitValidUntil } } : {}),
    hrSpecialistInPerson: body.hrSpecialistInPerson,
  };
}

/**
 * R-2 at the counter: the clerk or reviewer ticks each M-1..M-4 item;
 * `validateMaterials` decides. Complete: the materials are accepted (review
 * starts, its due date with it) and a receipt number is given. Not: the
 * application is returned (M-5) with every missing item named in the reason
 * HR and the holder read. Check, move, messages and audit in one transaction.
 */
export async function checkMaterials(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  body: MaterialsCheckRequest,
): Promise<MaterialsCheckResponse> {
  await visibleApplication(deps, user, id);
  const t = today(deps);
  const validation = validateMaterials(submissionOf(body), t.today, t.policy);
  await deps.db.tx(async (q) => {
    await q.query('SELECT id FROM applications WHERE id = $1 FOR UPDATE', [id]);
    const row = await visibleApplication({ ...deps, db: q as ModuleDeps['db'] }, user, id);
    const accepted = validation.outcome === 'accepted';
    // The workflow stores a return's reason in Chinese; each problem without the domain text's own "will be returned" ending.
    const problems = validation.problems.map((p) => p.message.zh.replace(/，申请将被退回（退回）补正$/, '')).join('；');
    const reason = accepted ? undefined : msg('review.materialsIncomplete', { problems }).zh;
    await moveInTransaction(
      q,
      deps,
      user,
      actor,
      row,
      accepted ? 'accept_materials' : 'return_for_correction',
      body.expectedVersion,
      reason,
    );
    const receiptNo = accepted ? `SJ-${row.number}-${(await acceptedCheckCount(q, id)) + 1}` : null;
    const facts = {
      contractStart: body.contractStart ?? null,
      contractEnd: body.contractEnd ?? null,
      terminationLeaveDate: body.terminationLeaveDate ?? null,
      permitValidUntil: body.permitValidUntil ?? null,
      hrSpecialistInPerson: body.hrSpecialistInPerson,
    };
    await insertMaterialCheck(q, {
      id: randomUUID(),
      applicationId: id,
      visitDate: t.today,
      items: body.items,
      facts,
      outcome: validation.outcome,
      problems: validation.problems,
      receiptNo,
      by: user.id,
      at: deps.clock.now(),
    });
    await appendAudit(q, deps.clock, actor, {
      action: 'review.materials_checked',
      subjectType: 'application',
      subjectId: id,
      after: {
        outcome: validation.outcome,
        receiptNo,
        problems: validation.problems.map((p) => ({ ruleId: p.ruleId, item: p.item })),
        items: body.items,
      },
      ...(reason ? { reason } : {}),
    });
  });
  const row = await visibleApplication(deps, user, id);
  const check = await latestMaterialCheck(deps.db, id);
  if (!check) throw new Error('material check not stored');
  return { check: checkView(check), application: await detailOf(deps, row, user) };
}

function checkView(m: NonNullable<Awaited<ReturnType<typeof latestMaterialCheck>>>): MaterialCheckView {
  return {
    outcome: m.outcome,
    visitDate: m.visit_date,
    items: m.items,
    problems: m.problems,
    receiptNo: m.receipt_no,
    checkedBy: { id: m.checked_by, name: m.checker_name },
    checkedAt: m.checked_at.toISOString(),
  };
}

/** The 收件凭证 of the accepted materials, for the counter, HR and the holder; every print audited. */
export async function printReceipt(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
): Promise<{ filename: string; pdf: Buffer }> {
  const row = await visibleApplication(deps, user, id);
  const check = await latestMaterialCheck(deps.db, id);
  if (!check || check.outcome !== 'accepted' || !check.receipt_no) {
    throw fail('REVIEW.NO_RECEIPT', msg('review.noMaterials'), [], { ruleId: 'R-2' });
  }
  const { policy } = today(deps);
  const checklist = materialsChecklist('employer_changed', policy);
  // pdfkit, fontkit and the fonts load with the first print, not with the server (issue 20: idle memory).
  const { renderReceiptPdf } = await import('./receipt.pdf.ts');
  const pdf = await renderReceiptPdf({
    receiptNo: check.receipt_no,
    applicationNo: row.number,
    holderName: row.holder_name,
    employerName: row.employer_name,
    visitDate: check.visit_date,
    // The receipt is printed in Chinese.
    centreName: (user.district
      ? msg('review.receiptCentre.named', { district: user.district.name })
      : msg('review.receiptCentre.unnamed')
    ).zh,
    checkedBy: check.checker_name,
    items: checklist.items.map((i) => ({
      name: i.name.zh,
      nameEn: i.name.en,
      form: i.requirement.zh.split('；')[0] ?? i.requirement.zh,
    })),
  });
  await recordAudit(deps.db, deps.clock, actor, {
    action: 'review.receipt_printed',
    subjectType: 'application',
    subjectId: id,
    after: { receiptNo: check.receipt_no },
  });
  return { filename: `materials-receipt-${check.receipt_no}.pdf`, pdf };
}
