// /invite/:token — someone was invited by link. New people choose a name and a password; people
// who already have an account confirm with their password. Accepting signs them in.
import { useNavigate, useParams } from '@tanstack/react-router';
import { Alert, Button, Descriptions, Form, Input, Result, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useAcceptInvitation, useInvitationPreview } from '../../api/invitations';
import { applyFieldError, errorText } from '../../components/errors';
import { RoleTag } from '../../components/roles';
import { rememberWorkspace } from '../workspace/current';
import { AuthFrame } from './AuthFrame';

interface Fields {
  name?: string;
  password: string;
}

export function InvitePage() {
  const { t } = useTranslation();
  const { token } = useParams({ from: '/invite/$token' });
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const [form] = Form.useForm<Fields>();
  const [failure, setFailure] = useState<string | null>(null);

  if (preview.isPending) {
    return (
      <AuthFrame title={t('invite.title')}>
        <div role="status" aria-label={t('common.loading')}>
          <Spin />
        </div>
      </AuthFrame>
    );
  }
  if (preview.error) {
    const gone = isApiError(preview.error) && preview.error.status < 500;
    return (
      <AuthFrame title={t('invite.title')}>
        <Result
          status={gone ? 'warning' : 'error'}
          title={gone ? t('invite.invalidTitle') : t('errors.loadFailed')}
          subTitle={gone ? t('invite.invalidText') : errorText(t, preview.error)}
        />
      </AuthFrame>
    );
  }

  const inv = preview.data;
  const submit = (values: Fields) => {
    setFailure(null);
    accept.mutate(inv.accountExists ? { password: values.password } : values, {
      onSuccess: (me) => {
        // The answer does not say which workspace was joined; its name does.
        const joined = me.workspaces.find((w) => w.name === inv.workspaceName);
        if (joined) rememberWorkspace(joined.id);
        void navigate({ to: '/' });
      },
      onError: (e) => {
        if (!applyFieldError(form, e, t, ['name', 'password'])) setFailure(errorText(t, e));
      },
    });
  };

  return (
    <AuthFrame title={t('invite.joinTitle', { workspace: inv.workspaceName })}>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'email', label: t('auth.email'), children: inv.email },
          { key: 'role', label: t('invite.role'), children: <RoleTag role={inv.role} /> },
          ...(inv.inviterName
            ? [{ key: 'by', label: t('invite.invitedBy'), children: inv.inviterName }]
            : []),
        ]}
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={inv.accountExists ? t('invite.existingAccount') : t('invite.newAccount')}
      />
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form name="acceptInvitation" form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {!inv.accountExists && (
          <Form.Item
            name="name"
            label={t('invite.name')}
            rules={[{ required: true, whitespace: true, max: 200 }]}
          >
            <Input autoComplete="name" autoFocus />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={inv.accountExists ? t('auth.password') : t('invite.choosePassword')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete={inv.accountExists ? 'current-password' : 'new-password'} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={accept.isPending}>
          {t('invite.accept')}
        </Button>
      </Form>
    </AuthFrame>
  );
}
