import { msg } from '@jifen/messages/domain';
import type { IsoDate, LocalizedText } from '../result.ts';
import type { DeadlineKind, LifecycleState, TimelineKind } from './lifecycle.ts';

/** User-facing texts of the lifecycle, zh-CN and en, each naming its rule. */
export const STATE_LABELS: Record<LifecycleState, LocalizedText> = {
  valid: msg('lifecycle.state.valid'),
  renewal_window: msg('lifecycle.state.renewalWindow'),
  grace: msg('lifecycle.state.grace'),
  points_cleared: msg('lifecycle.state.pointsCleared'),
  permit_lapsed: msg('lifecycle.state.permitLapsed'),
};

export const DEADLINE_LABELS: Record<DeadlineKind, (date: IsoDate) => LocalizedText> = {
  window_opens: (date) => msg('lifecycle.deadline.windowOpens', { date }),
  renew_by: (date) => msg('lifecycle.deadline.renewBy', { date }),
  late_renewal_ends: (date) => msg('lifecycle.deadline.lateRenewalEnds', { date }),
  permit_endorsable_ends: (date) => msg('lifecycle.deadline.permitEndorsableEnds', { date }),
};

export const TIMELINE_LABELS: Record<TimelineKind, (date: IsoDate) => LocalizedText> = {
  window_opens: (date) => msg('lifecycle.timeline.windowOpens', { date }),
  expiry: (date) => msg('lifecycle.timeline.expiry', { date }),
  late_window_last_day: (date) => msg('lifecycle.timeline.lateWindowLastDay', { date }),
  points_cleared: (date) => msg('lifecycle.timeline.pointsCleared', { date }),
  permit_lapsed: (date) => msg('lifecycle.timeline.permitLapsed', { date }),
};
