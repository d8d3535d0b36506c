// The settings of an email, SMS or WeChat distribution: the words per language, the first question
// inside the email, reminders to those who have not answered, an automatic invitation after an
// order, and the WeChat template.
import { Col, Divider, Form, Input, InputNumber, Row, Switch, TreeSelect, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocations } from '../../../api/locations';
import type { MessageChannel } from '../../../api/distribution';
import { Readable } from '../../../components/Readable';
import { buildTree, locationTreeOptions } from '../../locations/tree';
import { useCurrentWorkspace } from '../../workspace/current';
import { TemplateFields } from './TemplateFields';

/** The order channels the shop systems send most; others can be typed in. */
const ORDER_CHANNELS = ['store', 'web', 'app', 'wechat', 'phone'];

interface Props {
  channel: MessageChannel;
  languages: readonly string[];
}

export function MessageFields({ channel, languages }: Props) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const locations = useLocations(ws.id);
  const triggerOn = Form.useWatch(['settings', 'trigger', 'enabled']) as boolean | undefined;
  return (
    <>
      {channel === 'wechat' && (
        <Form.Item
          name={['settings', 'wechatTemplateId']}
          label={t('distribution.message.wechatTemplateId')}
          extra={t('distribution.message.wechatTemplateIdHelp')}
          rules={[{ max: 100 }]}
        >
          <Input />
        </Form.Item>
      )}
      <TemplateFields channel={channel} languages={languages} />
      {channel === 'email' && (
        <Form.Item
          name={['settings', 'embedFirstQuestion']}
          label={t('distribution.message.embedFirstQuestion')}
          extra={t('distribution.message.embedFirstQuestionHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      )}
      <Divider titlePlacement="start" plain>
        {t('distribution.message.reminders')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['settings', 'reminders', 'afterDays']}
            label={t('distribution.message.remindAfter')}
            rules={[{ type: 'integer', min: 1, max: 60 }]}
          >
            <InputNumber min={1} max={60} precision={0} suffix={t('distribution.form.days')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['settings', 'reminders', 'max']}
            label={t('distribution.message.remindMax')}
            extra={t('distribution.message.remindMaxHelp')}
            rules={[{ type: 'integer', min: 0, max: 5 }]}
          >
            <InputNumber min={0} max={5} precision={0} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('distribution.message.trigger')}
      </Divider>
      <Form.Item
        name={['settings', 'trigger', 'enabled']}
        label={t('distribution.message.triggerOn')}
        extra={t('distribution.message.triggerHelp')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      {triggerOn && (
        <Readable>
          <Form.Item
            name={['settings', 'trigger', 'afterDays']}
            label={t('distribution.message.triggerAfter')}
            rules={[{ required: true, type: 'integer', min: 0, max: 90 }]}
          >
            <InputNumber min={0} max={90} precision={0} suffix={t('distribution.form.days')} />
          </Form.Item>
          <Form.Item
            name={['settings', 'trigger', 'locationIds']}
            label={t('distribution.message.triggerStores')}
          >
            <TreeSelect
              aria-label={t('distribution.message.triggerStores')}
              multiple
              allowClear
              loading={locations.isPending}
              showSearch={{ treeNodeFilterProp: 'title' }}
              treeDefaultExpandAll
              treeData={locationTreeOptions(buildTree(locations.data ?? []))}
              placeholder={t('distribution.message.anyStore')}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item
            name={['settings', 'trigger', 'channels']}
            label={t('distribution.message.triggerChannels')}
          >
            <Select
              mode="tags"
              aria-label={t('distribution.message.triggerChannels')}
              placeholder={t('distribution.message.anyChannel')}
              options={ORDER_CHANNELS.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
        </Readable>
      )}
    </>
  );
}
