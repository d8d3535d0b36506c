// Settings → Workspace: name, default language, time zone, currency (PATCH /workspaces/:id).
import { Button, Card, Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateWorkspace, type WorkspaceFields as Fields } from '../../api/workspaces';
import { PageHeader } from '../../components/PageHeader';
import { isAdmin, RoleTag } from '../../components/roles';
import { useNotify } from '../../components/useNotify';
import { formatDate } from '../../i18n/format';
import { useCurrentWorkspace } from './current';
import { WORKSPACE_FIELDS, WorkspaceFields } from './WorkspaceFields';

export function WorkspaceSettingsPage() {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const [form] = Form.useForm<Fields>();
  const update = useUpdateWorkspace(ws.id);
  const notify = useNotify();
  const canEdit = isAdmin(ws.role);

  const submit = (values: Fields) =>
    update.mutate(values, {
      onSuccess: () => notify.success(t('common.saved')),
      onError: notify.formError(form, WORKSPACE_FIELDS),
    });

  return (
    <>
      <PageHeader title={t('nav.workspace')} description={t('workspace.pageDescription')} />
      <Card style={{ maxWidth: 720 }}>
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 24 }}
          items={[
            { key: 'slug', label: t('workspace.slug'), children: <code>{ws.slug}</code> },
            { key: 'role', label: t('workspace.yourRole'), children: <RoleTag role={ws.role} /> },
            { key: 'created', label: t('common.created'), children: formatDate(ws.createdAt) },
          ]}
        />
        <Form
          name="workspaceSettings"
          key={ws.id}
          form={form}
          layout="vertical"
          disabled={!canEdit}
          onFinish={submit}
          initialValues={{
            name: ws.name,
            defaultLanguage: ws.defaultLanguage,
            timeZone: ws.timeZone,
            currency: ws.currency,
          }}
        >
          <WorkspaceFields />
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
