import { msg } from '@jifen/messages/domain';
import { addWorkingDays, type WorkingCalendar } from '../calendar/index.ts';
import { ok, type DomainError, type IsoDate, type LocalizedText, type Result } from '../result.ts';
import type { Route } from './routing.ts';
import { withoutTrailingStop } from './templates.ts';
import type { Transition } from './transitions.ts';
import type { Application, Command, Intent, Recipient, TemplateParam } from './types.ts';

export interface IntentContext {
  now: string;
  today: IsoDate;
  calendar: WorkingCalendar;
  reviewWorkingDays: number;
}

interface Move {
  row: Transition;
  app: Application;
  cmd: Command;
  ctx: IntentContext;
  /** Present for the system's routing actions. */
  route?: Route;
}

/**
 * R-3 step 4 and R-5: the review clock starts on the day the application
 * enters review, on submission or on acceptance of the R-2 materials, and
 * again from zero on every resubmission after a return. The due date is
 * computed here, once, so that the queue never recomputes it under a later
 * calendar (D-2: counted from the next working day).
 */
function slaStart(ctx: IntentContext): Result<Extract<Intent, { type: 'sla_start' }>> {
  const due = addWorkingDays(ctx.calendar, ctx.today, ctx.reviewWorkingDays);
  const base = { type: 'sla_start', ruleId: 'R-3', startedOn: ctx.today, workingDays: ctx.reviewWorkingDays } as const;
  if (due.ok) return ok({ ...base, dueDate: due.value, pendingYear: null });
  // P-2: a missing calendar year never blocks the holder; the date waits for the data, nothing is guessed.
  const year = pendingCalendarYear(due.error);
  if (year === null) return due;
  return ok({ ...base, dueDate: null, pendingYear: year });
}

function pendingCalendarYear(e: DomainError): number | null {
  if (e.code !== 'CALENDAR.YEAR_MISSING') return null;
  const year = (e.details as { year?: unknown } | undefined)?.year;
  return typeof year === 'number' ? year : null;
}

/** R-3's SMS to the holder on entering review: with the due date, or saying it waits for the calendar (P-2). */
function startedSms(applicationNo: string, sla: { dueDate: IsoDate | null; pendingYear: number | null }): Intent {
  if (sla.dueDate !== null)
    return {
      type: 'sms',
      ruleId: 'R-3',
      to: 'holder',
      template: 'review_started',
      params: { applicationNo, dueDate: sla.dueDate },
    };
  return {
    type: 'sms',
    ruleId: 'P-2',
    to: 'holder',
    template: 'review_started_date_pending',
    params: { applicationNo, year: String(sla.pendingYear) },
  };
}

/** The due date as messages show it: the date, or why it is not known yet (P-2). */
export function dueDateText(sla: { dueDate: IsoDate | null; pendingYear: number | null }): TemplateParam {
  if (sla.dueDate !== null) return sla.dueDate;
  return msg('workflow.dueDatePending', { year: String(sla.pendingYear) });
}

const other = (role: Command['role']): Recipient => (role === 'holder' ? 'hr' : 'holder');

/** Each reason without its own closing stop, so that the join never reads "。；". */
const joinReasons = (reasons: readonly LocalizedText[]): LocalizedText => ({
  zh: reasons.map((r) => withoutTrailingStop(r.zh)).join('；'),
  en: reasons.map((r) => withoutTrailingStop(r.en)).join('; '),
});

function audit({ row, app, cmd, ctx, route }: Move): Intent {
  const reason = cmd.reason?.trim();
  return {
    type: 'audit',
    // The move's own rule, as the workflow's transition table states it
    // (route_to_review is R-3); the rule that chose the path goes beside it
    // (issue 10: the routing event said R-1 where the workflow says R-3).
    ruleId: row.ruleId,
    ...(route && route.ruleId !== row.ruleId ? { routeRuleId: route.ruleId } : {}),
    applicationId: app.id,
    action: row.action,
    from: row.from,
    to: row.to,
    role: cmd.role,
    actorId: cmd.actorId,
    at: ctx.now,
    ...(reason ? { reason } : {}),
    ...(route ? { failedChecks: route.failedChecks.map((c) => c.ruleId) } : {}),
  };
}

/** The effects of one allowed move, before its audit record. */
function effects(m: Move): Result<Intent[]> {
  const { row, app, cmd, ctx } = m;
  const applicationId = app.id;
  // Messages name the application by its human number (issue #10); the notice and audit keep the id.
  const applicationNo = app.number;
  const reason = cmd.reason?.trim() ?? '';
  const rule = m.route?.ruleId ?? row.ruleId;
  // Leaving review by any door stops the clock; the queue shows no stale SLA.
  const stop: Intent[] =
    row.from === 'under_review' ? [{ type: 'sla_stop', ruleId: row.ruleId, stoppedOn: ctx.today }] : [];

  switch (row.action) {
    case 'confirm':
      return ok([{ type: 'in_app', ruleId: rule, to: 'hr', template: 'holder_confirmed', params: { applicationNo } }]);
    case 'confirm_on_paper':
      // The holder (when they have an account) sees that HR recorded their signature on their behalf.
      return ok([
        { type: 'in_app', ruleId: rule, to: 'holder', template: 'confirmed_on_paper', params: { applicationNo } },
      ]);
    case 'reopen':
      return ok([
        { type: 'in_app', ruleId: rule, to: other(cmd.role), template: 'reopened', params: { applicationNo } },
      ]);
    case 'submit':
      return ok([{ type: 'in_app', ruleId: rule, to: 'holder', template: 'submitted', params: { applicationNo } }]);
    case 'auto_approve':
      // From review (P-2, routed again once the data it waited for is published) the review clock stops too.
      return ok([
        ...stop,
        { type: 'issue_notice', ruleId: 'R-1', applicationId, issuedOn: ctx.today },
        { type: 'sms', ruleId: 'R-1', to: 'holder', template: 'approved', params: { applicationNo } },
        { type: 'in_app', ruleId: 'R-1', to: 'holder', template: 'holder_approved', params: { applicationNo } },
        { type: 'in_app', ruleId: 'R-1', to: 'hr', template: 'auto_approved', params: { applicationNo } },
      ]);
    case 'route_to_visit':
      return ok([{ type: 'sms', ruleId: 'R-2', to: 'hr', template: 'visit_required', params: { applicationNo } }]);
    case 'route_to_review':
    case 'accept_materials': {
      const sla = slaStart(ctx);
      if (!sla.ok) return sla;
      const dueDate = dueDateText(sla.value);
      const toHr: Intent =
        row.action === 'route_to_review'
          ? {
              type: 'in_app',
              ruleId: rule,
              to: 'hr',
              template: 'review_routed',
              params: { applicationNo, dueDate, reasons: joinReasons(m.route?.reasons ?? []) },
            }
          : {
              type: 'in_app',
              ruleId: 'R-2',
              to: 'hr',
              template: 'materials_accepted',
              params: { applicationNo, dueDate },
            };
      return ok([sla.value, startedSms(applicationNo, sla.value), toHr]);
    }
    case 'return_for_correction':
      // The employer corrects, so HR gets the SMS; the holder gets the result by SMS too (issue #12) and sees why.
      return ok([
        ...stop,
        { type: 'sms', ruleId: rule, to: 'hr', template: 'returned_for_correction', params: { applicationNo, reason } },
        {
          type: 'sms',
          ruleId: rule,
          to: 'holder',
          template: 'returned_for_correction',
          params: { applicationNo, reason },
        },
        {
          type: 'in_app',
          ruleId: rule,
          to: 'holder',
          template: 'returned_for_correction',
          params: { applicationNo, reason },
        },
      ]);
    case 'approve':
      return ok([
        ...stop,
        { type: 'issue_notice', ruleId: 'R-3', applicationId, issuedOn: ctx.today },
        { type: 'sms', ruleId: 'R-3', to: 'holder', template: 'approved', params: { applicationNo } },
        { type: 'in_app', ruleId: 'R-3', to: 'holder', template: 'holder_approved', params: { applicationNo } },
        { type: 'in_app', ruleId: 'R-3', to: 'hr', template: 'decision_approved', params: { applicationNo } },
      ]);
    case 'reject':
      return ok([
        ...stop,
        { type: 'sms', ruleId: 'R-3', to: 'holder', template: 'rejected', params: { applicationNo, reason } },
        { type: 'in_app', ruleId: 'R-3', to: 'holder', template: 'holder_rejected', params: { applicationNo, reason } },
        { type: 'in_app', ruleId: 'R-3', to: 'hr', template: 'decision_rejected', params: { applicationNo, reason } },
      ]);
    case 'withdraw':
      return ok([
        ...stop,
        { type: 'in_app', ruleId: rule, to: other(cmd.role), template: 'withdrawn', params: { applicationNo } },
      ]);
  }
}

/** Every intent of an allowed move, the audit record last. */
export function intentsFor(move: Move): Result<Intent[]> {
  const list = effects(move);
  if (!list.ok) return list;
  return ok([...list.value, audit(move)]);
}

export type { Move as IntentMove };
