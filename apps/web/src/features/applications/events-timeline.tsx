import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format-date.ts';
import type { ApplicationEvent } from './application-types.ts';

/** What happened to the application, oldest first, with reasons (R-5). */
export function EventsTimeline({ events }: { events: ApplicationEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Timeline
      data-testid="application-events"
      items={events.map((e, i) => ({
        key: String(e.seq ?? i),
        content: (
          <>
            <Typography.Text strong>{t(`application.action.${e.action}`, { defaultValue: e.action })}</Typography.Text>{' '}
            → {t(`application.state.${e.to}`, { defaultValue: e.to })}
            <div>
              <Typography.Text type="secondary">
                {formatDate(e.at)}
                {e.role ? ` · ${t(`roles.${e.role}`, { defaultValue: t('application.system') })}` : ''}
                {e.ruleId ? ` · ${e.ruleId}` : ''}
              </Typography.Text>
            </div>
            {e.reason && (
              <div>
                {t('application.reason')}: {e.reason}
              </div>
            )}
          </>
        ),
      }))}
    />
  );
}
