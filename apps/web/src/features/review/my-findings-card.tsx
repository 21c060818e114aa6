import { useMyFindings } from './workbench-api.ts';
import { FindingsList } from './review-card.tsx';
import './messages.ts';

/** The holder's own page: their C-5 records with the dates (issue 12). Nothing shows when there are none. */
export function MyFindingsCard() {
  const findings = useMyFindings();
  return findings.data ? <FindingsList findings={findings.data} /> : null;
}
