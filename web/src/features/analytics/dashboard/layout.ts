// Editing a dashboard's layout, as pure functions over the widget list: the edit mode keeps a copy
// (the draft), changes it with these, and saves it or throws it away.
import type { Widget } from '../../../api/analytics';
import type { WidgetSize } from '../../../../../common/analytics/widgets';

/** Grid columns a widget spans on a wide screen (4 columns). */
export const SIZE_SPAN: Record<WidgetSize, number> = { small: 1, medium: 2, large: 3, full: 4 };

/** Moves the widget `activeId` to where `overId` is (dnd-kit's sortable semantics). */
export function moveWidget(widgets: readonly Widget[], activeId: string, overId: string): Widget[] {
  const from = widgets.findIndex((w) => w.id === activeId);
  const to = widgets.findIndex((w) => w.id === overId);
  if (from < 0 || to < 0 || from === to) return [...widgets];
  const next = [...widgets];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** One place earlier (-1) or later (+1): the keyboard- and screen-reader-friendly move. */
export function stepWidget(widgets: readonly Widget[], id: string, step: -1 | 1): Widget[] {
  const i = widgets.findIndex((w) => w.id === id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= widgets.length) return [...widgets];
  return moveWidget(widgets, id, widgets[j]!.id);
}

export function resizeWidget(widgets: readonly Widget[], id: string, size: WidgetSize): Widget[] {
  return widgets.map((w) => (w.id === id ? { ...w, size } : w));
}

export function removeWidget(widgets: readonly Widget[], id: string): Widget[] {
  return widgets.filter((w) => w.id !== id);
}

/** A short id no widget of the list has (the server wants them unique within a dashboard). */
export function newWidgetId(widgets: readonly Widget[], random: () => number = Math.random): string {
  const taken = new Set(widgets.map((w) => w.id));
  for (;;) {
    const id = `w${Math.floor(random() * 36 ** 6).toString(36)}`;
    if (!taken.has(id)) return id;
  }
}
