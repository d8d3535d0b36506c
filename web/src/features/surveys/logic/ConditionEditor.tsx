// A condition as nested boxes: "Match [all of ▾] the following", rows joined by "and"/"or", groups
// inside groups, and an existing {not: …} shown as "It is not true that:" around what it negates.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tooltip, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../../../common/survey/definition';
import {
  asRootGroup,
  fromRootGroup,
  group,
  groupDepth,
  isGroup,
  itemsOf,
  joinOf,
  updateAt,
  type GroupCondition,
  type Join,
  type NodePath,
} from './condition-tree';
import { ConditionRow } from './ConditionRow';
import { today, useSentenceWords, type EditorContext } from './editor-context';
import { conditionText, isLeaf, newLeaf } from './logic-model';

/** Groups may hold groups this deep (the root is 0): one level of nesting and one more. */
const MAX_GROUP_DEPTH = 2;

type Edit = (path: NodePath, fn: (node: Condition) => Condition | null) => void;

interface TreeState {
  ctx: EditorContext;
  edit: Edit;
  /** How many comparisons the whole condition has; a jump keeps at least one. */
  leafCount: number;
  required: boolean;
}

const countLeaves = (c: Condition): number =>
  isGroup(c) ? itemsOf(c).reduce((n, x) => n + countLeaves(x), 0) : 'not' in c ? countLeaves(c.not) : 1;

interface TreeProps {
  ctx: EditorContext;
  condition: Condition;
  onChange: (next: Condition | undefined) => void;
  /** A jump always has a condition: its last comparison cannot be removed. */
  required?: boolean;
}

export function ConditionTree({ ctx, condition, onChange, required = false }: TreeProps) {
  const root = asRootGroup(condition);
  const edit: Edit = (path, fn) => {
    const next = fromRootGroup(updateAt(root, path, fn));
    if (next || !required) onChange(next);
  };
  const state: TreeState = { ctx, edit, leafCount: countLeaves(root), required };
  return <GroupBox state={state} node={root} path={[]} />;
}

interface RuleProps {
  ctx: EditorContext;
  condition: Condition | undefined;
  onChange: (next: Condition | undefined) => void;
  /** "Show this question only if", "Use this ending if". */
  intro: string;
  /** What happens without a condition: "Always shown." */
  emptyText: ReactNode;
}

/** An optional condition: a sentence of what it says now, its editor, or a button to start one. */
export function ConditionRule({ ctx, condition, onChange, intro, emptyText }: RuleProps) {
  const { t } = useTranslation();
  const words = useSentenceWords();
  if (!condition) {
    return (
      <Flex wrap gap={8} align="center">
        <Typography.Text type="secondary">{emptyText}</Typography.Text>
        <AddConditionButton ctx={ctx} onAdd={onChange} label={t('surveyLogic.addRule')} />
      </Flex>
    );
  }
  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        <strong>{intro}</strong>{' '}
        <Typography.Text type="secondary">{conditionText(condition, ctx.def, words)}</Typography.Text>
      </Typography.Text>
      <ConditionTree ctx={ctx} condition={condition} onChange={onChange} />
    </Flex>
  );
}

export function AddConditionButton({
  ctx,
  onAdd,
  label,
  icon = <PlusOutlined />,
}: {
  ctx: EditorContext;
  onAdd: (leaf: Condition) => void;
  label: string;
  icon?: ReactNode;
}) {
  const { t } = useTranslation();
  // Only whether there is anything to refer to; the real first value is made on click.
  const possible = newLeaf(ctx.def, ctx.place, '2000-01-01') !== null;
  const button = (
    <Button
      size="small"
      icon={icon}
      disabled={!possible}
      onClick={() => {
        const leaf = newLeaf(ctx.def, ctx.place, today());
        if (leaf) onAdd(leaf);
      }}
    >
      {label}
    </Button>
  );
  return possible ? button : <Tooltip title={t('surveyLogic.nothingToReference')}>{button}</Tooltip>;
}

function GroupBox({ state, node, path }: { state: TreeState; node: GroupCondition; path: NodePath }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { ctx, edit, leafCount, required } = state;
  const items = itemsOf(node);
  const join = joinOf(node);
  const nested = path.length > 0;
  const append = (c: Condition) => edit(path, (g) => (isGroup(g) ? group(joinOf(g), [...itemsOf(g), c]) : g));
  const other: Join = join === 'all' ? 'any' : 'all';

  return (
    <Flex
      vertical
      gap={8}
      role="group"
      aria-label={t(`surveyLogic.joins.${join}`)}
      style={
        nested
          ? { border: `1px dashed ${token.colorBorder}`, borderRadius: token.borderRadius, padding: 8 }
          : undefined
      }
    >
      {(items.length > 1 || nested) && (
        <Flex wrap gap={8} align="center">
          <Typography.Text>{t('surveyLogic.match')}</Typography.Text>
          <Select
            size="small"
            aria-label={t('surveyLogic.joinLabel')}
            value={join}
            options={(['all', 'any'] as const).map((j) => ({ value: j, label: t(`surveyLogic.joins.${j}`) }))}
            onChange={(j: Join) => edit(path, (g) => (isGroup(g) ? group(j, itemsOf(g)) : g))}
            style={{ width: 110 }}
          />
          <Typography.Text>{t('surveyLogic.ofTheFollowing')}</Typography.Text>
          {nested && (
            <Button
              size="small"
              type="link"
              danger
              disabled={required && countLeaves(node) >= leafCount}
              onClick={() => edit(path, () => null)}
            >
              {t('surveyLogic.removeGroup')}
            </Button>
          )}
        </Flex>
      )}
      {items.map((item, i) => (
        <Flex key={i} vertical gap={4}>
          {i > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12, textTransform: 'uppercase' }}>
              {t(`surveyLogic.joinWords.${join}`)}
            </Typography.Text>
          )}
          <NodeBox state={state} node={item} path={[...path, i]} />
        </Flex>
      ))}
      <Flex wrap gap={8}>
        <AddConditionButton ctx={ctx} onAdd={append} label={t('surveyLogic.addCondition')} />
        {groupDepth(path) < MAX_GROUP_DEPTH && (
          <AddConditionButton
            ctx={ctx}
            onAdd={(leaf) => append(group(other, [leaf]))}
            label={t('surveyLogic.addGroup')}
          />
        )}
      </Flex>
    </Flex>
  );
}

function NodeBox({ state, node, path }: { state: TreeState; node: Condition; path: NodePath }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { ctx, edit, leafCount, required } = state;
  if (isGroup(node)) return <GroupBox state={state} node={node} path={path} />;
  if ('not' in node) {
    return (
      <Flex
        vertical
        gap={8}
        style={{ borderInlineStart: `3px solid ${token.colorWarning}`, paddingInlineStart: 8 }}
      >
        <Flex wrap gap={8} align="center">
          <Typography.Text strong>{t('surveyLogic.notHeading')}</Typography.Text>
          <Button size="small" type="link" onClick={() => edit(path, (n) => ('not' in n ? n.not : n))}>
            {t('surveyLogic.removeNot')}
          </Button>
        </Flex>
        <NodeBox state={state} node={node.not} path={[...path, 'not']} />
      </Flex>
    );
  }
  if (!isLeaf(node)) return null;
  return (
    <ConditionRow
      ctx={ctx}
      leaf={node}
      onChange={(next) => edit(path, () => next)}
      onRemove={() => edit(path, () => null)}
      canRemove={!required || leafCount > 1}
    />
  );
}
