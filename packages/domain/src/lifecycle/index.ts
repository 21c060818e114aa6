export {
  LIFECYCLE_STATES,
  lifecycleOn,
  endorsedPast,
  permitLapsesOn,
  lifecycleTimeline,
  pointsStateFor,
  stateForOffset,
  type Deadline,
  type DeadlineKind,
  type LifecycleState,
  type LifecycleStatus,
  type PermitDates,
  type TimelineEntry,
  type TimelineKind,
} from './lifecycle.ts';
export { benefitsOn, type BenefitsStatus } from './benefits.ts';
export { permitSyncDate, type PermitSyncAdvice } from './permit-sync.ts';
export { STATE_LABELS } from './labels.ts';
export {
  decideEndorsement,
  endorsementFieldProblems,
  endorsementWindow,
  type EndorsedPermit,
  type EndorsementDecision,
  type EndorsementFieldProblem,
  type EndorsementOutcome,
  type EndorsementWindow,
} from './endorsement.ts';
export {
  advanceRecord,
  reachesPermitLapse,
  cycleEventDays,
  eventsOn,
  firstEventAfterCreation,
  nextEventAfter,
  recordStateOn,
  reminderDueOn,
  reminderRules,
  renderReminder,
  reviewerDigest,
  type DayOutcome,
  type DigestEntry,
  type ReminderDue,
  type ReviewCase,
  type StateChange,
  type SweptRecord,
} from './sweep.ts';
export {
  cycleStateOn,
  reminderOffset,
  reminderOnDay,
  renderReminderOn,
  type ReminderOnDay,
} from './reminder-render.ts';
export { actionsFor, simulatedPermits, simulateSweep, type SimLog, type SimPermit } from './sweep-simulation.ts';
