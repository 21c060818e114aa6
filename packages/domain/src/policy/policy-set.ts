import type { z } from 'zod';
import { msg } from '@jifen/messages/domain';
import { buildWorkingCalendar, calendarYearSchema, type WorkingCalendar } from '../calendar/index.ts';
import { err, ok, type DomainError, type IsoDate, type LocalizedText, type Result } from '../result.ts';
import { canonicalJson } from './canonical-json.ts';
import { valuesOf } from './param.ts';
import { policyVersionSchema, type PolicyParams, type PolicyVersionDoc } from './schema.ts';
import { sha256Hex } from './sha256.ts';
import { buildWageTable, wageTableSchema, type WageTable } from './wage-table.ts';

/** P-1: a policy version as the rules read it, with its source document. */
export interface Policy {
  id: string;
  name: LocalizedText;
  effectiveFrom: IsoDate;
  /** Last day in force, inclusive; null = open-ended. */
  effectiveTo: IsoDate | null;
  /** P-3: SHA-256 of the canonical JSON of `params` (values only, not source notes). */
  hash: string;
  params: PolicyParams;
  /** The validated version file, every value with its source. */
  doc: PolicyVersionDoc;
}

export interface PolicySet {
  /** Sorted by effectiveFrom, never overlapping. */
  versions: readonly Policy[];
  calendar: WorkingCalendar;
  wages: WageTable;
}

/** The data files as read from disk or the network, not yet validated. */
export interface RawPolicySet {
  versions: readonly unknown[];
  calendars: readonly unknown[];
  wages: unknown;
}

function invalid(what: string, issues: readonly z.core.$ZodIssue[]): DomainError {
  const lines = issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  return {
    code: 'POLICY.INVALID',
    ruleId: 'P-1',
    message: msg('policy.invalidData', { what, issues: { zh: lines.join('；'), en: lines.join('; ') } }),
    details: { what, issues: lines },
  };
}

function inconsistent(id: string, problem: LocalizedText): DomainError {
  return {
    code: 'POLICY.INVALID',
    ruleId: 'P-1',
    message: msg('policy.version.inconsistent', { id, problem }),
    details: { id },
  };
}

function paramsOf(doc: PolicyVersionDoc): PolicyParams {
  return {
    lifecycle: valuesOf(doc.lifecycle),
    workflow: valuesOf(doc.workflow),
    materials: valuesOf(doc.materials),
    compliance: valuesOf(doc.compliance),
    points: valuesOf(doc.points),
  };
}

/** Hash of a version's parameter values (P-3). Source notes and names do not change it. */
export function hashPolicyParams(params: PolicyParams): string {
  return sha256Hex(canonicalJson(params));
}

/** Checks across values that the schema cannot see one field at a time. */
function checkVersion(doc: PolicyVersionDoc): DomainError | null {
  if (doc.effectiveTo !== null && doc.effectiveTo < doc.effectiveFrom) {
    return inconsistent(doc.id, msg('policy.version.endsBeforeStart'));
  }
  const l = valuesOf(doc.lifecycle);
  // L-3/L-4: the late window ends exactly where clearing starts; a gap or an
  // overlap would leave days with no state or two states.
  if (l.graceDays !== l.pointsClearedAfterDays) {
    return inconsistent(doc.id, msg('policy.version.graceNotClearing'));
  }
  if (l.permitReapplyAfterDays < l.pointsClearedAfterDays) {
    return inconsistent(doc.id, msg('policy.version.reapplyBeforeClearing'));
  }
  return null;
}

/** P-1/P-2: validates every file and the versions' date ranges, or says exactly what is wrong. */
export function loadPolicySet(raw: RawPolicySet): Result<PolicySet> {
  const versions: Policy[] = [];
  for (const [index, rawVersion] of raw.versions.entries()) {
    const parsed = policyVersionSchema.safeParse(rawVersion);
    if (!parsed.success) return err(invalid(`policy version #${index + 1}`, parsed.error.issues));
    const problem = checkVersion(parsed.data);
    if (problem) return err(problem);
    const params = paramsOf(parsed.data);
    const { id, name, effectiveFrom, effectiveTo } = parsed.data;
    versions.push({ id, name, effectiveFrom, effectiveTo, hash: hashPolicyParams(params), params, doc: parsed.data });
  }
  if (versions.length === 0) return err(inconsistent('(none)', msg('policy.version.none')));
  versions.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  const ids = new Set<string>();
  for (const [i, v] of versions.entries()) {
    if (ids.has(v.id)) return err(inconsistent(v.id, msg('policy.version.idTwice')));
    ids.add(v.id);
    const prev = versions[i - 1];
    if (prev && (prev.effectiveTo === null || prev.effectiveTo >= v.effectiveFrom)) {
      return err(
        inconsistent(
          v.id,
          msg('policy.version.overlaps', {
            prev: prev.id,
            prevTo: prev.effectiveTo ?? msg('policy.version.openEnded'),
            id: v.id,
            from: v.effectiveFrom,
          }),
        ),
      );
    }
  }

  const calendarDocs = [];
  for (const [index, rawYear] of raw.calendars.entries()) {
    const parsed = calendarYearSchema.safeParse(rawYear);
    if (!parsed.success) return err(invalid(`calendar #${index + 1}`, parsed.error.issues));
    calendarDocs.push(parsed.data);
  }
  const calendar = buildWorkingCalendar(calendarDocs);
  if (!calendar.ok) return calendar;

  const wageDoc = wageTableSchema.safeParse(raw.wages);
  if (!wageDoc.success) return err(invalid('wage table', wageDoc.error.issues));
  const wages = buildWageTable(wageDoc.data);
  if (!wages.ok) return wages;

  return ok({ versions, calendar: calendar.value, wages: wages.value });
}

/** P-1: the version in force on `asOf`; P-2: POLICY.NO_VERSION when none is. */
export function selectPolicy(set: PolicySet, asOf: IsoDate): Result<Policy> {
  for (const v of set.versions) {
    if (v.effectiveFrom <= asOf && (v.effectiveTo === null || asOf <= v.effectiveTo)) return ok(v);
  }
  const ranges = set.versions.map((v) => `${v.id} ${v.effectiveFrom}..${v.effectiveTo ?? ''}`).join(', ');
  return err({
    code: 'POLICY.NO_VERSION',
    ruleId: 'P-2',
    message: msg('policy.version.noneInForce', { asOf, ranges }),
    details: { asOf, loaded: set.versions.map((v) => v.id) },
  });
}

/** A version by id, for replaying a stored decision (P-3). */
export function getPolicy(set: PolicySet, id: string): Result<Policy> {
  const found = set.versions.find((v) => v.id === id);
  if (found) return ok(found);
  const loaded = set.versions.map((v) => v.id);
  return err({
    code: 'POLICY.UNKNOWN_ID',
    ruleId: 'P-3',
    message: msg('policy.version.unknownId', { id, loaded: { zh: loaded.join('、'), en: loaded.join(', ') } }),
    details: { id },
  });
}
