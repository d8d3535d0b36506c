// The workspace in the header: switch to another one (same page, other workspace) or create one.
import { DownOutlined, PlusOutlined, ShopOutlined } from '@ant-design/icons';
import { useNavigate, useRouter } from '@tanstack/react-router';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { CreateWorkspaceModal } from '../workspace/CreateWorkspaceModal';
import { useNavPath } from './nav';

interface Props {
  current: Workspace;
  workspaces: readonly Workspace[];
}

const CREATE = '__create__';

export function WorkspaceSwitcher({ current, workspaces }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const router = useRouter();
  const path = useNavPath();
  const [creating, setCreating] = useState(false);

  const open = (id: string) => {
    // Stay on the same page in the other workspace; the path is one of ours, just re-rooted.
    router.history.push(`/w/${id}/${path}`);
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          selectable: true,
          selectedKeys: [current.id],
          items: [
            ...workspaces.map((w) => ({ key: w.id, label: w.name })),
            { type: 'divider' as const },
            { key: CREATE, icon: <PlusOutlined />, label: t('workspace.create') },
          ],
          onClick: ({ key }) => (key === CREATE ? setCreating(true) : open(key)),
        }}
      >
        <Button
          aria-label={t('layout.workspaceSwitcher', { name: current.name })}
          icon={<ShopOutlined />}
          style={{ maxWidth: '100%', minWidth: 0 }}
        >
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {current.name}
          </span>
          <DownOutlined />
        </Button>
      </Dropdown>
      <CreateWorkspaceModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(ws) =>
          void navigate({ to: '/w/$workspaceId/settings/workspace', params: { workspaceId: ws.id } })
        }
      />
    </>
  );
}
