// The frame around every workspace page: sidebar navigation (a drawer on phones), and a header
// with the workspace switcher, the language switcher and the user menu.
import { MenuOutlined } from '@ant-design/icons';
import { Outlet, useParams } from '@tanstack/react-router';
import { Button, Drawer, Flex, Grid, Layout, theme } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/me';
import { CurrentWorkspaceContext, rememberWorkspace } from '../workspace/current';
import { Brand } from './Brand';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NavMenu, useNavPath } from './nav';
import { NotFoundPage } from './NotFoundPage';
import { UserMenu } from './UserMenu';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

const SIDER_WIDTH = 232;

export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { workspaceId } = useParams({ from: '/authed/w/$workspaceId' });
  const { data: me } = useMe();
  const { token } = theme.useToken();
  // Until the breakpoints are measured, assume a wide screen (most people sign in on one).
  const desktop = Grid.useBreakpoint().lg ?? true;
  const path = useNavPath();
  // The drawer belongs to the page it was opened on: any page change (a link, the back button)
  // closes it.
  const [drawerOpenOn, setDrawerOpenOn] = useState<string | null>(null);
  const drawerOpen = drawerOpenOn === path;
  const closeDrawer = () => setDrawerOpenOn(null);
  const workspace = me?.workspaces.find((w) => w.id === workspaceId) ?? null;

  useEffect(() => {
    if (workspace) rememberWorkspace(workspace.id);
  }, [workspace]);

  if (!me) return null;
  // E.g. after being removed from it, or a mistyped link.
  if (!workspace) return <NotFoundPage />;

  const border = `1px solid ${token.colorBorderSecondary}`;
  return (
    <CurrentWorkspaceContext.Provider value={workspace}>
      <Layout style={{ minHeight: '100vh' }}>
        {desktop && (
          <Layout.Sider
            width={SIDER_WIDTH}
            style={{ borderInlineEnd: border, position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
          >
            <Brand />
            <NavMenu workspaceId={workspace.id} />
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Header
            style={{ borderBottom: border, position: 'sticky', top: 0, zIndex: 10, lineHeight: 'normal' }}
          >
            <Flex align="center" gap={8} style={{ height: '100%' }}>
              {!desktop && (
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t('layout.openNavigation')}
                  aria-expanded={drawerOpen}
                  onClick={() => setDrawerOpenOn(path)}
                />
              )}
              <div style={{ flex: '0 1 auto', minWidth: 0 }}>
                <WorkspaceSwitcher current={workspace} workspaces={me.workspaces} />
              </div>
              <div style={{ flex: 1 }} />
              <LanguageSwitcher />
              <UserMenu />
            </Flex>
          </Layout.Header>
          <Layout.Content style={{ padding: desktop ? 24 : 12, minWidth: 0 }}>
            <Outlet />
          </Layout.Content>
        </Layout>
        {!desktop && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={closeDrawer}
            size={SIDER_WIDTH + 40}
            title={<Brand inline />}
            styles={{ body: { padding: 0 } }}
          >
            <NavMenu workspaceId={workspace.id} onNavigate={closeDrawer} />
          </Drawer>
        )}
      </Layout>
    </CurrentWorkspaceContext.Provider>
  );
}
