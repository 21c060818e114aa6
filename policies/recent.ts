// The browser's stand-in policy data: every version and wage year, and the
// holiday calendars of recent years only. The public self-assessment runs on
// the published data from the API (GET /api/v1/policy/data, every year);
// this keeps its first load small and lets it compute before that arrives.
// A date in an older year is CALENDAR.YEAR_MISSING until then (P-2), never a guess.
import { loadPolicySet, type PolicySet } from '@jifen/domain';
import y2024 from './calendars/2024.json' with { type: 'json' };
import y2025 from './calendars/2025.json' with { type: 'json' };
import y2026 from './calendars/2026.json' with { type: 'json' };
import sh2018 from './versions/sh-2018.json' with { type: 'json' };
import sh2026 from './versions/sh-2026.json' with { type: 'json' };
import wages from './wages/shanghai-average-wage.json' with { type: 'json' };

function load(): PolicySet {
  const result = loadPolicySet({ versions: [sh2018, sh2026], calendars: [y2024, y2025, y2026], wages });
  if (!result.ok) throw new Error(`@jifen/policies/recent: shipped data is invalid: ${result.error.message.en}`);
  return result.value;
}

export const recentPolicySet: PolicySet = load();
