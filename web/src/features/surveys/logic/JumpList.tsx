// "After this page, if … go to page X / end with Y": a page's jumps, tried in order. Only later
// pages are offered as targets, so a respondent can never loop.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Condition, Jump, SurveyDefinition } from '../../../../../common/survey/definition';
import { withJumps } from './condition-tree';
import { AddConditionButton, ConditionTree } from './ConditionEditor';
import { useSentenceWords, type EditorContext } from './editor-context';
import { conditionText, endingLabel, pageLabel } from './logic-model';

interface Props {
  def: SurveyDefinition;
  pageIndex: number;
  onChange: (next: SurveyDefinition) => void;
}

const targetValue = (to: Jump['to']) => ('page' in to ? `page:${to.page}` : `end:${to.end}`);
const targetOf = (value: string): Jump['to'] =>
  value.startsWith('page:') ? { page: value.slice(5) } : { end: value.slice(4) };

export function JumpList({ def, pageIndex, onChange }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const words = useSentenceWords();
  const ctx: EditorContext = { def, place: { kind: 'jump', page: pageIndex } };
  const jumps = def.pages[pageIndex]?.jumps ?? [];
  const setJumps = (next: Jump[]) => onChange(withJumps(def, pageIndex, next));
  const setJump = (j: number, jump: Jump) => setJumps(jumps.map((x, k) => (k === j ? jump : x)));

  const later = def.pages.map((p, i) => ({ p, i })).filter(({ i }) => i > pageIndex);
  const pageOptions = later.map(({ p, i }) => ({
    value: `page:${p.id}`,
    label: t('surveyLogic.pageTarget', { label: pageLabel(def, i) }),
  }));
  const endingOptions = def.endings.map((e) => ({
    value: `end:${e.id}`,
    label: t('surveyLogic.endingTarget', { label: endingLabel(def, e.id) }),
  }));
  const options = [
    ...(pageOptions.length ? [{ label: t('surveyLogic.pagesGroup'), options: pageOptions }] : []),
    { label: t('surveyLogic.endingsGroup'), options: endingOptions },
  ];
  // Jumping to the very next page is what happens anyway: start with the page after it, or an ending.
  const firstTarget = (): Jump['to'] => {
    const skip = def.pages[pageIndex + 2];
    return skip ? { page: skip.id } : { end: def.endings[0]?.id ?? '' };
  };
  const nextPage = def.pages[pageIndex + 1];

  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('surveyLogic.afterPage')}</Typography.Text>
      {jumps.length > 1 && <Typography.Text type="secondary">{t('surveyLogic.jumpOrder')}</Typography.Text>}
      {jumps.map((jump, j) => {
        const value = targetValue(jump.to);
        const known = [...pageOptions, ...endingOptions].some((o) => o.value === value);
        return (
          <Flex
            key={j}
            vertical
            gap={8}
            role="group"
            aria-label={t('surveyLogic.jumpNumber', { n: j + 1 })}
            style={{
              border: `1px solid ${token.colorBorderSecondary}`,
              borderRadius: token.borderRadius,
              padding: 12,
            }}
          >
            <Typography.Text>
              <strong>{t('surveyLogic.jumpIf')}</strong>{' '}
              <Typography.Text type="secondary">{conditionText(jump.if, def, words)}</Typography.Text>
            </Typography.Text>
            <ConditionTree
              ctx={ctx}
              condition={jump.if}
              required
              onChange={(c) => c && setJump(j, { ...jump, if: c })}
            />
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>{t('surveyLogic.goTo')}</Typography.Text>
              <Select
                aria-label={t('surveyLogic.target')}
                value={value}
                options={known ? options : [{ value, label: value }, ...options]}
                status={known ? undefined : 'error'}
                onChange={(v: string) => setJump(j, { ...jump, to: targetOf(v) })}
                popupMatchSelectWidth={false}
                style={{ minWidth: 200, maxWidth: '100%' }}
              />
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                onClick={() => setJumps(jumps.filter((_, k) => k !== j))}
              >
                {t('surveyLogic.removeJump')}
              </Button>
            </Flex>
            {!known && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {t('surveyLogic.problems.badTarget')}
              </Typography.Text>
            )}
          </Flex>
        );
      })}
      <Flex wrap gap={8} align="center">
        <AddConditionButton
          ctx={ctx}
          icon={<PlusOutlined />}
          label={t('surveyLogic.addJump')}
          onAdd={(leaf: Condition) => setJumps([...jumps, { if: leaf, to: firstTarget() }])}
        />
        <Typography.Text type="secondary">
          {nextPage
            ? t(jumps.length ? 'surveyLogic.otherwiseNext' : 'surveyLogic.thenNext', {
                label: pageLabel(def, pageIndex + 1),
              })
            : t(jumps.length ? 'surveyLogic.otherwiseEnd' : 'surveyLogic.thenEnd')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
