// The live preview: the real survey page (the saved draft, or a published version) in a frame,
// in any of the survey's languages, at phone or desktop width. It reloads after every save.
import { DesktopOutlined, MobileOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, Select, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previewUrl } from '../../api/surveys';
import { currentLanguage } from '../../i18n/index';
import { languageName } from './status';

interface Props {
  workspaceId: string;
  surveyId: string;
  languages: string[];
  lang: string;
  onLangChange: (lang: string) => void;
  /** A published version to show instead of the draft. */
  version: number | null;
  onShowDraft: () => void;
  /** Changes after each save, to load the page afresh. */
  reloadKey: number;
}

const PHONE_WIDTH = 390;

export function PreviewPane({
  workspaceId,
  surveyId,
  languages,
  lang,
  onLangChange,
  version,
  onShowDraft,
  reloadKey,
}: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [device, setDevice] = useState<'phone' | 'desktop'>('phone');
  const [manualReloads, setManualReloads] = useState(0);
  const shown = languages.includes(lang) ? lang : (languages[0] ?? lang);
  const src = previewUrl(workspaceId, surveyId, shown, version ?? undefined);

  return (
    <Card
      size="small"
      title={version === null ? t('surveys.preview.title') : t('surveys.preview.versionTitle', { version })}
      extra={
        <Button
          type="text"
          size="small"
          icon={<ReloadOutlined />}
          aria-label={t('surveys.preview.reload')}
          onClick={() => setManualReloads((n) => n + 1)}
        />
      }
      styles={{ body: { padding: 8 } }}
    >
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 8 }}>
        <Select
          size="small"
          aria-label={t('surveys.preview.language')}
          value={shown}
          onChange={onLangChange}
          style={{ minWidth: 160 }}
          options={languages.map((l) => ({ value: l, label: languageName(l, currentLanguage()) }))}
        />
        <Segmented
          size="small"
          value={device}
          onChange={setDevice}
          options={[
            { value: 'phone', icon: <MobileOutlined />, label: t('surveys.preview.phone') },
            { value: 'desktop', icon: <DesktopOutlined />, label: t('surveys.preview.desktop') },
          ]}
        />
      </Flex>
      {version !== null && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('surveys.preview.showingVersion', { version })}
          action={
            <Button size="small" onClick={onShowDraft}>
              {t('surveys.preview.showDraft')}
            </Button>
          }
        />
      )}
      <div
        style={{
          display: 'flex',
          justifyContent: 'center',
          background: token.colorFillQuaternary,
          borderRadius: token.borderRadius,
        }}
      >
        <iframe
          key={`${src}#${reloadKey}#${manualReloads}`}
          src={src}
          title={t('surveys.preview.frameTitle')}
          data-testid="survey-preview"
          style={{
            width: device === 'phone' ? PHONE_WIDTH : '100%',
            maxWidth: '100%',
            height: 640,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadius,
            background: '#fff',
          }}
        />
      </div>
    </Card>
  );
}
