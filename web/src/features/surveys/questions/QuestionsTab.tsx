// The "Questions" tab: pages and their questions, dragged (or moved with buttons) into order, then
// the survey's hidden fields, endings, theme and languages.
import { PlusOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { App, Button, Dropdown, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionType } from '../../../api/surveys';
import {
  addPage,
  addQuestion,
  findQuestion,
  insertQuestion,
  movePage,
  moveQuestion,
  questionIds,
  removePage,
  removeQuestion,
  stepQuestion,
  stepTarget,
  updatePage,
  updateQuestion,
} from '../draft-ops';
import { useDraft } from '../draft-context';
import { newQuestion } from '../question-factory';
import { useTypeMenuItems } from '../question-types';
import { PageCard } from './PageCard';
import { QuestionCard } from './QuestionCard';
import { SurveyParts } from './SurveyParts';

const kindOf = (id: string | number) => String(id).split(':')[0];
const idOf = (id: string | number) => String(id).slice(String(id).indexOf(':') + 1);

/** Pages only meet pages; a question lands on the question under the pointer, else on a page's list. */
const collisions: CollisionDetection = (args) => {
  const kind = kindOf(args.active.id);
  if (kind === 'page') {
    return closestCenter({
      ...args,
      droppableContainers: args.droppableContainers.filter((c) => kindOf(c.id) === 'page'),
    });
  }
  const targets = args.droppableContainers.filter((c) => kindOf(c.id) !== 'page');
  const within = pointerWithin({ ...args, droppableContainers: targets });
  const onQuestion = within.filter((c) => kindOf(c.id) === 'q');
  if (onQuestion.length > 0) return onQuestion;
  if (within.length > 0) return within;
  return closestCenter({ ...args, droppableContainers: targets.filter((c) => kindOf(c.id) === 'q') });
};

export function QuestionsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { draft, change, readOnly } = useDraft();
  const [openId, setOpenId] = useState<string | null>(null);
  const typeItems = useTypeMenuItems();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const starter = {
    option: (n: number) => t('surveys.builder.optionN', { n }),
    row: (n: number) => t('surveys.builder.rowN', { n }),
  };
  const create = (type: QuestionType) =>
    newQuestion(type, questionIds(draft), draft.defaultLanguage, starter);

  const add = (type: QuestionType, page: number) => {
    const q = create(type);
    change((d) => addQuestion(d, q, page));
    setOpenId(q.id);
  };
  const addNewPage = (type: QuestionType) => {
    const q = create(type);
    change((d) => addPage(d, [q]));
    setOpenId(q.id);
  };

  const remove = (id: string) => {
    const taken = removeQuestion(draft, id);
    if (!taken) return;
    change((d) => removeQuestion(d, id)?.def ?? d);
    const key = `removed-${id}`;
    void message.open({
      key,
      type: 'info',
      duration: 8,
      content: (
        <Flex component="span" gap={8} align="center" style={{ display: 'inline-flex' }}>
          {t('surveys.builder.questionDeleted')}
          <Button
            size="small"
            type="link"
            onClick={() => {
              change((d) =>
                findQuestion(d, id) ? d : insertQuestion(d, taken.removed.question, taken.removed.at),
              );
              message.destroy(key);
            }}
          >
            {t('surveys.builder.undo')}
          </Button>
        </Flex>
      ),
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    if (kindOf(active.id) === 'page') {
      const from = draft.pages.findIndex((p) => p.id === idOf(active.id));
      const to = draft.pages.findIndex((p) => p.id === idOf(over.id));
      if (from >= 0 && to >= 0) change((d) => movePage(d, from, to));
      return;
    }
    const id = idOf(active.id);
    if (kindOf(over.id) === 'q') {
      const target = findQuestion(draft, idOf(over.id));
      if (target) change((d) => moveQuestion(d, id, target.at));
    } else {
      const page = draft.pages.findIndex((p) => p.id === idOf(over.id));
      if (page >= 0) change((d) => moveQuestion(d, id, { page, index: Number.MAX_SAFE_INTEGER }));
    }
  };

  let number = 0;
  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t('surveys.builder.dragInstructions') },
          announcements: {
            onDragStart: () => t('surveys.builder.dragStarted'),
            onDragOver: () => undefined,
            onDragEnd: ({ over }) =>
              over ? t('surveys.builder.dragDropped') : t('surveys.builder.dragCancelled'),
            onDragCancel: () => t('surveys.builder.dragCancelled'),
          },
        }}
      >
        <SortableContext
          items={draft.pages.map((p) => `page:${p.id}`)}
          strategy={verticalListSortingStrategy}
        >
          <Flex vertical gap={12}>
            {draft.pages.map((page, p) => (
              <PageCard
                key={page.id}
                page={page}
                index={p}
                count={draft.pages.length}
                onChange={(next) => change((d) => updatePage(d, p, () => next))}
                onMove={(to) => change((d) => movePage(d, p, to))}
                onDelete={() => change((d) => removePage(d, p))}
                onAddQuestion={(type) => add(type, p)}
              >
                {page.questions.map((q) => {
                  number++;
                  return (
                    <QuestionCard
                      key={q.id}
                      question={q}
                      number={number}
                      page={p}
                      open={openId === q.id}
                      onToggle={() => setOpenId(openId === q.id ? null : q.id)}
                      onChange={(next) => change((d) => updateQuestion(d, q.id, () => next))}
                      onStep={(delta) => change((d) => stepQuestion(d, q.id, delta))}
                      canUp={stepTarget(draft, q.id, -1) !== null}
                      canDown={stepTarget(draft, q.id, 1) !== null}
                      onMoveToPage={(to) =>
                        change((d) => moveQuestion(d, q.id, { page: to, index: Number.MAX_SAFE_INTEGER }))
                      }
                      onDelete={() => remove(q.id)}
                    />
                  );
                })}
              </PageCard>
            ))}
          </Flex>
        </SortableContext>
      </DndContext>
      {!readOnly && (
        <Dropdown
          trigger={['click']}
          menu={{ items: typeItems, onClick: ({ key }) => addNewPage(key as QuestionType) }}
        >
          <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 12 }}>
            {t('surveys.builder.addPage')}
          </Button>
        </Dropdown>
      )}
      <SurveyParts />
    </>
  );
}
