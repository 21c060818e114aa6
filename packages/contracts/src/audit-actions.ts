import type { Action, LocalizedText } from '@jifen/domain';
import { type AuditActionLabelKey, auditActionLabel } from '@jifen/messages/audit';

/**
 * Every audit action code the API writes, with the catalog key of its label
 * (`packages/messages/src/auditActions/messages.ts`). The API's `appendAudit`
 * only accepts these codes, and a code without a label, or a label key not in
 * the catalog, does not compile; the audit page shows the label, never the code.
 */
const APPLICATION_ACTION_KEYS = {
  'application.confirm': 'auditActions.application.confirm',
  'application.confirm_on_paper': 'auditActions.application.confirmOnPaper',
  'application.reopen': 'auditActions.application.reopen',
  'application.submit': 'auditActions.application.submit',
  'application.auto_approve': 'auditActions.application.autoApprove',
  'application.route_to_visit': 'auditActions.application.routeToVisit',
  'application.route_to_review': 'auditActions.application.routeToReview',
  'application.accept_materials': 'auditActions.application.acceptMaterials',
  'application.return_for_correction': 'auditActions.application.returnForCorrection',
  'application.approve': 'auditActions.application.approve',
  'application.reject': 'auditActions.application.reject',
  'application.withdraw': 'auditActions.application.withdraw',
} as const satisfies Record<`application.${Action}`, AuditActionLabelKey>;

const OTHER_ACTION_KEYS = {
  'application.create': 'auditActions.application.create',
  'application.notice_printed': 'auditActions.application.noticePrinted',
  'auth.login': 'auditActions.auth.login',
  'auth.logout': 'auditActions.auth.logout',
  'auth.locked': 'auditActions.auth.locked',
  'auth.password_change': 'auditActions.auth.passwordChange',
  'user.create': 'auditActions.user.create',
  'user.sessions_revoke': 'auditActions.user.sessionsRevoke',
  'user.disable': 'auditActions.user.disable',
  'user.enable': 'auditActions.user.enable',
  'user.unlock': 'auditActions.user.unlock',
  'user.password_reset': 'auditActions.user.passwordReset',
  'user.role_change': 'auditActions.user.roleChange',
  'employer.register': 'auditActions.employer.register',
  'employer.verify': 'auditActions.employer.verify',
  'employer.reject': 'auditActions.employer.reject',
  'holder.register': 'auditActions.holder.register',
  'holder.reveal': 'auditActions.holder.reveal',
  'claims.read': 'auditActions.claims.read',
  'claims.update': 'auditActions.claims.update',
  'claims.confirm': 'auditActions.claims.confirm',
  'records.read': 'auditActions.records.read',
  'records.update': 'auditActions.records.update',
  'records.import': 'auditActions.records.import',
  'permit.lookup': 'auditActions.permit.lookup',
  'permit.endorse': 'auditActions.permit.endorse',
  'permit.issue_new': 'auditActions.permit.issueNew',
  'visit_slot.publish': 'auditActions.visitSlot.publish',
  'visit.book': 'auditActions.visit.book',
  'visit.reschedule': 'auditActions.visit.reschedule',
  'visit.cancel': 'auditActions.visit.cancel',
  'consultation.created': 'auditActions.consultation.created',
  'consultation.updated': 'auditActions.consultation.updated',
  'consultation.withdrawn': 'auditActions.consultation.withdrawn',
  'consultation.reveal_mobile': 'auditActions.consultation.revealMobile',
  'consultation.purged': 'auditActions.consultation.purged',
  'demo.seed': 'auditActions.demo.seed',
  'paper_confirmation.record': 'auditActions.paperConfirmation.record',
  'paper_confirmation.scan_read': 'auditActions.paperConfirmation.scanRead',
  'holder.invite': 'auditActions.holder.invite',
  'holder.activate': 'auditActions.holder.activate',
  'application.due_date_computed': 'auditActions.application.dueDateComputed',
  'application.checks_computed': 'auditActions.application.checksComputed',
  'policy.draft_saved': 'auditActions.policy.draftSaved',
  'policy.published': 'auditActions.policy.published',
  'policy.discarded': 'auditActions.policy.discarded',
  'consult_thread.created': 'auditActions.consultThread.created',
  'consult_thread.follow_up': 'auditActions.consultThread.followUp',
  'consult_thread.claimed': 'auditActions.consultThread.claimed',
  'consult_thread.answered': 'auditActions.consultThread.answered',
  'consult_thread.handed_over': 'auditActions.consultThread.handedOver',
  'consult_thread.closed': 'auditActions.consultThread.closed',
  'consult_thread.withdrawn': 'auditActions.consultThread.withdrawn',
  'consult_thread.mobile_verified': 'auditActions.consultThread.mobileVerified',
  'knowledge.saved': 'auditActions.knowledge.saved',
  'knowledge.published': 'auditActions.knowledge.published',
  'knowledge.retired': 'auditActions.knowledge.retired',
  'saved_reply.saved': 'auditActions.savedReply.saved',
  'saved_reply.deleted': 'auditActions.savedReply.deleted',
  'notice.revoked': 'auditActions.notice.revoked',
  'sms.resent': 'auditActions.sms.resent',
  'roster.import': 'auditActions.roster.import',
  'transfer.request': 'auditActions.transfer.request',
  'transfer.request_refused': 'auditActions.transfer.requestRefused',
  'transfer.accept': 'auditActions.transfer.accept',
  'transfer.decline': 'auditActions.transfer.decline',
  'transfer.paper_scan_read': 'auditActions.transfer.paperScanRead',
  'roster.export': 'auditActions.roster.export',
  'roster.renewals': 'auditActions.roster.renewals',
  'points.record_created': 'auditActions.points.recordCreated',
  'points.record_renewed': 'auditActions.points.recordRenewed',
  'points.reminders_cancelled': 'auditActions.points.remindersCancelled',
  'points.reminders_resumed': 'auditActions.points.remindersResumed',
  'points.sweep_applied': 'auditActions.points.sweepApplied',
  'points.digest_computed': 'auditActions.points.digestComputed',
  'review.claim': 'auditActions.review.claim',
  'review.handover': 'auditActions.review.handover',
  'review.materials_checked': 'auditActions.review.materialsChecked',
  'review.receipt_printed': 'auditActions.review.receiptPrinted',
  'review.file_retrieved': 'auditActions.review.fileRetrieved',
  'review.indicator_decided': 'auditActions.review.indicatorDecided',
  'review.false_material': 'auditActions.review.falseMaterial',
} as const satisfies Record<string, AuditActionLabelKey>;

export type AuditAction = keyof typeof OTHER_ACTION_KEYS | keyof typeof APPLICATION_ACTION_KEYS;

/** The catalog key of each audit action's label. */
export const AUDIT_ACTION_KEYS: Readonly<Record<AuditAction, AuditActionLabelKey>> = {
  ...OTHER_ACTION_KEYS,
  ...APPLICATION_ACTION_KEYS,
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_KEYS) as AuditAction[];

/** Each audit action's label in both languages (built only where it is read: the audit page, not /assess). */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, LocalizedText>> = /* @__PURE__ */ Object.fromEntries(
  AUDIT_ACTIONS.map((code) => [code, auditActionLabel(AUDIT_ACTION_KEYS[code])]),
) as Record<AuditAction, LocalizedText>;

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_KEYS, code);
}

/** Where an audit subject of each type is shown in the web UI for an administrator, if anywhere. */
export const AUDIT_SUBJECT_TYPES = [
  'application',
  'holder',
  'employer',
  'user',
  'consultation',
  'visit_slot',
  'policy_calendar',
  'policy_wage',
  'policy_version',
  'system',
  'knowledge_entry',
  'saved_reply',
  'points_record',
  'lifecycle_sweep',
] as const;
