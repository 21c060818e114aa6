import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** L-2..L-5: each lifecycle state of a permit and its points, with a colour. */
const STATE_COLOURS: Record<string, string> = {
  valid: 'green',
  renewal_window: 'gold',
  grace: 'orange',
  points_cleared: 'red',
  permit_lapsed: 'magenta',
  unknown: 'default',
};

export function lifecycleStateKey(state: string | null | undefined): string {
  return state && state in STATE_COLOURS ? state : 'unknown';
}

export function LifecycleTag({ state }: { state: string | null | undefined }) {
  const { t } = useTranslation();
  const key = lifecycleStateKey(state);
  return (
    <Tag color={STATE_COLOURS[key]} data-testid="lifecycle-tag" data-state={key}>
      {t(`lifecycle.${key}`)}
    </Tag>
  );
}
