// Ant Design's placeholder grey is too light for text that carries meaning ("Not set", "Any
// status" — placeholders that are a filter's label): these screens darken it to keep a 4.5:1
// contrast (WCAG AA).
import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

const READABLE_PLACEHOLDERS = { token: { colorTextPlaceholder: '#5f6967' } };

export function Readable({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={READABLE_PLACEHOLDERS}>{children}</ConfigProvider>;
}
