import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkbenchThread } from '@jifen/contracts';
import './messages.ts';

/** Time waited against the first-answer goal (working hours on the D-1 calendar). */
export function GoalTag({ thread }: { thread: WorkbenchThread }) {
  const { t } = useTranslation();
  const g = thread.goal;
  if (!g) return <Tag>{t('onlineConsult.goalUnknown')}</Tag>;
  const hm = (minutes: number) =>
    t('onlineConsult.hoursMinutes', { h: Math.floor(Math.abs(minutes) / 60), m: Math.abs(minutes) % 60 });
  const label = g.answered
    ? t('onlineConsult.goalMet', { time: hm(g.waitedMinutes) })
    : g.overdue
      ? t('onlineConsult.goalOverdue', { time: hm(-g.leftMinutes) })
      : t('onlineConsult.goalLeft', { time: hm(g.leftMinutes) });
  return (
    <Tooltip title={t('onlineConsult.goal', { hours: g.goalHours })}>
      <Tag
        color={g.overdue ? 'red' : g.answered ? 'green' : 'gold'}
        data-testid="goal-tag"
      >{`${t('onlineConsult.waited')} ${hm(g.waitedMinutes)} · ${label}`}</Tag>
    </Tooltip>
  );
}
