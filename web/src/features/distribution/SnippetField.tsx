// A piece of HTML to paste into a site, shown whole (several lines) with a copy button.
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  testId?: string;
}

export function SnippetField({ label, value, testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<TextAreaRef>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard outside secure contexts: select the text for the keyboard instead.
      area.current?.resizableTextArea?.textArea.select();
    }
  };
  return (
    <div style={{ marginBottom: 12 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
        <Typography.Text strong>
          <label htmlFor={id}>{label}</label>
        </Typography.Text>
        <Button size="small" icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
          {copied ? t('common.copied') : t('common.copy')}
        </Button>
      </Flex>
      <Input.TextArea
        id={id}
        ref={area}
        readOnly
        value={value}
        data-testid={testId}
        autoSize={{ minRows: 2, maxRows: 8 }}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}
