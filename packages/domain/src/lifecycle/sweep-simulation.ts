import { addDays, addYears, diffDays } from '../dates/index.ts';
import type { Policy } from '../policy/index.ts';
import type { IsoDate } from '../result.ts';
import type { LifecycleState } from './lifecycle.ts';
import { advanceRecord, firstEventAfterCreation, recordStateOn, type SweptRecord } from './sweep.ts';

/**
 * A deterministic simulated population for the sweep tests (issue 13): each
 * permit is renewed in time, late, or never. Shared by the pure test and the
 * database run so both prove the same calendar.
 */
export type Fate = 'in_time' | 'late' | 'never';

export interface SimPermit {
  id: string;
  expiresOn: IsoDate;
  fate: Fate;
}

/** What happens to a simulated permit's holder on a day, before the sweep runs. */
export type SimAction = { type: 'submit_renewal' } | { type: 'renew'; newExpiresOn: IsoDate };

export function simulatedPermits(count: number, firstExpiry: IsoDate, spreadDays: number): SimPermit[] {
  const fates: Fate[] = ['in_time', 'late', 'never'];
  const out: SimPermit[] = [];
  for (let i = 0; i < count; i++) {
    // A fixed multiplicative spread: every expiry offset appears, no randomness.
    const offset = (i * 37) % spreadDays;
    out.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      expiresOn: addDays(firstExpiry, offset),
      fate: fates[i % 3]!,
    });
  }
  return out;
}

/** The holder's actions for a permit of the first cycle: in time = submit at V-10, renewed at V-3; late = renewed at V+20. */
export function actionsFor(p: SimPermit, day: IsoDate, cycle: number): SimAction | null {
  if (cycle !== 1) return null;
  const n = diffDays(day, p.expiresOn);
  if (p.fate === 'in_time' && n === -10) return { type: 'submit_renewal' };
  if (p.fate === 'in_time' && n === -3) return { type: 'renew', newExpiresOn: addYears(p.expiresOn, 1) };
  if (p.fate === 'late' && n === 20) return { type: 'renew', newExpiresOn: addDays(addYears(day, 1), -1) };
  return null;
}

export interface SimLog {
  changes: { id: string; cycle: number; on: IsoDate; from: LifecycleState; to: LifecycleState }[];
  reminders: { id: string; cycle: number; kind: string; on: IsoDate }[];
}

/** Runs the pure sweep day by day over [from, to], applying the holders' actions each morning. */
export function simulateSweep(permits: readonly SimPermit[], from: IsoDate, to: IsoDate, policy: Policy): SimLog {
  const records = new Map<string, { r: SweptRecord; next: IsoDate | null; permit: SimPermit }>();
  for (const p of permits) {
    const r: SweptRecord = {
      id: p.id,
      cycle: 1,
      expiresOn: p.expiresOn,
      state: recordStateOn(p.expiresOn, addDays(from, -1), policy),
      renewalSubmittedOn: null,
      // The simulated holders renew with their permit: none is endorsed past a cycle without a renewal.
      permitExpiresOn: p.expiresOn,
    };
    records.set(p.id, { r, next: firstEventAfterCreation(p.expiresOn, addDays(from, -1), policy), permit: p });
  }
  const log: SimLog = { changes: [], reminders: [] };
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const entry of records.values()) {
      const action = actionsFor(entry.permit, day, entry.r.cycle);
      if (action?.type === 'submit_renewal') entry.r = { ...entry.r, renewalSubmittedOn: day };
      if (action?.type === 'renew') {
        entry.r = {
          ...entry.r,
          cycle: entry.r.cycle + 1,
          expiresOn: action.newExpiresOn,
          state: recordStateOn(action.newExpiresOn, day, policy),
          renewalSubmittedOn: null,
          permitExpiresOn: action.newExpiresOn,
        };
        entry.next = firstEventAfterCreation(action.newExpiresOn, day, policy);
      }
    }
    for (const entry of records.values()) {
      if (entry.next === null || entry.next > day) continue;
      const out = advanceRecord(entry.r, entry.next, day, policy);
      for (const c of out.changes)
        log.changes.push({ id: c.recordId, cycle: c.cycle, on: c.on, from: c.from, to: c.to });
      for (const m of out.reminders) log.reminders.push({ id: m.recordId, cycle: m.cycle, kind: m.kind, on: m.dueOn });
      entry.r = out.record;
      entry.next = out.nextEventOn;
    }
  }
  return log;
}
