import { Button, Flex, Grid, Layout, Space, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api/contract-types.ts';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { ElderModeSwitch } from './elder/elder-mode-switch.tsx';
import { RoleTag } from '../components/role-tag.tsx';
import { scopeLine } from '../components/user-scope.ts';
import { BRAND_BLUE } from './theme.ts';
import { NotificationBell } from '../features/notifications/notification-bell.tsx';

interface AppHeaderProps {
  user: SessionUser;
  onOpenMenu: () => void;
  onLogout: () => void;
  loggingOut: boolean;
}

/** Product name, who is signed in and for whom, language, logout. */
export function AppHeader({ user, onOpenMenu, onLogout, loggingOut }: AppHeaderProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isNarrow = !screens.md;
  const scope = scopeLine(user, t('scope.citywide'));
  return (
    <Layout.Header
      style={{
        background: '#fff',
        padding: isNarrow ? '0 12px' : '0 24px',
        borderBottom: '1px solid #e8ecf2',
        height: 'auto',
        lineHeight: 1.4,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Flex align="center" justify="space-between" gap={8} style={{ minHeight: '3.5rem' }} wrap={false}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {isNarrow && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              data-testid="open-menu"
              onClick={onOpenMenu}
            />
          )}
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: '1.125rem', color: BRAND_BLUE, whiteSpace: 'nowrap' }}>
              积分 jifen
            </Typography.Text>
            {!isNarrow && (
              <Typography.Text type="secondary" className="jf-detail" style={{ marginLeft: 12 }}>
                {t('app.subtitle')}
              </Typography.Text>
            )}
          </div>
        </Flex>
        <Space size={isNarrow ? 4 : 12} align="center">
          {!isNarrow && (
            <Flex vertical align="end" data-testid="current-user">
              <span>
                <Typography.Text strong data-testid="user-display-name">
                  {user.displayName}
                </Typography.Text>{' '}
                <RoleTag role={user.role} />
              </span>
              <Typography.Text type="secondary" style={{ fontSize: '0.75rem' }} data-testid="user-scope">
                {scope}
              </Typography.Text>
            </Flex>
          )}
          <NotificationBell />
          <ElderModeSwitch size={isNarrow ? 'small' : 'middle'} />
          <LanguageSwitch size={isNarrow ? 'small' : 'middle'} />
          <Button
            icon={<LogoutOutlined />}
            onClick={onLogout}
            loading={loggingOut}
            data-testid="logout"
            aria-label={t('auth.logout')}
          >
            {isNarrow ? null : t('auth.logout')}
          </Button>
        </Space>
      </Flex>
    </Layout.Header>
  );
}
