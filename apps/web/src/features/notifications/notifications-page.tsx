import { Button, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format-date.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useMarkRead, useNotifications } from './notifications-api.ts';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

/** The user's notifications, newest first; unread ones can be marked read. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  if (notifications.isError)
    return <LoadFailed error={notifications.error} onRetry={() => void notifications.refetch()} />;
  const items = notifications.data?.notifications ?? [];
  return (
    <>
      <PageTitle>{t('nav.notifications')}</PageTitle>
      <List
        data-testid="notifications-list"
        loading={notifications.isPending}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('notice.none')} /> }}
        style={{ maxWidth: 820, background: '#fff' }}
        bordered
        renderItem={(n) => (
          <List.Item
            data-testid="notification"
            data-read={String(n.readAt !== null)}
            actions={[
              n.applicationId ? (
                <Link key="open" to={`/applications/${n.applicationId}`}>
                  {t('notice.open')}
                </Link>
              ) : null,
              n.link ? (
                <Link key="link" to={n.link} data-testid="notification-link">
                  {t(n.link.startsWith('/holders/') ? 'notice.openHolder' : 'notice.openPointsRecord')}
                </Link>
              ) : null,
              n.readAt ? null : (
                <Button key="read" size="small" onClick={() => markRead.mutate(n.id)} data-testid="mark-read">
                  {t('notice.markRead')}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <span>
                  {n.readAt ? null : <Tag color="blue">{t('notice.unread')}</Tag>}
                  {n.title}
                </span>
              }
              description={
                <>
                  <div>{n.body}</div>
                  <Typography.Text type="secondary">{formatDate(n.createdAt)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
