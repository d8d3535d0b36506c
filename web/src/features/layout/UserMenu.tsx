// Who is signed in, and signing out.
import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from '@tanstack/react-router';
import { Avatar, Button, Dropdown, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe, useSignOut } from '../../api/me';

export function UserMenu() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md ?? false;
  if (!me) return null;
  const initial = (me.user.name || me.user.email).slice(0, 1).toUpperCase();

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            label: (
              <div>
                <div style={{ fontWeight: 600 }}>{me.user.name}</div>
                <div>{me.user.email}</div>
              </div>
            ),
          },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('layout.signOut') },
        ],
        onClick: ({ key }) => {
          if (key === 'sign-out') {
            signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/sign-in' }) });
          }
        },
      }}
    >
      <Button type="text" aria-label={t('layout.userMenu', { name: me.user.name })}>
        <Avatar size="small" style={{ backgroundColor: '#0f766e' }}>
          {initial}
        </Avatar>
        {wide && me.user.name}
      </Button>
    </Dropdown>
  );
}
