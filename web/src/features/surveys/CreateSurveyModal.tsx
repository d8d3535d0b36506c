// A new survey: blank, from a built-in template (named in the console's language) or from one
// this workspace saved; then the builder opens on it.
import { DeleteOutlined, FileAddOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Radio,
  Select,
  Skeleton,
  Tag,
  Typography,
  theme,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useSurveyMutations,
  useSurveyTemplates,
  type Survey,
  type SurveySource,
  type TemplateList,
} from '../../api/surveys';
import type { TemplateCategory } from '../../../../common/survey/templates/template';
import { FormModal } from '../../components/FormModal';
import { useNotify } from '../../components/useNotify';
import { currentLanguage } from '../../i18n/index';
import { LANGUAGES } from '../../api/types';
import { useCurrentWorkspace } from '../workspace/current';
import { languageName } from './status';

interface Fields {
  name: string;
  /** 'blank', 'builtin:<key>' or 'saved:<id>'. */
  source: string;
  /** The language a blank survey or a built-in template starts in; a saved template keeps its own. */
  language: string;
}

const FIELDS = ['name', 'language'] as const;

function sourceOf(choice: string): SurveySource | undefined {
  if (choice.startsWith('builtin:')) return { template: choice.slice('builtin:'.length) };
  if (choice.startsWith('saved:')) return { workspaceTemplate: choice.slice('saved:'.length) };
  return undefined;
}

/** The languages a source can start in: a built-in template's own, the console's for a blank one. */
function startLanguages(choice: string, templates: TemplateList): string[] | null {
  if (choice === 'blank') return [...LANGUAGES];
  const builtIn = templates.builtIn.find((b) => `builtin:${b.key}` === choice);
  return builtIn ? builtIn.languages : null;
}

/** A text in the console's language, else English, else any. */
function localized(texts: Record<string, string>): string {
  return texts[currentLanguage()] ?? texts.en ?? Object.values(texts)[0] ?? '';
}

function Choice({
  value,
  title,
  description,
  meta,
  extra,
}: {
  value: string;
  title: string;
  description?: string;
  meta: ReactNode;
  extra?: ReactNode;
}) {
  const { token } = theme.useToken();
  const selected = Form.useWatch<string>('source', Form.useFormInstance()) === value;
  return (
    <Card
      size="small"
      style={{ borderColor: selected ? token.colorPrimary : undefined, height: '100%' }}
      styles={{ body: { padding: 10 } }}
    >
      <Flex justify="space-between" align="flex-start" gap={4}>
        <Radio value={value} style={{ alignItems: 'flex-start' }}>
          <Typography.Text strong>{title}</Typography.Text>
          {description && (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 3 }}
              style={{ fontSize: 12, marginBottom: 4 }}
            >
              {description}
            </Typography.Paragraph>
          )}
          <div style={{ fontSize: 12 }}>{meta}</div>
        </Radio>
        {extra}
      </Flex>
    </Card>
  );
}

/** The gallery, as radio choices; picking a template fills in the name unless one was typed. */
function Gallery({ templates, workspaceId }: { templates: TemplateList; workspaceId: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Fields>();
  const { removeTemplate } = useSurveyMutations(workspaceId);
  const notify = useNotify();
  const nameFor = (choice: string) => {
    if (choice === 'blank') return '';
    const key = choice.slice(choice.indexOf(':') + 1);
    const builtIn = templates.builtIn.find((b) => b.key === key);
    if (builtIn) return localized(builtIn.name);
    return templates.workspace.find((w) => w.id === key)?.name ?? '';
  };
  const grid = {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: 8,
  } as const;
  return (
    <Form.Item name="source" label={t('surveys.create.startFrom')}>
      <Radio.Group
        style={{ width: '100%' }}
        onChange={(e) => {
          const choice = e.target.value as string;
          if (!form.isFieldTouched('name')) form.setFieldValue('name', nameFor(choice));
          const languages = startLanguages(choice, templates);
          if (languages && !languages.includes(form.getFieldValue('language') as string)) {
            form.setFieldValue('language', languages[0]);
          }
        }}
      >
        <div style={grid}>
          <Choice
            value="blank"
            title={t('surveys.create.blank')}
            description={t('surveys.create.blankHelp')}
            meta={<FileAddOutlined />}
          />
          {templates.builtIn.map((b) => (
            <Choice
              key={b.key}
              value={`builtin:${b.key}`}
              title={localized(b.name)}
              description={localized(b.description)}
              meta={
                <Flex gap={4} wrap>
                  <Tag style={{ marginInlineEnd: 0 }}>
                    {t(`surveys.create.categories.${b.category as TemplateCategory}`)}
                  </Tag>
                  <Typography.Text type="secondary">
                    {t('surveys.create.questionCount', { count: b.questionCount })}
                  </Typography.Text>
                </Flex>
              }
            />
          ))}
        </div>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('surveys.create.saved')}
        </Typography.Title>
        {templates.workspace.length === 0 ? (
          <Typography.Text type="secondary">{t('surveys.create.noSaved')}</Typography.Text>
        ) : (
          <div style={grid}>
            {templates.workspace.map((w) => (
              <Choice
                key={w.id}
                value={`saved:${w.id}`}
                title={w.name}
                description={w.description}
                meta={
                  <Typography.Text type="secondary">
                    {t('surveys.create.questionCount', { count: w.questionCount })}
                  </Typography.Text>
                }
                extra={
                  <Popconfirm
                    title={t('surveys.create.deleteTemplate', { name: w.name })}
                    okText={t('common.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => {
                      if (form.getFieldValue('source') === `saved:${w.id}`)
                        form.setFieldValue('source', 'blank');
                      removeTemplate.mutate(w.id, { onError: notify.error });
                    }}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('surveys.create.deleteTemplate', { name: w.name })}
                    />
                  </Popconfirm>
                }
              />
            ))}
          </div>
        )}
      </Radio.Group>
    </Form.Item>
  );
}

/** Which language the new survey starts in (hidden for a saved template, which keeps its own). */
function LanguageField({ templates }: { templates: TemplateList }) {
  const { t } = useTranslation();
  const source = Form.useWatch<string | undefined>('source', Form.useFormInstance()) ?? 'blank';
  const languages = startLanguages(source, templates);
  return (
    <Form.Item name="language" label={t('surveys.create.language')} hidden={!languages}>
      <Select
        style={{ maxWidth: 240 }}
        options={(languages ?? []).map((l) => ({ value: l, label: languageName(l, currentLanguage()) }))}
      />
    </Form.Item>
  );
}

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (survey: Survey) => void;
}

export function CreateSurveyModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const templates = useSurveyTemplates(ws.id);
  const { create } = useSurveyMutations(ws.id);
  const notify = useNotify();
  return (
    <FormModal<Fields>
      open={open}
      name="survey"
      title={t('surveys.create.title')}
      okText={t('surveys.create.ok')}
      pending={create.isPending}
      width={880}
      initialValues={{ name: '', source: 'blank', language: ws.defaultLanguage }}
      onCancel={onClose}
      onFinish={({ name, source, language }, form) =>
        create.mutate(
          {
            name: name.trim(),
            from: sourceOf(source),
            language: startLanguages(source, templates.data ?? { builtIn: [], workspace: [] })
              ? language
              : undefined,
          },
          {
            onSuccess: (survey) => {
              onClose();
              onCreated(survey);
            },
            onError: notify.formError(form, FIELDS),
          },
        )
      }
    >
      <Form.Item
        name="name"
        label={t('surveys.create.name')}
        rules={[
          { required: true, whitespace: true, message: t('surveys.create.nameRequired') },
          { max: 200 },
        ]}
      >
        <Input autoFocus />
      </Form.Item>
      {templates.data ? (
        <>
          <Gallery templates={templates.data} workspaceId={ws.id} />
          <LanguageField templates={templates.data} />
        </>
      ) : templates.error ? (
        <Empty description={t('errors.loadFailed')} />
      ) : (
        <Skeleton active />
      )}
    </FormModal>
  );
}
