// One question in the builder: a header to drag it by, move it up/down or to another page, or
// delete it; opened, its title, description, required and the settings of its type.
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  DownOutlined,
  ExportOutlined,
  HolderOutlined,
  RightOutlined,
} from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Card, Checkbox, Dropdown, Flex, Form, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../api/surveys';
import { useDraft } from '../draft-context';
import { TYPE_ICONS } from '../question-types';
import { TextField } from './TextField';
import { TypeFields } from './TypeFields';

interface Props {
  question: Question;
  /** 1-based number across the whole survey. */
  number: number;
  page: number;
  open: boolean;
  onToggle: () => void;
  onChange: (next: Question) => void;
  onStep: (delta: -1 | 1) => void;
  canUp: boolean;
  canDown: boolean;
  onMoveToPage: (page: number) => void;
  onDelete: () => void;
}

export function QuestionCard(props: Props) {
  const {
    question: q,
    number,
    page,
    open,
    onToggle,
    onChange,
    onStep,
    canUp,
    canDown,
    onMoveToPage,
    onDelete,
  } = props;
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { draft, lang, readOnly } = useDraft();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: `q:${q.id}`,
    disabled: readOnly,
  });
  const title = q.title[lang] || q.title[draft.defaultLanguage] || '';
  const name = t('surveys.builder.questionN', { n: number });
  const otherPages = draft.pages.map((p, i) => ({ p, i })).filter(({ i }) => i !== page);

  return (
    <div
      ref={setNodeRef}
      style={{
        transform: CSS.Translate.toString(transform),
        transition: transition,
        opacity: isDragging ? 0.6 : 1,
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
      }}
      data-testid={`question-${q.id}`}
    >
      <Card
        size="small"
        styles={{ body: { padding: 8 } }}
        style={{ borderColor: open ? token.colorPrimaryBorder : undefined }}
      >
        <Flex align="center" gap={4} wrap>
          {!readOnly && (
            <Button
              type="text"
              size="small"
              icon={<HolderOutlined />}
              aria-label={t('surveys.builder.dragQuestion', { name })}
              style={{ cursor: 'grab', touchAction: 'none' }}
              {...attributes}
              {...listeners}
            />
          )}
          <Button
            type="text"
            size="small"
            icon={open ? <DownOutlined /> : <RightOutlined />}
            aria-expanded={open}
            aria-label={
              open ? t('surveys.builder.collapse', { name }) : t('surveys.builder.expand', { name })
            }
            onClick={onToggle}
          />
          <Flex
            align="center"
            gap={6}
            style={{ flex: '1 1 160px', minWidth: 0, cursor: 'pointer' }}
            onClick={onToggle}
          >
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {t('surveys.builder.qShort', { n: number })}
            </Typography.Text>
            <span title={t(`surveys.types.${q.type}`)} style={{ color: token.colorTextSecondary }}>
              {TYPE_ICONS[q.type]}
            </span>
            <Typography.Text
              ellipsis
              style={{ minWidth: 0 }}
              type={title ? undefined : 'secondary'}
              italic={!title}
            >
              {title || t('surveys.builder.untitled')}
            </Typography.Text>
            {q.required && <Tag style={{ marginInlineEnd: 0 }}>{t('surveys.builder.required')}</Tag>}
          </Flex>
          {!readOnly && (
            <Flex gap={0} style={{ flexShrink: 0, marginInlineStart: 'auto' }}>
              <Button
                type="text"
                size="small"
                icon={<ArrowUpOutlined />}
                aria-label={t('surveys.builder.moveUp', { name })}
                disabled={!canUp}
                onClick={() => onStep(-1)}
              />
              <Button
                type="text"
                size="small"
                icon={<ArrowDownOutlined />}
                aria-label={t('surveys.builder.moveDown', { name })}
                disabled={!canDown}
                onClick={() => onStep(1)}
              />
              <Dropdown
                disabled={otherPages.length === 0}
                trigger={['click']}
                menu={{
                  items: otherPages.map(({ i }) => ({
                    key: String(i),
                    label: t('surveys.places.page', { n: i + 1 }),
                  })),
                  onClick: ({ key }) => onMoveToPage(Number(key)),
                }}
              >
                <Button
                  type="text"
                  size="small"
                  icon={<ExportOutlined />}
                  aria-label={t('surveys.builder.moveToPage', { name })}
                />
              </Dropdown>
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('surveys.builder.deleteQuestion', { name })}
                onClick={onDelete}
              />
            </Flex>
          )}
        </Flex>
        {open && (
          <Form layout="vertical" component="div" style={{ padding: '12px 8px 0' }}>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
              {t(`surveys.types.${q.type}`)} · {t('surveys.builder.id')} <code>{q.id}</code>
            </Typography.Paragraph>
            <TextField
              required
              multiline
              id={`${q.id}-title`}
              label={t('surveys.builder.title')}
              value={q.title}
              onChange={(title) => onChange({ ...q, title: title ?? {} })}
            />
            <TextField
              optional
              multiline
              id={`${q.id}-description`}
              label={t('surveys.builder.description')}
              value={q.description}
              onChange={(description) => onChange({ ...q, description })}
            />
            <Form.Item style={{ marginBottom: 12 }}>
              <Checkbox
                checked={q.required}
                disabled={readOnly}
                onChange={(e) => onChange({ ...q, required: e.target.checked })}
              >
                {t('surveys.builder.requiredAnswer')}
              </Checkbox>
            </Form.Item>
            <TypeFields question={q} onChange={onChange} />
          </Form>
        )}
      </Card>
    </div>
  );
}
