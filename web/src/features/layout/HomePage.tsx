// "/" for someone who belongs to no workspace (yet): invite them to create one. Everyone else is
// sent on to their last workspace by the router.
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from '@tanstack/react-router';
import { Button, Flex, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateWorkspaceModal } from '../workspace/CreateWorkspaceModal';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from './UserMenu';

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <main style={{ minHeight: '100vh', padding: 16 }}>
      <Flex justify="flex-end" gap={8}>
        <LanguageSwitcher />
        <UserMenu />
      </Flex>
      <Result
        status="info"
        title={t('home.noWorkspaceTitle')}
        subTitle={t('home.noWorkspaceText')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('workspace.create')}
          </Button>
        }
      />
      <CreateWorkspaceModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(ws) =>
          void navigate({ to: '/w/$workspaceId/settings/locations', params: { workspaceId: ws.id } })
        }
      />
    </main>
  );
}
