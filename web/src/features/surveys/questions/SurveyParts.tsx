// The parts of a survey around its questions: hidden fields the link carries, endings, the theme
// and the languages.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Flex, Form, Input, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addEnding, addHiddenField, removeEnding, removeHiddenField } from '../draft-ops';
import { useDraft } from '../draft-context';
import { LanguagesPanel } from './LanguagesPanel';
import { TextField } from './TextField';
import { ThemePanel } from './ThemePanel';

const ID_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

function HiddenFields() {
  const { t } = useTranslation();
  const { draft, change, readOnly } = useDraft();
  const [name, setName] = useState('');
  const clean = name.trim();
  const invalid = clean !== '' && !ID_PATTERN.test(clean);
  const taken = draft.hiddenFields.some((h) => h.name === clean);
  const add = () => {
    if (clean === '' || invalid || taken) return;
    change((d) => addHiddenField(d, clean));
    setName('');
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{t('surveys.parts.hiddenHelp')}</Typography.Paragraph>
      <Flex gap={6} wrap style={{ marginBottom: 12 }}>
        {draft.hiddenFields.length === 0 && (
          <Typography.Text type="secondary">{t('surveys.parts.noHidden')}</Typography.Text>
        )}
        {draft.hiddenFields.map((h) => (
          <Tag key={h.name} style={{ marginInlineEnd: 0, paddingInlineEnd: readOnly ? undefined : 0 }}>
            <code>{h.name}</code>
            {!readOnly && (
              <Button
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('surveys.parts.removeHidden', { name: h.name })}
                onClick={() => change((d) => removeHiddenField(d, h.name))}
              />
            )}
          </Tag>
        ))}
      </Flex>
      {!readOnly && (
        <Form.Item
          label={t('surveys.parts.hiddenName')}
          htmlFor="hidden-field-name"
          validateStatus={invalid || taken ? 'error' : undefined}
          help={invalid ? t('surveys.parts.idRule') : taken ? t('surveys.parts.hiddenTaken') : undefined}
          style={{ marginBottom: 0 }}
        >
          <Flex gap={8}>
            <Input
              id="hidden-field-name"
              value={name}
              placeholder="order_id"
              style={{ maxWidth: 240 }}
              onChange={(e) => setName(e.target.value)}
              onPressEnter={add}
            />
            <Button icon={<PlusOutlined />} onClick={add} disabled={clean === '' || invalid || taken}>
              {t('common.add')}
            </Button>
          </Flex>
        </Form.Item>
      )}
    </>
  );
}

function Endings() {
  const { t } = useTranslation();
  const { draft, change, readOnly } = useDraft();
  const { token } = theme.useToken();
  return (
    <Form layout="vertical" component="div">
      <Typography.Paragraph type="secondary">{t('surveys.parts.endingsHelp')}</Typography.Paragraph>
      <Flex vertical gap={12}>
        {draft.endings.map((ending, k) => {
          const set = (fn: (e: typeof ending) => typeof ending) =>
            change((d) => ({ ...d, endings: d.endings.map((e) => (e.id === ending.id ? fn(e) : e)) }));
          return (
            <div
              key={ending.id}
              style={{ borderInlineStart: `3px solid ${token.colorBorderSecondary}`, paddingInlineStart: 12 }}
            >
              <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
                <Flex gap={6} align="center">
                  <Typography.Text strong>{t('surveys.places.ending', { n: k + 1 })}</Typography.Text>
                  <Tag>{ending.if ? t('surveys.parts.conditional') : t('surveys.parts.defaultEnding')}</Tag>
                </Flex>
                {!readOnly && (
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    disabled={draft.endings.length <= 1}
                    aria-label={t('surveys.parts.removeEnding', { n: k + 1 })}
                    onClick={() => change((d) => removeEnding(d, ending.id))}
                  />
                )}
              </Flex>
              <TextField
                required
                id={`ending-${ending.id}-title`}
                label={t('surveys.builder.title')}
                value={ending.title}
                onChange={(title) => set((e) => ({ ...e, title: title ?? {} }))}
              />
              <TextField
                optional
                multiline
                id={`ending-${ending.id}-message`}
                label={t('surveys.parts.message')}
                value={ending.message}
                onChange={(message) => set((e) => ({ ...e, message }))}
              />
            </div>
          );
        })}
      </Flex>
      {!readOnly && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginTop: 12 }}
          onClick={() => change((d) => addEnding(d, t('surveys.parts.newEnding')))}
        >
          {t('surveys.parts.addEnding')}
        </Button>
      )}
    </Form>
  );
}

export function SurveyParts() {
  const { t } = useTranslation();
  const { draft } = useDraft();
  return (
    <Collapse
      style={{ marginTop: 16 }}
      items={[
        {
          key: 'hidden',
          label: t('surveys.parts.hiddenFields', { count: draft.hiddenFields.length }),
          children: <HiddenFields />,
        },
        {
          key: 'endings',
          label: t('surveys.parts.endings', { count: draft.endings.length }),
          children: <Endings />,
        },
        { key: 'theme', label: t('surveys.parts.theme'), children: <ThemePanel /> },
        {
          key: 'languages',
          label: t('surveys.parts.languages', { count: draft.languages.length }),
          children: <LanguagesPanel />,
        },
      ]}
    />
  );
}
