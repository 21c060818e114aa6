import type { IsoDate, LocalizedText, RuleId } from '../result.ts';
import type { InAppTemplateId, SmsTemplateId } from './templates.ts';

/**
 * The vocabulary of a points application's workflow. Plain string unions so
 * that the database, the API contracts and the web share them unchanged.
 */

export const APPLICATION_KINDS = [
  /** 首次申请: the first points application. */
  'first_application',
  /** renewal, employer unchanged. */
  'renewal_same_employer',
  /** renewal after a change of employer. */
  'renewal_changed_employer',
  /** L-4: points were cleared (more than 60 days overdue); a new application. */
  'reapplication_after_clearing',
] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const APPLICATION_STATES = [
  /** The holder or HR is editing; nothing is visible to the centre. */
  'draft',
  /** The holder confirmed the data; HR reviews it before submitting (R-3 step 3). */
  'holder_confirmed',
  /**
   * HR submitted; the automatic checks run and the system routes it. A
   * short-lived state, but a real one: the checks may run in a worker.
   */
  'submitted',
  /** the HR specialist must bring M-1..M-4 to the district centre. */
  'awaiting_visit',
  /** The talent centre reviews (调档审核); the SLA clock runs (R-3 step 4). */
  'under_review',
  /** 退回: back to the employer for correction, with reasons (R-5, M-5). */
  'returned',
  /** Points notice printable online or collectable (R-1, R-3 step 5). */
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** Decided applications never move again; a new application starts over. */
export const FINAL_STATES: readonly ApplicationState[] = ['approved', 'rejected', 'withdrawn'];

export const ROLES = [
  'holder',
  /** 人事专员 of a verified employer. */
  'hr',
  /** Counter clerk (窗口受理) at the district talent service centre. */
  'clerk',
  /** Reviewer at the district talent service centre. */
  'reviewer',
  /** Advises holders; reads, never moves an application. */
  'consultant',
  /** Runs policies and accounts; deliberately holds no workflow power. */
  'admin',
  /** The automatic checks and routing. */
  'system',
] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'confirm',
  /** HR records the holder's signed paper confirmation (the scan kept) for a holder without an account (issue #10). */
  'confirm_on_paper',
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
export type Action = (typeof ACTIONS)[number];

/** What the workflow needs to know about an application; the service owns the rest. */
export interface Application {
  id: string;
  /** The human number people read and search, e.g. `JF2026-000123` (number.ts); messages name it, never the UUID. */
  number: string;
  kind: ApplicationKind;
  state: ApplicationState;
  /** The employer differs from the one of the previous points period. */
  employerChanged: boolean;
  /** The holder's data differs from what the points system already holds. */
  dataChanged: boolean;
}

/**
 * One automatic check's outcome. The compliance module's `ComplianceCheck`
 * has this shape, so `checkCompliance(...)` results route as they are.
 * `advisory` outcomes are shown but never block (L-7: the renewed permit
 * takes about 3 working days to reach the points system).
 */
export interface CheckOutcome {
  ruleId: RuleId;
  passed: boolean;
  /** Nothing to check (see ComplianceCheck.notApplicable). */
  notApplicable?: boolean;
  advisory?: boolean;
  message?: LocalizedText;
  /** P-2: not decided yet because a calendar or wage year is not published; computed when it is. */
  pending?: { kind: 'calendar' | 'wage'; year: number };
}

export interface Command {
  action: Action;
  role: Role;
  actorId: string;
  /** Required to return, reject (R-5, M-5) and for the record when withdrawing. */
  reason?: string;
  /** Required for the system's routing actions (R-1 vs R-2 vs review). */
  checks?: readonly CheckOutcome[];
}

export type Recipient = 'holder' | 'hr';

/**
 * A message parameter: plain text (an id, a date, a reviewer's reason as
 * typed) or a text in both languages, picked when the message is rendered.
 */
export type TemplateParam = string | LocalizedText;
export type TemplateParams = Record<string, TemplateParam>;

export type Intent =
  | { type: 'sms'; ruleId: RuleId; to: Recipient; template: SmsTemplateId; params: TemplateParams }
  | { type: 'in_app'; ruleId: RuleId; to: Recipient; template: InAppTemplateId; params: TemplateParams }
  /**
   * The review clock: `workingDays` working days counted from the day after
   * `startedOn` (D-2). P-2: when the due date needs a calendar year that is
   * not loaded, `dueDate` is null and `pendingYear` names the year; the
   * clock still runs from `startedOn` and the date is set once the year is published.
   */
  | {
      type: 'sla_start';
      ruleId: RuleId;
      startedOn: IsoDate;
      dueDate: IsoDate | null;
      pendingYear: number | null;
      workingDays: number;
    }
  | { type: 'sla_stop'; ruleId: RuleId; stoppedOn: IsoDate }
  | { type: 'issue_notice'; ruleId: RuleId; applicationId: string; issuedOn: IsoDate }
  | {
      type: 'audit';
      ruleId: RuleId;
      applicationId: string;
      action: Action;
      from: ApplicationState;
      to: ApplicationState;
      role: Role;
      actorId: string;
      at: string;
      reason?: string;
      /** For the system's routing: the rule that chose this path (R-1 data changed, L-4 reapplication) when it differs from the move's. */
      routeRuleId?: RuleId;
      failedChecks?: RuleId[];
    };

export type IntentType = Intent['type'];

export interface Decision {
  next: ApplicationState;
  intents: Intent[];
}
