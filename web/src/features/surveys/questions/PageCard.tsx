// One page of the survey: its optional title, its questions (sortable, and a drop zone for
// questions dragged from other pages), moving the page, deleting it, and adding a question to it.
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  HolderOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Card, Dropdown, Empty, Flex, Form, Popconfirm, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, QuestionType } from '../../../api/surveys';
import { useDraft } from '../draft-context';
import { useTypeMenuItems } from '../question-types';
import { TextField } from './TextField';

interface Props {
  page: Page;
  index: number;
  count: number;
  onChange: (next: Page) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
  onAddQuestion: (type: QuestionType) => void;
  children: ReactNode;
}

export function PageCard({ page, index, count, onChange, onMove, onDelete, onAddQuestion, children }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { readOnly } = useDraft();
  const typeItems = useTypeMenuItems();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: `page:${page.id}`,
    disabled: readOnly,
  });
  const { setNodeRef: setDropRef, isOver } = useDroppable({ id: `drop:${page.id}`, disabled: readOnly });
  const name = t('surveys.places.page', { n: index + 1 });

  return (
    <section
      ref={setNodeRef}
      aria-label={name}
      data-testid={`page-${page.id}`}
      style={{
        transform: CSS.Translate.toString(transform),
        transition: transition,
        opacity: isDragging ? 0.6 : 1,
      }}
    >
      <Card
        size="small"
        title={
          <Flex align="center" gap={4}>
            {!readOnly && (
              <Button
                type="text"
                size="small"
                icon={<HolderOutlined />}
                aria-label={t('surveys.builder.dragPage', { name })}
                style={{ cursor: 'grab', touchAction: 'none' }}
                {...attributes}
                {...listeners}
              />
            )}
            <Typography.Text strong>{name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
              {t('surveys.builder.questionCount', { count: page.questions.length })}
            </Typography.Text>
          </Flex>
        }
        extra={
          !readOnly && (
            <Flex gap={0}>
              <Button
                type="text"
                size="small"
                icon={<ArrowUpOutlined />}
                aria-label={t('surveys.builder.moveUp', { name })}
                disabled={index === 0}
                onClick={() => onMove(index - 1)}
              />
              <Button
                type="text"
                size="small"
                icon={<ArrowDownOutlined />}
                aria-label={t('surveys.builder.moveDown', { name })}
                disabled={index === count - 1}
                onClick={() => onMove(index + 1)}
              />
              <Popconfirm
                title={t('surveys.builder.deletePageConfirm', { name })}
                description={t('surveys.builder.deletePageHelp', { count: page.questions.length })}
                okText={t('common.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={onDelete}
                disabled={count <= 1}
              >
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('surveys.builder.deletePage', { name })}
                  disabled={count <= 1}
                />
              </Popconfirm>
            </Flex>
          )
        }
      >
        <Form layout="vertical" component="div">
          <TextField
            optional
            id={`page-${page.id}-title`}
            label={t('surveys.builder.pageTitle')}
            value={page.title}
            onChange={(title) => onChange({ ...page, title })}
          />
        </Form>
        <SortableContext
          items={page.questions.map((q) => `q:${q.id}`)}
          strategy={verticalListSortingStrategy}
        >
          <div
            ref={setDropRef}
            style={{
              display: 'flex',
              flexDirection: 'column',
              gap: 8,
              minHeight: 48,
              borderRadius: token.borderRadius,
              outline: isOver ? `2px dashed ${token.colorPrimaryBorder}` : undefined,
            }}
          >
            {page.questions.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.builder.emptyPage')} />
            ) : (
              children
            )}
          </div>
        </SortableContext>
        {!readOnly && (
          <Dropdown
            trigger={['click']}
            menu={{ items: typeItems, onClick: ({ key }) => onAddQuestion(key as QuestionType) }}
          >
            <Button icon={<PlusOutlined />} style={{ marginTop: 8 }}>
              {t('surveys.builder.addQuestion')}
            </Button>
          </Dropdown>
        )}
      </Card>
    </section>
  );
}
