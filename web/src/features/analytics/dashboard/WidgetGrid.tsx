// The widgets on a responsive grid — 4 columns on a wide screen, 2 on a tablet, 1 on a phone — and,
// in edit mode, sortable by drag and drop (pointer or keyboard: focus a handle, Space, arrows, Space).
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  rectSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { HolderOutlined } from '@ant-design/icons';
import { Button, Grid } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { WidgetSize } from '../../../../../common/analytics/widgets';
import type { Widget } from '../../../api/analytics';
import { moveWidget, removeWidget, resizeWidget, SIZE_SPAN, stepWidget } from './layout';
import { WidgetCard } from './WidgetCard';

interface Props {
  widgets: Widget[];
  /** Given in edit mode: the changed list. */
  onChange?: (next: Widget[]) => void;
}

function useColumns(): number {
  const screens = Grid.useBreakpoint();
  if (screens.lg) return 4;
  if (screens.md) return 2;
  return 1;
}

export function WidgetGrid({ widgets, onChange }: Props) {
  const columns = useColumns();
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicks on the handle's neighbours stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const grid: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
    gap: 16,
    alignItems: 'stretch',
  };
  const span = (size: WidgetSize) => ({ gridColumn: `span ${Math.min(SIZE_SPAN[size], columns)}` });

  if (!onChange)
    return (
      <div style={grid}>
        {widgets.map((w) => (
          <div key={w.id} style={span(w.size)}>
            <WidgetCard widget={w} edit={null} />
          </div>
        ))}
      </div>
    );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onChange(moveWidget(widgets, String(active.id), String(over.id)));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={widgets.map((w) => w.id)} strategy={rectSortingStrategy}>
        <div style={grid}>
          {widgets.map((w, i) => (
            <SortableWidget
              key={w.id}
              widget={w}
              style={span(w.size)}
              first={i === 0}
              last={i === widgets.length - 1}
              onResize={(size) => onChange(resizeWidget(widgets, w.id, size))}
              onRemove={() => onChange(removeWidget(widgets, w.id))}
              onStep={(step) => onChange(stepWidget(widgets, w.id, step))}
            />
          ))}
        </div>
      </SortableContext>
    </DndContext>
  );
}

interface SortableProps {
  widget: Widget;
  style: CSSProperties;
  first: boolean;
  last: boolean;
  onResize: (size: WidgetSize) => void;
  onRemove: () => void;
  onStep: (step: -1 | 1) => void;
}

function SortableWidget({ widget, style, first, last, onResize, onRemove, onStep }: SortableProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: widget.id });
  return (
    <div
      ref={setNodeRef}
      style={{
        ...style,
        // Translate only: widgets of different sizes must not be stretched into each other's box.
        transform: CSS.Translate.toString(transform),
        transition,
        zIndex: isDragging ? 2 : undefined,
        opacity: isDragging ? 0.85 : 1,
      }}
    >
      <WidgetCard
        widget={widget}
        edit={{
          onResize,
          onRemove,
          onStep,
          first,
          last,
          handle: (title) => (
            <Button
              ref={setActivatorNodeRef}
              size="small"
              type="text"
              icon={<HolderOutlined />}
              aria-label={t('analytics.dashboard.dragOf', { title })}
              data-testid="drag-handle"
              style={{ cursor: 'grab', touchAction: 'none' }}
              {...attributes}
              {...listeners}
            />
          ),
        }}
      />
    </div>
  );
}
