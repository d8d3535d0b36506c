// The title row of a page: a heading, one line on what the page is for, and its main actions.
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: Props) {
  return (
    <Flex wrap justify="space-between" align="flex-start" gap={12} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0, flex: '1 1 280px' }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {title}
        </Typography.Title>
        {description && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {description}
          </Typography.Paragraph>
        )}
      </div>
      {actions && (
        <Flex gap={8} wrap>
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
