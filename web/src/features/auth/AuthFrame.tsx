// The page around sign-in and invitation forms: the product mark, a centred card, a language switcher.
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from '../layout/Brand';
import { LanguageSwitcher } from '../layout/LanguageSwitcher';

export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical style={{ minHeight: '100vh', background: '#f5f7f7' }}>
      <Flex justify="space-between" align="center" style={{ padding: '8px 16px' }}>
        <Brand inline />
        <LanguageSwitcher />
      </Flex>
      <Flex component="main" justify="center" align="flex-start" style={{ flex: 1, padding: '6vh 12px' }}>
        <Card style={{ width: '100%', maxWidth: 420 }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
      </Flex>
    </Flex>
  );
}
