/**
 * The application shapes the pages read. They follow the API of issue #5;
 * fields the API may leave out are optional so that a page never invents them.
 */
import { ACTIONS, type Action, type ApplicationKind, type ApplicationState, type SlaState } from '@jifen/domain';

// Kinds, states and actions come from the workflow in @jifen/domain, so the
// pages can never drift from the transition table the server enforces.
export { APPLICATION_KINDS, APPLICATION_STATES } from '@jifen/domain';
export type { ApplicationKind, ApplicationState };

/** What a person can do; the routing actions belong to the system. */
export type ApplicationAction = Exclude<
  Action,
  'auto_approve' | 'route_to_visit' | 'route_to_review' | 'confirm_on_paper'
>;

/** Every action that can appear in an application's history. */
export const APPLICATION_ACTIONS_SHOWN = ['create', ...ACTIONS] as const;

/** Actions that need a reason typed by the user (R-5, M-5). */
export const REASON_REQUIRED: readonly ApplicationAction[] = ['return_for_correction', 'reject'];

export type SlaStatus = SlaState;

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
  /** JF2026-000123: the number people read, quote and search. */
  number: string;
  kind: ApplicationKind;
  state: ApplicationState;
  version: number;
  holder: { id: string; name: string };
  employer: { id: string; name: string };
  employerChanged?: boolean;
  total?: number | null;
  slaDue?: string | null;
  /** P-2: the due date or checks waiting for published policy data. */
  pending: { kind: 'calendar' | 'wage'; year: number; ruleId: string; message: LocalText }[];
  noticeIssuedOn?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CheckResult {
  ruleId: string;
  passed: boolean;
  /** Nothing to check (e.g. C-4 without a title claimed). */
  notApplicable?: boolean;
  advisory?: boolean;
  message?: LocalText | string | null;
  months?: string[];
  /** P-2: waits for a calendar or wage year; computed when it is published. */
  pending?: { kind: 'calendar' | 'wage'; year: number };
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

/** Who must act next, and how (issue #10). */
export interface NextStep {
  waitingFor: string | null;
  ruleId: string;
  text: LocalText;
  options: ('invite_by_sms' | 'paper_confirmation')[];
}

/** Issue 17: the permit period the application is for, and the rule stopping its next step (L-7, L-4, L-5). */
export interface ApplicationTimeline {
  permitPeriod: { id: string; issuedOn: string; expiresOn: string } | null;
  blocker: { code: string; ruleId: string; message: LocalText } | null;
}

/** The holder's signed paper confirmation HR recorded (issue #10). */
export interface PaperConfirmation {
  signedOn: string;
  recordedBy: { id: string; name: string };
  recordedAt: string;
  scan: { filename: string; contentType: string; bytes: number; sha256: string };
}

export interface ApplicationDetail extends ApplicationSummary {
  events: ApplicationEvent[];
  allowedActions: ApplicationAction[];
  checks: CheckResult[];
  sla: Sla | null;
  holderHasAccount?: boolean;
  nextStep?: NextStep;
  paperConfirmation?: PaperConfirmation | null;
  timeline?: ApplicationTimeline;
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
