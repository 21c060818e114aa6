import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useNotifications } from './notifications-api.ts';

/** The header's bell: the unread count; opens the notifications page. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Badge count={unread} size="small" data-testid="notification-count" data-count={unread}>
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={t('nav.notifications')}
        title={t('nav.notifications')}
        onClick={() => void navigate('/notifications')}
        data-testid="notification-bell"
      />
    </Badge>
  );
}
