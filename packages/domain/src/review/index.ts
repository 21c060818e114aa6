export {
  ADJUSTABLE,
  REVIEWABLE_INDICATORS,
  applyIndicatorDecisions,
  reviewTotals,
  type AdjustedValue,
  type IndicatorDecision,
  type IndicatorDecisionKind,
  type ReviewableIndicator,
  type ReviewedLine,
  type ReviewedTotals,
} from './indicators.ts';
export { queueSlaBounds, type QueueSlaBounds } from './queue-bounds.ts';
export { falseMaterialFinding, type FalseMaterialFinding } from './false-material.ts';
export {
  compareByDue,
  countSla,
  queueSla,
  type QueueCase,
  type QueueSla,
  type QueueSlaView,
  type SlaCounts,
} from './workbench.ts';
