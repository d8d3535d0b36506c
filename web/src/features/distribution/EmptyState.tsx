// What a survey without distributions shows: the ways it can reach people, one line each, and the
// button that makes the first one.
import { Flex, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_ICONS, KINDS } from './kinds';

export function EmptyState({ action }: { action: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" gap={12} style={{ textAlign: 'start' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('distribution.page.emptyTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 560, textAlign: 'center', margin: 0 }}>
        {t('distribution.page.emptyHelp')}
      </Typography.Paragraph>
      <List
        size="small"
        style={{ maxWidth: 640, width: '100%' }}
        dataSource={[...KINDS]}
        renderItem={(kind) => (
          <List.Item>
            <List.Item.Meta
              avatar={<span aria-hidden>{KIND_ICONS[kind]}</span>}
              title={t(`distribution.kinds.${kind}`)}
              description={t(`distribution.kindHelp.${kind}`)}
            />
          </List.Item>
        )}
      />
      {action}
    </Flex>
  );
}
