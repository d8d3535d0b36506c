// The website pop-up's settings: how it shows, where and when (URL pattern, an event, a delay,
// scroll depth, exit intent), to how many visitors, how often the same person, and on which sites.
import { Col, Form, Input, InputNumber, Radio, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { OriginsField } from './OriginsField';

export function WidgetFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name={['settings', 'display']} label={t('distribution.widget.display')}>
        <Radio.Group
          options={[
            { value: 'popup', label: t('distribution.widget.popup') },
            { value: 'slidein', label: t('distribution.widget.slidein') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={['settings', 'urlPattern']}
        label={t('distribution.widget.urlPattern')}
        extra={t('distribution.widget.urlPatternHelp')}
        rules={[{ max: 500 }]}
      >
        <Input placeholder="https://shop.example.com/checkout/*" />
      </Form.Item>
      <Form.Item
        name={['settings', 'event']}
        label={t('distribution.widget.event')}
        extra={t('distribution.widget.eventHelp', { call: "rapport('track', 'purchase')" })}
        rules={[{ max: 100 }]}
      >
        <Input placeholder="purchase" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <NumberField
            name="delaySeconds"
            label={t('distribution.widget.delaySeconds')}
            help={t('distribution.widget.delaySecondsHelp')}
            range={[0, 3600]}
            unit={t('distribution.form.seconds')}
          />
        </Col>
        <Col xs={24} sm={12}>
          <NumberField
            name="scrollPercent"
            label={t('distribution.widget.scrollPercent')}
            help={t('distribution.widget.scrollPercentHelp')}
            range={[1, 100]}
            unit="%"
            placeholder={t('distribution.widget.any')}
          />
        </Col>
        <Col xs={24} sm={12}>
          <NumberField
            name="samplePercent"
            label={t('distribution.widget.samplePercent')}
            help={t('distribution.widget.samplePercentHelp')}
            range={[0, 100]}
            unit="%"
            fractions
          />
        </Col>
        <Col xs={24} sm={12}>
          <NumberField
            name="cooldownDays"
            label={t('distribution.widget.cooldownDays')}
            help={t('distribution.widget.cooldownDaysHelp')}
            range={[0, 365]}
            unit={t('distribution.form.days')}
          />
        </Col>
      </Row>
      <Form.Item
        name={['settings', 'exitIntent']}
        label={t('distribution.widget.exitIntent')}
        extra={t('distribution.widget.exitIntentHelp')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <OriginsField />
    </>
  );
}

interface NumberProps {
  name: string;
  label: string;
  help: string;
  range: [number, number];
  unit: string;
  /** Shown when empty: the setting is off. */
  placeholder?: string;
  /** Allows 12.5 (%); whole numbers otherwise. */
  fractions?: boolean;
}

function NumberField({ name, label, help, range: [min, max], unit, placeholder, fractions }: NumberProps) {
  return (
    <Form.Item
      name={['settings', name]}
      label={label}
      extra={help}
      rules={[{ type: fractions ? 'number' : 'integer', min, max }]}
    >
      <InputNumber
        min={min}
        max={max}
        precision={fractions ? undefined : 0}
        suffix={unit}
        placeholder={placeholder}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}
