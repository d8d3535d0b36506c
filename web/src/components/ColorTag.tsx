// Tags in colours that keep a 4.5:1 contrast (WCAG AA): Ant Design's preset tag colours are too
// light for small text on their tinted backgrounds.
import { Tag } from 'antd';
import type { ReactNode } from 'react';

export const TAG_COLORS = {
  gold: { color: '#7a4b00', background: '#fff6dc', borderColor: '#f0d48f' },
  blue: { color: '#0b4f9c', background: '#eaf2ff', borderColor: '#b3cdf5' },
  green: { color: '#1d6b15', background: '#ecf8e6', borderColor: '#b5dea5' },
  purple: { color: '#5a2ca0', background: '#f3edfc', borderColor: '#d3c2f0' },
  cyan: { color: '#0b5f66', background: '#e6f6f7', borderColor: '#a9dde1' },
  red: { color: '#a1181b', background: '#fdecec', borderColor: '#f3b7b8' },
  orange: { color: '#8a3f00', background: '#fff1e3', borderColor: '#f5c79a' },
  grey: { color: '#444c4a', background: '#f1f3f3', borderColor: '#d5dbda' },
} as const;

export type TagColor = keyof typeof TAG_COLORS;

interface Props {
  color: TagColor;
  icon?: ReactNode;
  children: ReactNode;
  /** For an icon-only tag: what it means, for screen readers and as a tooltip. */
  label?: string;
}

export function ColorTag({ color, icon, children, label }: Props) {
  return (
    <Tag
      icon={icon}
      variant="outlined"
      style={{ ...TAG_COLORS[color], marginInlineEnd: 0 }}
      {...(label ? { role: 'img', 'aria-label': label, title: label } : {})}
    >
      {children}
    </Tag>
  );
}
