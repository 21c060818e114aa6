import { randomUUID } from 'node:crypto';
import type {
  ConsultationCreated,
  ConsultationItem,
  ConsultationPublicStatus,
  ConsultationStatus,
  CreateConsultationRequest,
  UpdateConsultationRequest,
} from '@jifen/contracts';
import { PRIVACY_NOTICE_VERSION } from '@jifen/contracts';
import type { AssessmentInput, PolicySet } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied } from '../../errors.ts';
import { maskMobile } from '../../security/pii.ts';
import { evaluate } from '../assessments/assessments.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  deleteConsultation,
  findById,
  findByReference,
  insertConsultation,
  listConsultationRows,
  updateConsultationRow,
  type AttachedAssessment,
  type ConsultationRow,
} from './consultations.repository.ts';
import { newReferenceCode } from './reference-code.ts';
import { maskIdNumbersInText } from '../../security/free-text.ts';

export interface ConsultationPolicy {
  /** PI-3: requests are deleted this many days after they were made (CONSULTATION_RETENTION_DAYS). */
  retentionDays: number;
}

/** The parsed create request (zod output: the mobile already normalised, I-3). */
export type NewConsultation = Omit<CreateConsultationRequest, 'language' | 'noticeVersion'> & {
  language: 'zh' | 'en';
  noticeVersion: string;
};

const MOBILE_FIELD = 'consultation.mobile';
const DAY_MS = 86_400_000;
const notFound = () => denied.notFound(msg('nouns.consultation'));

export function deleteAfterOf(createdAt: Date, policy: ConsultationPolicy): string {
  return shanghaiDate(new Date(createdAt.getTime() + policy.retentionDays * DAY_MS));
}

function attach(set: PolicySet, body: NewConsultation, today: string): AttachedAssessment | null {
  return body.assessment ? attachAssessment(set, body.assessment, today) : null;
}

/** The self-assessment a person chose to attach, re-evaluated here: its input and headline (also used by online consultation, issue #14). */
export function attachAssessment(
  set: PolicySet,
  assessment: NonNullable<NewConsultation['assessment']>,
  today: string,
): AttachedAssessment {
  const input = assessment.input as AssessmentInput;
  const r = evaluate(set, { input, asOf: assessment.asOf }, today);
  const a = r.assessment;
  return {
    input: input as unknown as Record<string, unknown>,
    summary: {
      asOf: a.asOf,
      total: a.total,
      standardScore: a.standardScore,
      meetsStandard: a.meetsStandard,
      eligible: a.eligible,
      policyId: r.policy.id,
      policyHash: r.policy.hash,
    },
  };
}

/** PI-3: stores a call-back request with consent; the mobile is encrypted (PI-1). */
export async function createConsultation(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'pii' | 'policy'>,
  policy: ConsultationPolicy,
  body: NewConsultation,
): Promise<ConsultationCreated> {
  const now = deps.clock.now();
  const row: ConsultationRow = {
    id: randomUUID(),
    reference: newReferenceCode(),
    name: body.name,
    mobile_enc: deps.pii.encrypt(MOBILE_FIELD, body.mobile),
    mobile_masked: maskMobile(body.mobile),
    // PI-1: an ID number or mobile typed into the question is stored masked (issue 11).
    question: maskIdNumbersInText(body.question),
    language: body.language,
    status: 'new',
    notes: [],
    assessment: attach(deps.policy.set(), body, shanghaiDate(now)),
    consent_notice_version: body.noticeVersion || PRIVACY_NOTICE_VERSION,
    consented_at: now,
    created_at: now,
    updated_at: now,
  };
  await deps.db.tx(async (q) => {
    await insertConsultation(q, row);
    await appendAudit(q, deps.clock, null, {
      action: 'consultation.created',
      subjectType: 'consultation',
      subjectId: row.id,
      after: { noticeVersion: row.consent_notice_version, withAssessment: row.assessment !== null },
    });
  });
  return {
    reference: row.reference,
    status: row.status,
    deleteAfter: deleteAfterOf(now, policy),
    retentionDays: policy.retentionDays,
  };
}

export async function consultationStatusOf(
  deps: Pick<ModuleDeps, 'db'>,
  policy: ConsultationPolicy,
  reference: string,
): Promise<ConsultationPublicStatus> {
  const row = await findByReference(deps.db, reference);
  if (!row) throw notFound();
  return {
    reference: row.reference,
    status: row.status,
    mobile: row.mobile_masked,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    deleteAfter: deleteAfterOf(row.created_at, policy),
    hasAssessment: row.assessment !== null,
  };
}

/** PI-3: withdrawing deletes the request and everything in it; the audit keeps only that it happened. */
export async function withdrawConsultation(deps: Pick<ModuleDeps, 'db' | 'clock'>, reference: string): Promise<void> {
  await deps.db.tx(async (q) => {
    const row = await findByReference(q, reference);
    if (!row) throw notFound();
    await deleteConsultation(q, row.id);
    await appendAudit(q, deps.clock, null, {
      action: 'consultation.withdrawn',
      subjectType: 'consultation',
      subjectId: row.id,
    });
  });
}

function toItem(row: ConsultationRow, policy: ConsultationPolicy): ConsultationItem {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    mobile: row.mobile_masked,
    // Masked again on the way out: rows stored before masking began show masked too.
    question: maskIdNumbersInText(row.question),
    language: row.language,
    status: row.status,
    notes: row.notes.map((n) => ({ ...n, text: maskIdNumbersInText(n.text) })),
    assessment: row.assessment?.summary ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    deleteAfter: deleteAfterOf(row.created_at, policy),
  };
}

export async function listQueue(
  deps: Pick<ModuleDeps, 'db'>,
  policy: ConsultationPolicy,
  status: ConsultationStatus | undefined,
): Promise<ConsultationItem[]> {
  return (await listConsultationRows(deps.db, status)).map((r) => toItem(r, policy));
}

/** The consultant records a call-back, closes, or adds a note; each change is audited. */
export async function updateConsultation(
  deps: Pick<ModuleDeps, 'db' | 'clock'>,
  policy: ConsultationPolicy,
  user: AuthUser,
  actor: Actor,
  id: string,
  patch: UpdateConsultationRequest,
): Promise<ConsultationItem> {
  return deps.db.tx(async (q) => {
    const row = await findById(q, id, true);
    if (!row) throw notFound();
    const now = deps.clock.now();
    const status = patch.status ?? row.status;
    const notes = patch.note
      ? [...row.notes, { at: now.toISOString(), by: user.displayName, text: maskIdNumbersInText(patch.note) }]
      : row.notes;
    await updateConsultationRow(q, id, { status, notes, updatedAt: now });
    await appendAudit(q, deps.clock, actor, {
      action: 'consultation.updated',
      subjectType: 'consultation',
      subjectId: id,
      before: { status: row.status, notes: row.notes.length },
      after: { status, notes: notes.length },
    });
    return toItem({ ...row, status, notes, updated_at: now }, policy);
  });
}

/** PI-1: the full number, to call back; the read is written to the audit log with the reason. */
export async function revealConsultationMobile(
  deps: Pick<ModuleDeps, 'db' | 'clock' | 'pii'>,
  actor: Actor,
  id: string,
  reason: string,
): Promise<string> {
  return deps.db.tx(async (q) => {
    const row = await findById(q, id);
    if (!row) throw notFound();
    await appendAudit(q, deps.clock, actor, {
      action: 'consultation.reveal_mobile',
      subjectType: 'consultation',
      subjectId: id,
      after: { field: 'mobile' },
      reason,
    });
    return deps.pii.decrypt(MOBILE_FIELD, row.mobile_enc);
  });
}
