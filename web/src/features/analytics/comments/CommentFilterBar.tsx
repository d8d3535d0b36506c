// The explorer's own controls, under the analytics page's filter bar (period, locations, channels,
// waves, languages): the word search, which runs on Enter, the question and the NPS group.
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { NPS_GROUPS, type NpsGroup } from '../../../api/analytics-comments';
import { Readable } from '../../../components/Readable';

export interface CommentSearch {
  q?: string;
  questionId?: string;
  npsGroup?: NpsGroup;
}

interface Props {
  value: CommentSearch;
  onChange: (patch: Partial<CommentSearch>) => void;
  onClear: () => void;
  /** The survey's free-text questions; the question filter shows when there are several. */
  questions: { id: string; title: string }[];
}

const FIELD = { minWidth: 160, flex: '1 1 160px', maxWidth: 280 };

export function CommentFilterBar({ value: v, onChange, onClear, questions }: Props) {
  const { t } = useTranslation();
  const active = Object.values(v).some((x) => x !== undefined);
  return (
    <Readable>
      <Flex
        wrap
        gap={8}
        align="center"
        style={{ marginBottom: 16 }}
        role="search"
        aria-label={t('comments.filters')}
      >
        <Input.Search
          key={v.q ?? ''}
          aria-label={t('comments.search')}
          placeholder={t('comments.searchPlaceholder')}
          allowClear
          enterButton
          defaultValue={v.q}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
          style={{ flex: '2 1 280px', maxWidth: 520 }}
        />
        {questions.length > 1 && (
          <Select
            aria-label={t('comments.question')}
            placeholder={t('comments.anyQuestion')}
            allowClear
            value={v.questionId}
            onChange={(questionId) => onChange({ questionId })}
            options={questions.map((q) => ({ value: q.id, label: q.title }))}
            popupMatchSelectWidth={false}
            style={FIELD}
          />
        )}
        <Select
          aria-label={t('comments.npsGroup')}
          placeholder={t('comments.anyNpsGroup')}
          allowClear
          value={v.npsGroup}
          onChange={(npsGroup) => onChange({ npsGroup })}
          options={NPS_GROUPS.map((g) => ({ value: g, label: t(`comments.npsGroups.${g}`) }))}
          style={FIELD}
        />
        {active && (
          <Button icon={<ClearOutlined />} onClick={onClear}>
            {t('comments.clearSearch')}
          </Button>
        )}
      </Flex>
    </Readable>
  );
}
