// The answer options of a choice question (or the rows of a matrix): label per option, add,
// remove, and move up/down.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption } from '../../../api/surveys';
import { moveItem } from '../draft-ops';
import { useDraft } from '../draft-context';
import { newOptions } from '../question-factory';
import { TextField } from './TextField';

interface Props {
  questionId: string;
  kind: 'option' | 'row';
  items: ChoiceOption[];
  onChange: (items: ChoiceOption[]) => void;
}

export function OptionList({ questionId, kind, items, onChange }: Props) {
  const { t } = useTranslation();
  const { draft, readOnly } = useDraft();
  const itemName = (n: number) =>
    kind === 'option' ? t('surveys.builder.optionN', { n }) : t('surveys.builder.rowN', { n });
  const add = () => {
    const taken = new Set(items.map((o) => o.id));
    onChange([
      ...items,
      ...newOptions(1, draft.defaultLanguage, () => itemName(items.length + 1), kind, taken),
    ]);
  };
  return (
    <Form.Item
      label={kind === 'option' ? t('surveys.builder.options') : t('surveys.builder.rows')}
      style={{ marginBottom: 12 }}
    >
      <Flex vertical gap={6}>
        {items.map((item, k) => (
          <Flex key={item.id} gap={4} align="center">
            <div style={{ flex: 1, minWidth: 0 }}>
              <TextField
                bare
                required
                id={`${questionId}-${kind}-${item.id}`}
                label={itemName(k + 1)}
                value={item.label}
                onChange={(label) =>
                  onChange(items.map((o, i) => (i === k ? { ...o, label: label ?? {} } : o)))
                }
              />
            </div>
            <Typography.Text
              type="secondary"
              code
              style={{ fontSize: 11 }}
              title={t('surveys.builder.idHelp')}
            >
              {item.id}
            </Typography.Text>
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              aria-label={t('surveys.builder.moveItemUp', { name: itemName(k + 1) })}
              disabled={readOnly || k === 0}
              onClick={() => onChange(moveItem(items, k, k - 1))}
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label={t('surveys.builder.moveItemDown', { name: itemName(k + 1) })}
              disabled={readOnly || k === items.length - 1}
              onClick={() => onChange(moveItem(items, k, k + 1))}
            />
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('surveys.builder.removeItem', { name: itemName(k + 1) })}
              disabled={readOnly || items.length <= 1}
              onClick={() => onChange(items.filter((_, i) => i !== k))}
            />
          </Flex>
        ))}
        {!readOnly && (
          <Button size="small" icon={<PlusOutlined />} onClick={add} style={{ alignSelf: 'flex-start' }}>
            {kind === 'option' ? t('surveys.builder.addOption') : t('surveys.builder.addRow')}
          </Button>
        )}
      </Flex>
    </Form.Item>
  );
}
