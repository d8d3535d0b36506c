// Editing a condition as a tree, immutably: nodes are found by their path of steps (an index in an
// all/any group, or 'not'), and the definition is updated where a condition lives.
import type { Condition, Jump, SurveyDefinition } from '../../../../../common/survey/definition';

export type Step = number | 'not';
export type NodePath = Step[];
export type Join = 'all' | 'any';
export type GroupCondition =
  Extract<Condition, { all: Condition[] }> | Extract<Condition, { any: Condition[] }>;

export const isGroup = (c: Condition): c is GroupCondition => 'all' in c || 'any' in c;
export const joinOf = (g: GroupCondition): Join => ('all' in g ? 'all' : 'any');
export const itemsOf = (g: GroupCondition): Condition[] => ('all' in g ? g.all : g.any);
export const group = (join: Join, items: Condition[]): GroupCondition =>
  join === 'all' ? { all: items } : { any: items };

/**
 * Replaces the node at `path` by what `fn` makes of it; null removes it. A group left empty and a
 * `not` left without its inside go too (the schema wants at least one condition in a group).
 */
export function updateAt(
  root: Condition,
  path: NodePath,
  fn: (node: Condition) => Condition | null,
): Condition | null {
  const [step, ...rest] = path;
  if (step === undefined) return fn(root);
  if (step === 'not') {
    if (!('not' in root)) return root;
    const inner = updateAt(root.not, rest, fn);
    return inner ? { not: inner } : null;
  }
  if (!isGroup(root)) return root;
  const items = itemsOf(root);
  const child = items[step];
  if (!child) return root;
  const next = updateAt(child, rest, fn);
  const changed = next ? items.map((x, i) => (i === step ? next : x)) : items.filter((_, i) => i !== step);
  return changed.length > 0 ? group(joinOf(root), changed) : null;
}

/** The root as the editor shows it: always a group, so that "and…" and "or…" are one click away. */
export function asRootGroup(c: Condition): GroupCondition {
  return isGroup(c) ? c : { all: [c] };
}

/** Back from the editor's group: a group of one is stored as that one condition; none is no condition. */
export function fromRootGroup(c: Condition | null): Condition | undefined {
  if (!c) return undefined;
  if (isGroup(c)) {
    const items = itemsOf(c);
    if (items.length === 1) return items[0];
  }
  return c;
}

/** How deep groups nest at `path` (the root group is 0). */
export const groupDepth = (path: NodePath): number => path.filter((s) => typeof s === 'number').length;

export function withDisplayIf(
  def: SurveyDefinition,
  pageIndex: number,
  questionIndex: number,
  condition: Condition | undefined,
): SurveyDefinition {
  return {
    ...def,
    pages: def.pages.map((page, p) =>
      p !== pageIndex
        ? page
        : {
            ...page,
            questions: page.questions.map((q, i) => {
              if (i !== questionIndex) return q;
              const { displayIf: _old, ...rest } = q;
              return condition ? { ...rest, displayIf: condition } : rest;
            }),
          },
    ),
  } as SurveyDefinition;
}

export function withJumps(def: SurveyDefinition, pageIndex: number, jumps: Jump[]): SurveyDefinition {
  return {
    ...def,
    pages: def.pages.map((page, p) => {
      if (p !== pageIndex) return page;
      const { jumps: _old, ...rest } = page;
      return jumps.length > 0 ? { ...rest, jumps } : rest;
    }),
  };
}

export function withEndingIf(
  def: SurveyDefinition,
  endingIndex: number,
  condition: Condition | undefined,
): SurveyDefinition {
  return {
    ...def,
    endings: def.endings.map((e, k) => {
      if (k !== endingIndex) return e;
      const { if: _old, ...rest } = e;
      return condition ? { ...rest, if: condition } : rest;
    }),
  };
}
