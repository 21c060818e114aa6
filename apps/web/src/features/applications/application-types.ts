/**
 * The application shapes the pages read. They follow the API of issue #5;
 * fields the API may leave out are optional so that a page never invents them.
 */
export const APPLICATION_KINDS = [
  'first_application',
  'renewal_same_employer',
  'renewal_changed_employer',
  'reapplication_after_clearing',
] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const APPLICATION_STATES = [
  'draft',
  'holder_confirmed',
  'submitted',
  'awaiting_visit',
  'under_review',
  'returned',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export type ApplicationAction =
  | 'confirm'
  | 'reopen'
  | 'submit'
  | 'withdraw'
  | 'accept_materials'
  | 'return_for_correction'
  | 'approve'
  | 'reject';

/** Every action that can appear in an application's history. */
export const APPLICATION_ACTIONS_SHOWN = [
  'create',
  'confirm',
  'reopen',
  'submit',
  'auto_approve',
  'route_to_visit',
  'route_to_review',
  'accept_materials',
  'return_for_correction',
  'approve',
  'reject',
  'withdraw',
] as const;

/** Actions that need a reason typed by the user (R-5, M-5). */
export const REASON_REQUIRED: readonly ApplicationAction[] = ['return_for_correction', 'reject'];

export type SlaStatus = 'on_track' | 'at_risk' | 'breached';

export interface LocalText {
  zh: string;
  en: string;
}

/** `sla` of the detail: the review clock (R-3 step 4), present while it runs. */
export interface Sla {
  status: SlaStatus;
  workingDaysLeft: number;
  dueDate: string;
}

export interface ApplicationSummary {
  id: string;
  kind: ApplicationKind;
  state: ApplicationState;
  version: number;
  holder: { id: string; name: string };
  employer: { id: string; name: string };
  employerChanged?: boolean;
  total?: number | null;
  slaDue?: string | null;
  noticeIssuedOn?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CheckResult {
  ruleId: string;
  passed: boolean;
  advisory?: boolean;
  message?: LocalText | string | null;
  months?: string[];
  /** Only in a refused submit's details. */
  fix?: string | null;
}

export interface ApplicationEvent {
  seq: number;
  action: string;
  from: string | null;
  to: string;
  at: string;
  role: string;
  ruleId: string | null;
  reason: string | null;
}

export interface ApplicationDetail extends ApplicationSummary {
  events: ApplicationEvent[];
  allowedActions: ApplicationAction[];
  checks: CheckResult[];
  sla: Sla | null;
}

export interface MaterialItem {
  id: string;
  ruleId: string;
  name: LocalText;
  original: boolean;
  copy: boolean;
  sealOnCopy: boolean;
  requirement: LocalText;
}

export interface Checklist {
  path: 'employer_unchanged' | 'employer_changed';
  ruleId: string;
  inPerson: boolean;
  where: LocalText;
  items: MaterialItem[];
}

export interface VisitSlot {
  id: string;
  district: string;
  startsAt: string;
  capacity: number;
  booked: number;
  available: number;
}

export interface VisitBooking {
  id: string;
  applicationId: string;
  status: 'booked' | 'cancelled';
  slot: VisitSlot;
}
