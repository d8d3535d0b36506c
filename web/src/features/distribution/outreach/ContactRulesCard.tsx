// The workspace's contact rules: at most one invitation per person every N days across all
// surveys (or no cap), no sends during quiet hours in the customer's time zone, and how many emails
// a minute the mail relay takes.
import { Button, Card, Col, Form, Input, InputNumber, Row, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useContactRules, useSaveContactRules, type ContactRules } from '../../../api/distribution';
import { QueryState } from '../../../components/QueryState';
import { useNotify } from '../../../components/useNotify';
import { useFieldErrors } from '../useFieldErrors';

interface Fields {
  capOn: boolean;
  frequencyCapDays: number | null;
  quietHours: ContactRules['quietHours'];
  emailsPerMinute: number;
}

/** Offered when the cap is switched on for the first time. */
const CAP_DAYS = 30;

export function ContactRulesCard({ canEdit, workspaceId }: { canEdit: boolean; workspaceId: string }) {
  const { t } = useTranslation();
  const rules = useContactRules(workspaceId);
  const save = useSaveContactRules(workspaceId);
  const notify = useNotify();
  const fieldErrors = useFieldErrors();
  const [form] = Form.useForm<Fields>();
  const capOn = Form.useWatch('capOn', form);
  const quietOn = Form.useWatch(['quietHours', 'enabled'], form);

  const submit = (v: Fields) =>
    save.mutate(
      {
        frequencyCapDays: v.capOn ? (v.frequencyCapDays ?? CAP_DAYS) : null,
        quietHours: v.quietHours,
        emailsPerMinute: v.emailsPerMinute,
      },
      { onSuccess: () => notify.success(t('common.saved')), onError: fieldErrors(form) },
    );

  return (
    <Card title={t('distribution.outreach.rulesTitle')} style={{ marginBottom: 16 }}>
      <QueryState isPending={rules.isPending} error={rules.error} refetch={rules.refetch}>
        {rules.data && (
          <Form<Fields>
            form={form}
            name="contact-rules"
            layout="vertical"
            disabled={!canEdit}
            onFinish={submit}
            initialValues={{
              capOn: rules.data.frequencyCapDays !== null,
              frequencyCapDays: rules.data.frequencyCapDays ?? CAP_DAYS,
              quietHours: rules.data.quietHours,
              emailsPerMinute: rules.data.emailsPerMinute,
            }}
          >
            <Typography.Paragraph type="secondary">
              {t('distribution.outreach.rulesHelp')}
            </Typography.Paragraph>
            <Form.Item
              name="capOn"
              label={t('distribution.outreach.capOn')}
              extra={t('distribution.outreach.capHelp')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            {capOn && (
              <Form.Item
                name="frequencyCapDays"
                label={t('distribution.outreach.capDays')}
                rules={[{ required: true, type: 'integer', min: 1, max: 365 }]}
              >
                <InputNumber min={1} max={365} precision={0} suffix={t('distribution.form.days')} />
              </Form.Item>
            )}
            <Form.Item
              name={['quietHours', 'enabled']}
              label={t('distribution.outreach.quietOn')}
              extra={t('distribution.outreach.quietHelp')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={12} sm={8}>
                <Form.Item
                  name={['quietHours', 'start']}
                  label={t('distribution.outreach.quietStart')}
                  rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
                >
                  <Input type="time" disabled={!quietOn || !canEdit} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item
                  name={['quietHours', 'end']}
                  label={t('distribution.outreach.quietEnd')}
                  rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
                >
                  <Input type="time" disabled={!quietOn || !canEdit} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="emailsPerMinute"
              label={t('distribution.outreach.emailsPerMinute')}
              extra={t('distribution.outreach.emailsPerMinuteHelp')}
              rules={[{ required: true, type: 'integer', min: 1, max: 100_000 }]}
            >
              <InputNumber min={1} max={100_000} precision={0} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Form>
        )}
      </QueryState>
    </Card>
  );
}
