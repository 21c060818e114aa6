/** English texts of the failed-SMS page (issue #12). */
export const smsAdminEn = {
  title: 'Failed SMS',
  intro:
    'SMS the provider refused (an invalid number, a rejected signature or template) or that failed after every retry are listed here. Fix the cause (correct the mobile number, the SMS provider settings), then resend. Temporary failures such as throttling are retried automatically with exponential backoff and do not appear here.',
  columns: {
    failedAt: 'Failed at',
    template: 'Kind',
    to: 'To',
    text: 'Text',
    attempts: 'Attempts',
    code: 'Failure',
    reason: 'Reason',
    action: 'Action',
  },
  template: {
    review_started: 'Accepted',
    review_started_date_pending: 'Accepted (calendar pending)',
    review_due_date_set: 'Due date set',
    visit_required: 'Visit required',
    returned_for_correction: 'Returned for correction',
    approved: 'Approved',
    rejected: 'Rejected',
    activation_invite: 'Account activation',
    transfer_invite: 'Transfer consent (R-2)',
  },
  resend: 'Resend',
  resendConfirm: 'Put this SMS back in the sending queue?',
  resent: 'Back in the sending queue',
  notResendable:
    'Cannot be resent as it was (no mobile number, or the activation link was destroyed); ask the HR specialist to invite again',
  empty: 'No failed SMS',
  filterTemplate: 'Filter by kind',
  failure: {
    MOBILE_NUMBER_ILLEGAL: 'Invalid mobile number',
    SIGN: 'SMS signature not accepted',
    TEMPLATE: 'SMS template not accepted',
    LIMIT: 'Sending rate limit reached',
    NO_MOBILE: 'No mobile number',
    other: 'Refused by the SMS provider',
    none: '—',
  },
  rawCode: 'Provider error code: {{code}}',
};
