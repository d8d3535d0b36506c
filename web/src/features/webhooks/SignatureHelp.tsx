// How a receiver checks that a delivery came from us: the signature header and how it is made.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Collapse, Typography } from 'antd';
import { Trans, useTranslation } from 'react-i18next';

// The header's shape: Rapport-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
const HEADER =
  'Rapport-Signature: t=1767225600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd';

const EXAMPLE = `// Node.js
const [t, v1] = header.split(',').map((part) => part.split('=')[1]);
const expected = crypto.createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest('hex');
const fresh = Math.abs(Date.now() / 1000 - Number(t)) < 300;
const valid = fresh && crypto.timingSafeEqual(Buffer.from(v1), Buffer.from(expected));`;

export function SignatureHelp() {
  const { t } = useTranslation();
  return (
    <Collapse
      style={{ marginTop: 16 }}
      items={[
        {
          key: 'signature',
          label: (
            <span>
              <SafetyCertificateOutlined /> {t('webhooks.signatureTitle')}
            </span>
          ),
          children: (
            <Typography>
              <Typography.Paragraph>
                <Trans i18nKey="webhooks.signatureIntro" components={{ code: <code /> }} />
              </Typography.Paragraph>
              <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{HEADER}</pre>
              <Typography.Paragraph>{t('webhooks.signatureFields')}</Typography.Paragraph>
              <Typography.Paragraph>{t('webhooks.signatureSteps')}</Typography.Paragraph>
              <pre style={{ whiteSpace: 'pre-wrap' }}>{EXAMPLE}</pre>
              <Typography.Paragraph type="secondary">{t('webhooks.signatureRetries')}</Typography.Paragraph>
            </Typography>
          ),
        },
      ]}
    />
  );
}
