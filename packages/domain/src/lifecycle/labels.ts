import type { IsoDate, LocalizedText } from '../result.ts';
import type { DeadlineKind, LifecycleState, TimelineKind } from './lifecycle.ts';

/** User-facing texts of the lifecycle, zh-CN and en, each naming its rule. */
export const STATE_LABELS: Record<LifecycleState, LocalizedText> = {
  valid: { zh: '有效（尚未进入续办期）', en: 'Valid; renewal window not open yet' },
  renewal_window: { zh: '最佳续办期（到期前）', en: 'Renewal window open' },
  grace: {
    zh: '已过期，处于逾期补办期',
    en: 'Expired; late-renewal window',
  },
  points_cleared: {
    zh: '积分已清零，需重新申请积分；居住证仍可签注',
    en: 'Points cleared: a new points application is needed; the permit can still be endorsed',
  },
  permit_lapsed: { zh: '需重新办理居住证', en: 'The residence permit must be applied for again' },
};

export const DEADLINE_LABELS: Record<DeadlineKind, (date: IsoDate) => LocalizedText> = {
  window_opens: (d) => ({ zh: `${d} 起可续办（L-2）`, en: `Renewal window opens on ${d} (L-2)` }),
  renew_by: (d) => ({ zh: `请于 ${d} 前（含当日）续办（L-2）`, en: `Renew by ${d}, inclusive (L-2)` }),
  late_renewal_ends: (d) => ({
    zh: `逾期补办最后一天 ${d}，之后积分清零（L-3、L-4）`,
    en: `Last day of late renewal ${d}; points are cleared after it (L-3, L-4)`,
  }),
  permit_endorsable_ends: (d) => ({
    zh: `居住证可签注最后一天 ${d}，之后需重新办理居住证（L-5）`,
    en: `Last day the permit can be endorsed ${d}; after it the permit must be applied for again (L-5)`,
  }),
};

export const TIMELINE_LABELS: Record<TimelineKind, (date: IsoDate) => LocalizedText> = {
  window_opens: (d) => ({ zh: `${d} 续办期开始`, en: `${d} renewal window opens` }),
  expiry: (d) => ({ zh: `${d} 居住证及积分到期（最后有效日）`, en: `${d} permit and points expire (last valid day)` }),
  late_window_last_day: (d) => ({ zh: `${d} 逾期补办最后一天`, en: `${d} last day of late renewal` }),
  points_cleared: (d) => ({ zh: `${d} 起积分清零`, en: `${d} points cleared from this day` }),
  permit_lapsed: (d) => ({ zh: `${d} 起需重新办理居住证`, en: `${d} permit must be applied for again from this day` }),
};
