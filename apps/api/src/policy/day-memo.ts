import type { PolicySet } from '@jifen/domain';

/** Looks a value up by key for one policy set and one Shanghai date, computing it the first time. */
export type DayMemo<T> = (set: PolicySet, asOf: string, key: string, compute: () => T) => T;

/**
 * Issue 20: answers that follow from the policy data and the date alone (a
 * permit's lifecycle on a day, a points cycle's clearing day) were worked out
 * again for every row of every read. They are kept per policy set and day
 * instead. The set object is the key: a publication installs a new one
 * (live-policy.ts), so answers made under the old data are never served
 * after it, and a new date starts an empty table. The values are frozen
 * because every response that asks shares them. At most `maxEntries` per day
 * (then it starts afresh), so an employer with many expiry days cannot grow it
 * without bound.
 */
export function createDayMemo<T extends object | string>(maxEntries = 10_000): DayMemo<T> {
  const bySet = new WeakMap<PolicySet, { asOf: string; values: Map<string, T> }>();
  return (set, asOf, key, compute) => {
    let day = bySet.get(set);
    if (!day || day.asOf !== asOf) {
      day = { asOf, values: new Map() };
      bySet.set(set, day);
    }
    const known = day.values.get(key);
    if (known !== undefined) return known;
    const value = deepFreeze(compute());
    if (day.values.size >= maxEntries) day.values.clear();
    day.values.set(key, value);
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
