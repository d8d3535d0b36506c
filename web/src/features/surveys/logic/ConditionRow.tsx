// One comparison: "[question ▾] [is at most ▾] [6]", or "[hidden field order_channel ▾] [is ▾] [app]".
// The menus offer only what the definition checks accept at this place.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConditionOp, ConditionValue, Question } from '../../../../../common/survey/definition';
import { localize } from '../../../../../common/survey/logic';
import { scaleOf } from '../../../../../common/survey/scales';
import {
  HIDDEN_OPS,
  fitLeaf,
  findQuestion,
  leafProblem,
  opLabelKey,
  opTakesValue,
  opsForQuestion,
  opWordingOf,
  questionLabel,
  referencableQuestions,
  truncate,
  valueKindOf,
  type Leaf,
  type OpWording,
} from './logic-model';
import { today, type EditorContext } from './editor-context';

interface Props {
  ctx: EditorContext;
  leaf: Leaf;
  onChange: (next: Leaf) => void;
  onRemove: () => void;
  /** The only condition of a jump cannot go: the jump itself is removed instead. */
  canRemove: boolean;
}

const subjectOf = (leaf: Leaf) => ('question' in leaf ? `q:${leaf.question}` : `h:${leaf.hidden}`);

export function ConditionRow({ ctx, leaf, onChange, onRemove, canRemove }: Props) {
  const { t } = useTranslation();
  const { def, place } = ctx;
  const question = 'question' in leaf ? findQuestion(def, leaf.question) : undefined;
  const wording: OpWording = 'hidden' in leaf ? 'hidden' : question ? opWordingOf(question) : 'other';
  const problem = leafProblem(leaf, def, place);

  const questionOptions = referencableQuestions(def, place).map((r) => ({
    value: `q:${r.question.id}`,
    label: questionLabel(def, r.question.id),
  }));
  const hiddenOptions = def.hiddenFields.map((h) => ({
    value: `h:${h.name}`,
    label: t('surveyLogic.hiddenField', { name: h.name }),
  }));
  const current = subjectOf(leaf);
  const known = [...questionOptions, ...hiddenOptions].some((o) => o.value === current);
  const subjects = [
    ...(known
      ? []
      : [{ value: current, label: 'question' in leaf ? questionLabel(def, leaf.question) : leaf.hidden }]),
    ...(questionOptions.length ? [{ label: t('surveyLogic.questionsGroup'), options: questionOptions }] : []),
    ...(hiddenOptions.length ? [{ label: t('surveyLogic.hiddenFieldsGroup'), options: hiddenOptions }] : []),
  ];

  const ops = 'hidden' in leaf ? HIDDEN_OPS : question ? opsForQuestion(question) : [leaf.op];
  const opOptions = (ops.includes(leaf.op) ? ops : [leaf.op, ...ops]).map((op) => ({
    value: op,
    label: t(`surveyLogic.${opLabelKey(op, wording)}`),
  }));

  const setSubject = (value: string) => {
    const id = value.slice(2);
    const next: Leaf = value.startsWith('h:')
      ? { hidden: id, op: leaf.op, value: leaf.value }
      : { question: id, op: leaf.op, value: leaf.value };
    onChange(fitLeaf(next, def, today()));
  };
  const setOp = (op: ConditionOp) => onChange(fitLeaf({ ...leaf, op }, def, today()));
  const setValue = (value: ConditionValue) => onChange({ ...leaf, value });

  return (
    <Flex vertical gap={4}>
      <Flex wrap gap={8} align="center">
        <Select
          aria-label={t('surveyLogic.subject')}
          value={current}
          options={subjects}
          onChange={setSubject}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          style={{ minWidth: 160, maxWidth: '100%', flex: '1 1 200px' }}
          status={
            problem === 'unknownQuestion' || problem === 'notEarlier' || problem === 'unknownHidden'
              ? 'error'
              : undefined
          }
        />
        <Select
          aria-label={t('surveyLogic.operator')}
          value={leaf.op}
          options={opOptions}
          onChange={setOp}
          popupMatchSelectWidth={false}
          style={{ minWidth: 140 }}
          status={problem === 'badOp' ? 'error' : undefined}
        />
        {opTakesValue(leaf.op) && (
          <ValueInput
            leaf={leaf}
            question={question}
            ctx={ctx}
            onChange={setValue}
            invalid={problem === 'badValue'}
          />
        )}
        <Tooltip title={canRemove ? t('surveyLogic.removeCondition') : t('surveyLogic.lastCondition')}>
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('surveyLogic.removeCondition')}
            disabled={!canRemove}
            onClick={onRemove}
          />
        </Tooltip>
      </Flex>
      {problem && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {t(`surveyLogic.problems.${problem}`)}
        </Typography.Text>
      )}
    </Flex>
  );
}

interface ValueProps {
  ctx: EditorContext;
  leaf: Leaf;
  question: Question | undefined;
  onChange: (value: ConditionValue) => void;
  invalid: boolean;
}

function ValueInput({ ctx, leaf, question, onChange, invalid }: ValueProps) {
  const { t } = useTranslation();
  const common = { 'aria-label': t('surveyLogic.value'), status: invalid ? ('error' as const) : undefined };
  const { def } = ctx;

  if (!question) {
    // A hidden field: text, kept as a number for "less than" and friends when it reads as one.
    const ordering = leaf.op === 'lt' || leaf.op === 'lte' || leaf.op === 'gt' || leaf.op === 'gte';
    return (
      <Input
        {...common}
        value={leaf.value === undefined ? '' : String(leaf.value)}
        onChange={(e) => {
          const text = e.target.value;
          const n = Number(text);
          onChange(ordering && text.trim() !== '' && isFinite(n) ? n : text);
        }}
        style={{ width: 180 }}
      />
    );
  }
  switch (valueKindOf(question)) {
    case 'number': {
      const scale = scaleOf(question);
      const min = scale?.min ?? (question.type === 'number' ? question.min : undefined);
      const max = scale?.max ?? (question.type === 'number' ? question.max : undefined);
      return (
        <InputNumber
          {...common}
          value={typeof leaf.value === 'number' ? leaf.value : null}
          min={min}
          max={max}
          precision={scale || (question.type === 'number' && question.integer) ? 0 : undefined}
          onChange={(v) => typeof v === 'number' && onChange(v)}
          style={{ width: 110 }}
        />
      );
    }
    case 'date':
      return (
        <Input
          {...common}
          type="date"
          value={typeof leaf.value === 'string' ? leaf.value : ''}
          onChange={(e) => e.target.value && onChange(e.target.value)}
          style={{ width: 170 }}
        />
      );
    case 'option':
      return (
        <Select
          {...common}
          value={typeof leaf.value === 'string' ? leaf.value : undefined}
          options={('options' in question ? question.options : []).map((o) => ({
            value: o.id,
            label: truncate(localize(o.label, def.defaultLanguage, def) || o.id, 40),
          }))}
          onChange={(v: string) => onChange(v)}
          popupMatchSelectWidth={false}
          style={{ minWidth: 160, maxWidth: '100%' }}
        />
      );
    case 'boolean':
      return (
        <Select
          {...common}
          value={typeof leaf.value === 'boolean' ? String(leaf.value) : undefined}
          options={[
            { value: 'true', label: t('surveyLogic.yes') },
            { value: 'false', label: t('surveyLogic.no') },
          ]}
          onChange={(v: string) => onChange(v === 'true')}
          style={{ width: 100 }}
        />
      );
    case 'text':
      return (
        <Input
          {...common}
          value={typeof leaf.value === 'string' ? leaf.value : ''}
          onChange={(e) => onChange(e.target.value)}
          maxLength={500}
          style={{ width: 200 }}
        />
      );
    case 'none':
      return null;
  }
}
