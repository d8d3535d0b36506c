// Sign in with email and password. Wrong password, a locked address (423) and too many attempts
// (429) are said above the form; a problem with one input is said under that input.
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '../../api/me';
import { applyFieldError, errorText } from '../../components/errors';
import { AuthFrame } from './AuthFrame';

interface Fields {
  email: string;
  password: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/sign-in' });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (values: Fields) => {
    setFailure(null);
    signIn.mutate(values, {
      // The redirect was checked to be a path on this site when the URL was read.
      onSuccess: () => void navigate({ to: redirect ?? '/' }),
      onError: (e) => {
        if (!applyFieldError(form, e, t, ['email', 'password'])) setFailure(errorText(t, e));
      },
    });
  };

  return (
    <AuthFrame title={t('auth.signInTitle')}>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form name="signIn" form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[{ required: true, type: 'email', message: t('auth.emailInvalid') }]}
        >
          <Input prefix={<MailOutlined />} autoComplete="username" type="email" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
          {t('auth.signIn')}
        </Button>
      </Form>
    </AuthFrame>
  );
}
