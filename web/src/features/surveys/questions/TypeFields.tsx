// The settings that belong to one question type: options, scales, limits, what to ask for.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionOf } from '../../../../../common/survey/definition';
import { useDraft } from '../draft-context';
import { OptionList } from './OptionList';
import { TextField } from './TextField';

interface Props<Q extends Question = Question> {
  question: Q;
  onChange: (next: Q) => void;
}

/** A number or nothing: InputNumber gives null for an emptied field. */
const orUndefined = (v: number | null): number | undefined => (v === null ? undefined : v);

/** A labelled number input of a question's settings; `onChange` gets null for an emptied field. */
function NumberSetting({
  id,
  label,
  value,
  onChange,
  ...bounds
}: {
  id: string;
  label: string;
  value: number | undefined;
  onChange: (v: number | null) => void;
  min?: number;
  max?: number;
  precision?: number;
}) {
  const { readOnly } = useDraft();
  return (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 12 }}>
      <InputNumber id={id} {...bounds} disabled={readOnly} value={value} onChange={onChange} />
    </Form.Item>
  );
}

function ChoiceFields({
  question: q,
  onChange,
}: Props<QuestionOf<'single_choice' | 'multiple_choice' | 'dropdown' | 'ranking'>>) {
  const { t } = useTranslation();
  const { readOnly } = useDraft();
  return (
    <>
      <OptionList
        questionId={q.id}
        kind="option"
        items={q.options}
        onChange={(options) => onChange({ ...q, options })}
      />
      {(q.type === 'single_choice' || q.type === 'multiple_choice') && (
        <Form.Item style={{ marginBottom: 12 }}>
          <Checkbox
            checked={q.other}
            disabled={readOnly}
            onChange={(e) => onChange({ ...q, other: e.target.checked })}
          >
            {t('surveys.builder.allowOther')}
          </Checkbox>
        </Form.Item>
      )}
      {q.type === 'multiple_choice' && (
        <Flex gap={12} wrap>
          <NumberSetting
            id={`${q.id}-min`}
            label={t('surveys.builder.minPicks')}
            min={0}
            max={200}
            precision={0}
            value={q.minPicks}
            onChange={(v) => onChange({ ...q, minPicks: orUndefined(v) })}
          />
          <NumberSetting
            id={`${q.id}-max`}
            label={t('surveys.builder.maxPicks')}
            min={1}
            max={200}
            precision={0}
            value={q.maxPicks}
            onChange={(v) => onChange({ ...q, maxPicks: orUndefined(v) })}
          />
        </Flex>
      )}
    </>
  );
}

function MatrixFields({ question: q, onChange }: Props<QuestionOf<'matrix'>>) {
  const { t } = useTranslation();
  const { draft, readOnly } = useDraft();
  const addPoint = () => {
    const value = Math.max(...q.scale.map((s) => s.value)) + 1;
    onChange({ ...q, scale: [...q.scale, { value, label: { [draft.defaultLanguage]: String(value) } }] });
  };
  return (
    <>
      <OptionList questionId={q.id} kind="row" items={q.rows} onChange={(rows) => onChange({ ...q, rows })} />
      <Form.Item label={t('surveys.builder.scale')} style={{ marginBottom: 12 }}>
        <Flex vertical gap={6}>
          {q.scale.map((point, k) => (
            <Flex key={k} gap={4} align="center">
              <InputNumber
                aria-label={t('surveys.builder.scaleValue', { n: k + 1 })}
                min={-1000}
                max={1000}
                precision={0}
                disabled={readOnly}
                value={point.value}
                style={{ width: 90 }}
                onChange={(v) =>
                  onChange({ ...q, scale: q.scale.map((s, i) => (i === k ? { ...s, value: v ?? 0 } : s)) })
                }
              />
              <div style={{ flex: 1 }}>
                <TextField
                  bare
                  required
                  id={`${q.id}-scale-${k}`}
                  label={t('surveys.builder.scaleLabel', { n: k + 1 })}
                  value={point.label}
                  onChange={(label) =>
                    onChange({
                      ...q,
                      scale: q.scale.map((s, i) => (i === k ? { ...s, label: label ?? {} } : s)),
                    })
                  }
                />
              </div>
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('surveys.builder.removeScalePoint', { n: k + 1 })}
                disabled={readOnly || q.scale.length <= 2}
                onClick={() => onChange({ ...q, scale: q.scale.filter((_, i) => i !== k) })}
              />
            </Flex>
          ))}
          {!readOnly && q.scale.length < 20 && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={addPoint}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('surveys.builder.addScalePoint')}
            </Button>
          )}
        </Flex>
      </Form.Item>
    </>
  );
}

function NumberRange({ question: q, onChange }: Props<QuestionOf<'number'>>) {
  const { t } = useTranslation();
  const { readOnly } = useDraft();
  return (
    <Flex gap={12} wrap align="flex-end">
      <NumberSetting
        id={`${q.id}-min`}
        label={t('surveys.builder.min')}
        value={q.min}
        onChange={(v) => onChange({ ...q, min: orUndefined(v) })}
      />
      <NumberSetting
        id={`${q.id}-max`}
        label={t('surveys.builder.max')}
        value={q.max}
        onChange={(v) => onChange({ ...q, max: orUndefined(v) })}
      />
      <Form.Item style={{ marginBottom: 12 }}>
        <Checkbox
          checked={q.integer}
          disabled={readOnly}
          onChange={(e) => onChange({ ...q, integer: e.target.checked })}
        >
          {t('surveys.builder.integer')}
        </Checkbox>
      </Form.Item>
    </Flex>
  );
}

function DateRange({ question: q, onChange }: Props<QuestionOf<'date'>>) {
  const { t } = useTranslation();
  const { readOnly } = useDraft();
  const set = (key: 'min' | 'max', v: string) => onChange({ ...q, [key]: v === '' ? undefined : v });
  return (
    <Flex gap={12} wrap>
      <Form.Item label={t('surveys.builder.earliest')} htmlFor={`${q.id}-min`} style={{ marginBottom: 12 }}>
        <Input
          id={`${q.id}-min`}
          type="date"
          disabled={readOnly}
          value={q.min ?? ''}
          onChange={(e) => set('min', e.target.value)}
        />
      </Form.Item>
      <Form.Item label={t('surveys.builder.latest')} htmlFor={`${q.id}-max`} style={{ marginBottom: 12 }}>
        <Input
          id={`${q.id}-max`}
          type="date"
          disabled={readOnly}
          value={q.max ?? ''}
          onChange={(e) => set('max', e.target.value)}
        />
      </Form.Item>
    </Flex>
  );
}

export function TypeFields({ question: q, onChange }: Props) {
  const { t } = useTranslation();
  const { readOnly } = useDraft();
  const set = onChange as (next: Question) => void;
  switch (q.type) {
    case 'rating':
      return (
        <Flex gap={12} wrap>
          <Form.Item
            label={t('surveys.builder.points')}
            htmlFor={`${q.id}-points`}
            style={{ marginBottom: 12 }}
          >
            <Select
              id={`${q.id}-points`}
              disabled={readOnly}
              value={q.points}
              style={{ width: 100 }}
              options={[5, 7, 10].map((p) => ({ value: p, label: p }))}
              onChange={(points) => set({ ...q, points })}
            />
          </Form.Item>
          <Form.Item label={t('surveys.builder.display')} style={{ marginBottom: 12 }}>
            <Segmented
              disabled={readOnly}
              value={q.display}
              options={(['numbers', 'stars', 'smileys'] as const).map((d) => ({
                value: d,
                label: t(`surveys.builder.displays.${d}`),
              }))}
              onChange={(display) => set({ ...q, display })}
            />
          </Form.Item>
        </Flex>
      );
    case 'single_choice':
    case 'multiple_choice':
    case 'dropdown':
    case 'ranking':
      return <ChoiceFields question={q} onChange={set} />;
    case 'matrix':
      return <MatrixFields question={q} onChange={set} />;
    case 'importance_performance':
      return (
        <>
          <Form.Item
            label={t('surveys.builder.points')}
            htmlFor={`${q.id}-points`}
            style={{ marginBottom: 12 }}
          >
            <Select
              id={`${q.id}-points`}
              disabled={readOnly}
              value={q.points}
              style={{ width: 100 }}
              options={[5, 7].map((p) => ({ value: p, label: p }))}
              onChange={(points) => set({ ...q, points })}
            />
          </Form.Item>
          <TextField
            optional
            id={`${q.id}-importance`}
            label={t('surveys.builder.importanceLabel')}
            value={q.importanceLabel}
            onChange={(importanceLabel) => set({ ...q, importanceLabel })}
          />
          <TextField
            optional
            id={`${q.id}-performance`}
            label={t('surveys.builder.performanceLabel')}
            value={q.performanceLabel}
            onChange={(performanceLabel) => set({ ...q, performanceLabel })}
          />
        </>
      );
    case 'text':
      return (
        <Flex gap={12} wrap align="flex-end">
          <NumberSetting
            id={`${q.id}-maxlength`}
            label={t('surveys.builder.maxLength')}
            min={1}
            max={10000}
            precision={0}
            value={q.maxLength}
            onChange={(v) => set({ ...q, maxLength: v ?? 1000 })}
          />
          <Form.Item style={{ marginBottom: 12 }}>
            <Checkbox
              checked={q.multiline}
              disabled={readOnly}
              onChange={(e) => set({ ...q, multiline: e.target.checked })}
            >
              {t('surveys.builder.multiline')}
            </Checkbox>
          </Form.Item>
        </Flex>
      );
    case 'number':
      return <NumberRange question={q} onChange={set} />;
    case 'date':
      return <DateRange question={q} onChange={set} />;
    case 'contact':
      return (
        <Flex gap={16} wrap style={{ marginBottom: 12 }}>
          <Checkbox
            checked={q.email}
            disabled={readOnly}
            onChange={(e) => set({ ...q, email: e.target.checked })}
          >
            {t('surveys.builder.askEmail')}
          </Checkbox>
          <Checkbox
            checked={q.phone}
            disabled={readOnly}
            onChange={(e) => set({ ...q, phone: e.target.checked })}
          >
            {t('surveys.builder.askPhone')}
          </Checkbox>
        </Flex>
      );
    default:
      return null;
  }
}
