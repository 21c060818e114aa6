/**
 * The application shapes the pages read. They follow the API of issue #5;
 * fields the API may leave out are optional so that a page never invents them.
 */
import type { ResponseOf } from '../../api/openapi-types.ts';
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

/** One row of the applications list, as the API's contract declares it (generated types). */
export type ApplicationSummary = ResponseOf<'/api/v1/applications', 'get'>['applications'][number];

/**
 * A check as the detail lists it, or as a refused submission's error details
 * carry it (those have a plain message and a fix: they come from the error body).
 */
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

export type ApplicationEvent = ApplicationDetail['events'][number];

/** Who must act next, and how (issue #10). */
export type NextStep = NonNullable<ApplicationDetail['nextStep']>;

/** Issue 17: the permit period the application is for, and the rule stopping its next step (L-7, L-4, L-5). */
export type ApplicationTimeline = NonNullable<ApplicationDetail['timeline']>;

/** The holder's signed paper confirmation HR recorded (issue #10). */
export type PaperConfirmation = NonNullable<ApplicationDetail['paperConfirmation']>;

/** An application as GET /api/v1/applications/:id answers it (generated types). */
export type ApplicationDetail = ResponseOf<'/api/v1/applications/{id}', 'get'>['application'];

export type MaterialItem = Checklist['items'][number];

export type Checklist = ResponseOf<'/api/v1/applications/{id}/checklist', 'get'>['checklist'];

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
