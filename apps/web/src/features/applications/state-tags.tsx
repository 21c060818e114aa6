import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationState, SlaStatus } from './application-types.ts';

const STATE_COLOURS: Record<ApplicationState, string> = {
  draft: 'default',
  holder_confirmed: 'cyan',
  submitted: 'blue',
  awaiting_visit: 'gold',
  under_review: 'processing',
  returned: 'orange',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
};

export function ApplicationStateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOURS[state] ?? 'default'} data-testid="application-state" data-state={state}>
      {t(`application.state.${state}`, { defaultValue: state })}
    </Tag>
  );
}

const SLA_COLOURS: Record<SlaStatus, string> = { on_track: 'green', at_risk: 'gold', breached: 'red' };

/** R-3 step 4: the review clock against its due date. */
export function SlaTag({ status }: { status: SlaStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Tag color={SLA_COLOURS[status]} data-testid="sla-status" data-status={status}>
      {t(`application.sla.${status}`)}
    </Tag>
  );
}
