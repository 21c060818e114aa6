// @jifen/policies: the shipped policy data (P-1, D-1, S-9), validated once at
// import through the domain's loader. Shipped data that does not validate is
// a release bug, so importing this module throws with the reason.
import { loadPolicySet, type PolicySet, type RawPolicySet } from '@jifen/domain';
import { calendars } from './calendars/index.ts';
import sh2018 from './versions/sh-2018.json' with { type: 'json' };
import sh2026 from './versions/sh-2026.json' with { type: 'json' };
import wages from './wages/shanghai-average-wage.json' with { type: 'json' };

export const rawPolicyData: RawPolicySet = {
  versions: [sh2018, sh2026],
  calendars,
  wages,
};

function load(): PolicySet {
  const result = loadPolicySet(rawPolicyData);
  if (!result.ok) throw new Error(`@jifen/policies: shipped data is invalid: ${result.error.message.en}`);
  return result.value;
}

export const policySet: PolicySet = load();
