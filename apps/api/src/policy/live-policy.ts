import { addDays, canonicalJson, loadPolicySet, sha256Hex, type PolicySet, type RawPolicySet } from '@jifen/domain';
import { policySet as shippedSet, rawPolicyData } from '@jifen/policies';

/**
 * The policy data the engine runs on (P-1, D-1, S-9): the latest published
 * revision of every calendar year, wage year and policy version in the
 * database. The composition root makes one per app (`buildApp`, or main.ts
 * for the app and its jobs) and passes it to the modules as `deps.policy`;
 * services read `deps.policy.set()` at the moment they decide, so a
 * publication takes effect on the next request. Until the database has been
 * read (a CLI without one, a unit test), it is the shipped data of policies/,
 * which the database starts from anyway.
 */
export interface LivePolicy {
  /** The policy set to decide with now. */
  set(): PolicySet;
  /** The published data as the public API serves it, with a revision that changes on every publication. */
  data(): { raw: RawPolicySet; revision: string };
  /** Validates and installs the published documents; returns the problem instead when they do not load together. */
  install(docs: readonly PublishedDocument[]): { ok: true; set: PolicySet } | { ok: false; problem: string };
}

export function createLivePolicy(): LivePolicy {
  let live: { set: PolicySet; raw: RawPolicySet; revision: string } = {
    set: shippedSet,
    raw: rawPolicyData,
    revision: 'shipped',
  };
  return {
    set: () => live.set,
    data: () => ({ raw: live.raw, revision: live.revision }),
    install(docs) {
      const raw = rawFromDocuments(docs);
      const loaded = loadPolicySet(raw);
      if (!loaded.ok) return { ok: false, problem: loaded.error.message.en };
      live = { set: loaded.value, raw, revision: revisionOf(docs) };
      return { ok: true, set: loaded.value };
    },
  };
}

export interface PublishedDocument {
  kind: 'calendar' | 'wage' | 'version';
  key: string;
  revision: number;
  doc: unknown;
  doc_hash: string;
}

interface VersionDates {
  id: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/**
 * P-1: a version published later supersedes the one before it from its
 * effective date, so the earlier one's range ends the day before. The stored
 * document is not changed (published documents never are); only the range
 * the engine reads is.
 */
function withSupersession(versions: readonly unknown[]): unknown[] {
  const sorted = [...versions].sort((a, b) =>
    (a as VersionDates).effectiveFrom < (b as VersionDates).effectiveFrom ? -1 : 1,
  );
  return sorted.map((v, i) => {
    const next = sorted[i + 1] as VersionDates | undefined;
    const cur = v as VersionDates;
    if (!next) return v;
    const lastDay = addDays(next.effectiveFrom, -1);
    if (cur.effectiveTo !== null && cur.effectiveTo <= lastDay) return v;
    return { ...cur, effectiveTo: lastDay };
  });
}

/** The raw policy set of the latest published revision of each document. */
export function rawFromDocuments(docs: readonly PublishedDocument[]): RawPolicySet {
  const latest = new Map<string, PublishedDocument>();
  for (const d of docs) {
    const k = `${d.kind}:${d.key}`;
    const seen = latest.get(k);
    if (!seen || seen.revision < d.revision) latest.set(k, d);
  }
  const of = (kind: PublishedDocument['kind']) =>
    [...latest.values()].filter((d) => d.kind === kind).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shippedWages = rawPolicyData.wages as { region: string; unit: string; description: string };
  return {
    versions: withSupersession(of('version').map((d) => d.doc)),
    calendars: of('calendar').map((d) => d.doc),
    wages: {
      region: shippedWages.region,
      unit: shippedWages.unit,
      description: shippedWages.description,
      years: of('wage').map((d) => d.doc),
    },
  };
}

export function revisionOf(docs: readonly PublishedDocument[]): string {
  return sha256Hex(canonicalJson(docs.map((d) => `${d.kind}:${d.key}:${d.revision}:${d.doc_hash}`).sort())).slice(
    0,
    16,
  );
}

/** Would these documents load together? (before publishing a draft) */
export function checkPolicyData(
  docs: readonly PublishedDocument[],
): { ok: true; set: PolicySet } | { ok: false; problem: string; zh: string } {
  const loaded = loadPolicySet(rawFromDocuments(docs));
  return loaded.ok
    ? { ok: true, set: loaded.value }
    : { ok: false, problem: loaded.error.message.en, zh: loaded.error.message.zh };
}
