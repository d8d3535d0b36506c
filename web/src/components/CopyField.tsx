// A read-only value with a copy button next to it (invitation links, secrets).
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Button, Input, Space, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  label: string;
  testId?: string;
}

export function CopyField({ value, label, testId }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const input = useRef<InputRef>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard API outside secure contexts (plain http on a LAN address): select the text
      // so that the person can copy it with the keyboard.
      input.current?.select();
      return;
    }
    setCopied(true);
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        ref={input}
        readOnly
        value={value}
        aria-label={label}
        data-testid={testId}
        style={{ fontFamily: 'monospace' }}
        onFocus={(e) => e.currentTarget.select()}
      />
      <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
        {copied ? t('common.copied') : t('common.copy')}
      </Button>
    </Space.Compact>
  );
}
