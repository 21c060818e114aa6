import {
  decideEndorsement,
  endorsementFieldProblems,
  endorsementWindow,
  selectPolicy,
  type DomainError,
  type EndorsedPermit,
  type EndorsementWindow,
  type LocalizedText,
  type PolicySet,
} from '@jifen/domain';
import { policySet } from '@jifen/policies';

export type EndorsementPreview =
  | { ok: true; window: EndorsementWindow }
  | {
      ok: false;
      ruleId: string | undefined;
      message: LocalizedText;
      problems: LocalizedText[];
      blocksEndorsedOn: boolean;
    };

function refused(error: DomainError): EndorsementPreview {
  const problems = endorsementFieldProblems(error);
  return {
    ok: false,
    ruleId: error.ruleId,
    message: error.message,
    problems: problems.map((p) => p.message),
    blocksEndorsedOn: problems.length === 0 || problems.some((p) => p.path === 'endorsedOn'),
  };
}

/**
 * What storing this endorsement will mean, decided in the browser by the
 * same domain rule the API applies on save (L-2..L-5, L-7), with the policy
 * in force on the endorsement day: the outcome when both dates are
 * acceptable, else the reasons the API would give. `set` is the published
 * policy data (usePolicySet); the bundled copy until it has loaded.
 */
export function previewEndorsement(
  permit: EndorsedPermit,
  endorsedOn: string,
  newExpiresOn: string | undefined,
  today: string,
  set: PolicySet = policySet,
): EndorsementPreview {
  const policy = selectPolicy(set, endorsedOn);
  if (!policy.ok) return refused(policy.error);
  if (newExpiresOn === undefined) {
    const window = endorsementWindow(permit, endorsedOn, today, policy.value);
    return window.ok ? { ok: true, window: window.value } : refused(window.error);
  }
  const decided = decideEndorsement(permit, { endorsedOn, newExpiresOn }, today, policy.value);
  return decided.ok ? { ok: true, window: decided.value } : refused(decided.error);
}

/** The new expiry the form proposes: the latest the rule allows for that endorsement day, or null when none is possible. */
export function proposedNewExpiry(
  permit: EndorsedPermit,
  endorsedOn: string,
  today: string,
  set: PolicySet = policySet,
): string | null {
  const preview = previewEndorsement(permit, endorsedOn, undefined, today, set);
  return preview.ok ? preview.window.latestNewExpiry : null;
}

/**
 * The stored endorsement's notes for the success message, each once. The
 * API's notes end with the L-7 sync advice, which the permit history under
 * the message shows already (issue 10: the success text was repeated).
 */
export function successNotes(result: { notes: string[]; history: { sync: { advice: string } | null } }): string[] {
  const shownBelow = result.history.sync?.advice;
  return [...new Set(result.notes)].filter((n) => n !== shownBelow);
}
