// A QR code's files: pick the store (when the distribution has none of its own), the staff member
// and the table the code is for, see it live, and download it as PNG or SVG or as a printable A6
// card (PDF) with the call to action in a language — or one card for every store at once.
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Col, Divider, Flex, Form, Input, Row, Select, Spin, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qrFileUrl, type Distribution, type QrTarget } from '../../api/distribution';
import { useLocations } from '../../api/locations';
import { LANGUAGES, type Language, type Location } from '../../api/types';
import { Readable } from '../../components/Readable';
import { useDebounced } from '../segments/useDebounced';
import { LANGUAGE_NAMES } from '../../i18n/index';
import { useCurrentWorkspace } from '../workspace/current';

interface Props {
  distribution: Distribution;
  /** The distribution's own store: its codes all count for it. */
  store: Location | undefined;
}

const PREVIEW_SIZE = 200;

export function QrPanel({ distribution: d, store }: Props) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const { token } = theme.useToken();
  const locations = useLocations(ws.id);
  const [target, setTarget] = useState<QrTarget>({});
  // The card's words come in the console's languages; the workspace's unless chosen.
  const [lang, setLang] = useState<Language>(ws.defaultLanguage);
  // The preview follows the typing after a pause, not on every key.
  const shown = useDebounced(target, 400);
  const previewUrl = qrFileUrl(ws.id, d.id, 'qr.svg', shown);
  // Which address the image shows (or failed to load): a new address shows a spinner until then.
  const [settled, setSettled] = useState<{ url: string; ok: boolean } | null>(null);
  const ready = settled?.url === previewUrl;
  const stores = (locations.data ?? []).filter((l) => l.kind === 'store' && l.code);
  const set = (part: keyof QrTarget) => (v: string | undefined) =>
    setTarget((old) => ({ ...old, [part]: v }));

  return (
    <section aria-label={t('distribution.qr.title')} style={{ marginBottom: 16 }}>
      <Divider titlePlacement="start">{t('distribution.qr.title')}</Divider>
      <Typography.Paragraph type="secondary">{t('distribution.qr.help')}</Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} sm={14}>
          <Form layout="vertical" aria-label={t('distribution.qr.title')}>
            {!store && (
              <Readable>
                <Form.Item
                  label={t('distribution.qr.store')}
                  htmlFor="qr-store"
                  extra={t('distribution.qr.storeHelp')}
                >
                  <Select
                    id="qr-store"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={locations.isPending}
                    placeholder={t('distribution.qr.anyStore')}
                    value={target.loc}
                    onChange={set('loc')}
                    options={stores.map((l) => ({ value: l.code, label: `${l.name} (${l.code})` }))}
                  />
                </Form.Item>
              </Readable>
            )}
            <Form.Item label={t('distribution.qr.staff')} htmlFor="qr-staff">
              <Input
                id="qr-staff"
                maxLength={60}
                value={target.staff ?? ''}
                onChange={(e) => set('staff')(e.target.value)}
              />
            </Form.Item>
            <Form.Item label={t('distribution.qr.table')} htmlFor="qr-table">
              <Input
                id="qr-table"
                maxLength={20}
                value={target.table ?? ''}
                onChange={(e) => set('table')(e.target.value)}
              />
            </Form.Item>
          </Form>
        </Col>
        <Col xs={24} sm={10}>
          <Flex vertical align="center" gap={8}>
            <div
              style={{
                width: PREVIEW_SIZE,
                height: PREVIEW_SIZE,
                display: 'grid',
                placeItems: 'center',
                border: `1px solid ${token.colorBorderSecondary}`,
                borderRadius: token.borderRadius,
                background: '#fff',
              }}
            >
              {!ready && <Spin />}
              {ready && !settled.ok && (
                <Typography.Text type="secondary" style={{ padding: 8, textAlign: 'center' }}>
                  {t('distribution.qr.previewFailed')}
                </Typography.Text>
              )}
              <img
                key={previewUrl}
                src={previewUrl}
                alt={t('distribution.qr.previewAlt', { name: d.name })}
                width={PREVIEW_SIZE - 16}
                height={PREVIEW_SIZE - 16}
                data-testid="qr-preview"
                onLoad={() => setSettled({ url: previewUrl, ok: true })}
                onError={() => setSettled({ url: previewUrl, ok: false })}
                style={{ display: ready && settled.ok ? 'block' : 'none' }}
              />
            </div>
            <Flex gap={8} wrap justify="center">
              <Button
                size="small"
                icon={<DownloadOutlined />}
                href={qrFileUrl(ws.id, d.id, 'qr.png', target)}
                download
              >
                {t('distribution.qr.png')}
              </Button>
              <Button
                size="small"
                icon={<DownloadOutlined />}
                href={qrFileUrl(ws.id, d.id, 'qr.svg', target)}
                download
              >
                {t('distribution.qr.svg')}
              </Button>
            </Flex>
          </Flex>
        </Col>
      </Row>
      <Flex gap={8} wrap align="end" style={{ marginTop: 8 }}>
        <Form layout="vertical" style={{ minWidth: 200 }}>
          <Form.Item
            label={t('distribution.qr.cardLanguage')}
            htmlFor="qr-card-language"
            style={{ marginBottom: 0 }}
          >
            <Select
              id="qr-card-language"
              value={lang}
              onChange={setLang}
              options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            />
          </Form.Item>
        </Form>
        <Button
          type="primary"
          icon={<FilePdfOutlined />}
          href={qrFileUrl(ws.id, d.id, 'card.pdf', target, { lang })}
          download
        >
          {t('distribution.qr.card')}
        </Button>
        {!store && (
          <Button
            icon={<FilePdfOutlined />}
            href={qrFileUrl(ws.id, d.id, 'card.pdf', {}, { lang, allStores: true })}
            download
          >
            {t('distribution.qr.allStores')}
          </Button>
        )}
      </Flex>
    </section>
  );
}
