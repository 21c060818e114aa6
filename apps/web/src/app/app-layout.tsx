import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { App as AntdApp, Flex, Grid, Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogout, useSession } from '../features/auth/session-api.ts';
import { errorText } from '../api/error-text.ts';
import { NAV_ITEMS, selectedNavPath } from './nav-items.tsx';
import { AppHeader } from './app-header.tsx';
import { RoleTag } from '../components/role-tag.tsx';
import { scopeLine } from '../components/user-scope.ts';
import { MAIN_ID, SkipLink } from '../components/skip-link.tsx';
import { lazyPart } from './recovery/lazy-part.tsx';

// antd's Drawer (the menu on phones) loads on narrow screens only (issue 20).
const Drawer = lazyPart(() => import('antd/es/drawer').then((m) => m.default));

/**
 * Wide enough for the longest English menu label with its icon ("Holders in the district" was cut off at 220 px);
 * in rem, so that it widens with the type (长者模式, a larger browser font).
 */
const SIDER_WIDTH = '16rem';

/** The signed-in shell: header, a side menu per role (a drawer on phones), the page. */
export default function AppLayout() {
  return (
    <AntdApp component={false}>
      <SignedInShell />
    </AntdApp>
  );
}

function SignedInShell() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  // Texts the API writes (notifications, reminders, next steps) come in the request's language:
  // a switch fetches what is on screen again, in the new one.
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    i18n.on('languageChanged', refetch);
    return () => i18n.off('languageChanged', refetch);
  }, [i18n, queryClient]);
  const { message } = AntdApp.useApp();
  const { data: user } = useSession();
  const navigate = useNavigate();
  const logout = useLogout(() => void navigate('/login', { replace: true }));
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const isNarrow = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  // The breakpoints are unknown on the first render (no sider, the drawer closed): load the drawer only once the
  // screen is known to be narrow, or it is opened.
  const drawerWanted = screens.md === false || drawerOpen;
  if (!user) return null;

  const items = NAV_ITEMS[user.role];
  const selected = selectedNavPath(items, location.pathname);
  const menu = (
    <Menu
      mode="inline"
      data-testid="side-menu"
      selectedKeys={selected ? [selected] : []}
      items={items.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
  const onLogout = () =>
    logout.mutate(undefined, {
      onError: (error) => void message.error(errorText(error, t)),
    });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <AppHeader user={user} onOpenMenu={() => setDrawerOpen(true)} onLogout={onLogout} loggingOut={logout.isPending} />
      <Layout>
        {isNarrow ? (
          drawerWanted && (
            <Drawer
              placement="left"
              open={drawerOpen}
              onClose={() => setDrawerOpen(false)}
              size={260}
              title={t('nav.menu')}
            >
              <Flex vertical gap={4} style={{ marginBottom: 16 }} data-testid="drawer-user">
                <span>
                  <Typography.Text strong>{user.displayName}</Typography.Text> <RoleTag role={user.role} />
                </span>
                <Typography.Text type="secondary">{scopeLine(user, t('scope.citywide'))}</Typography.Text>
              </Flex>
              {menu}
            </Drawer>
          )
        ) : (
          <Layout.Sider
            theme="light"
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            width={SIDER_WIDTH}
            style={{ borderRight: '1px solid #e8ecf2' }}
          >
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content
          id={MAIN_ID}
          tabIndex={-1}
          style={{ padding: isNarrow ? 12 : 24, minWidth: 0, outline: 'none' }}
        >
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
