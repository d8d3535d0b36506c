// The survey's look: the accent colour of buttons and highlights, and a logo shown at the top.
import { Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDraft } from '../draft-context';

const HEX = /^#[0-9a-fA-F]{6}$/;

export function ThemePanel() {
  const { t } = useTranslation();
  const { draft, change, readOnly } = useDraft();
  const accent = draft.theme.accent;
  const setTheme = (patch: Partial<typeof draft.theme>) =>
    change((d) => ({ ...d, theme: { ...d.theme, ...patch } }));
  return (
    <Form layout="vertical" component="div">
      <Form.Item
        label={t('surveys.parts.accent')}
        htmlFor="theme-accent"
        validateStatus={HEX.test(accent) ? undefined : 'error'}
        help={HEX.test(accent) ? undefined : t('surveys.parts.accentRule')}
      >
        <Flex gap={8} align="center">
          <input
            type="color"
            aria-label={t('surveys.parts.accentPicker')}
            disabled={readOnly}
            value={HEX.test(accent) ? accent : '#000000'}
            onChange={(e) => setTheme({ accent: e.target.value })}
            style={{
              width: 40,
              height: 32,
              padding: 0,
              border: 'none',
              background: 'none',
              cursor: 'pointer',
            }}
          />
          <Input
            id="theme-accent"
            value={accent}
            disabled={readOnly}
            maxLength={7}
            style={{ width: 120, fontFamily: 'monospace' }}
            onChange={(e) => setTheme({ accent: e.target.value })}
          />
        </Flex>
      </Form.Item>
      <Form.Item
        label={t('surveys.parts.logoUrl')}
        htmlFor="theme-logo"
        extra={t('surveys.parts.logoHelp')}
        style={{ marginBottom: 0 }}
      >
        <Input
          id="theme-logo"
          type="url"
          placeholder="https://example.com/logo.png"
          disabled={readOnly}
          value={draft.theme.logoUrl ?? ''}
          onChange={(e) =>
            setTheme({ logoUrl: e.target.value.trim() === '' ? undefined : e.target.value.trim() })
          }
        />
      </Form.Item>
    </Form>
  );
}
