// A kiosk's address and how to set a tablet up with it: open it, add it to the home screen, pin
// the screen. It keeps collecting without a connection and sends what it kept once back online.
import { Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../api/distribution';
import { CopyField } from '../../components/CopyField';

export function KioskPanel({ distribution: d }: { distribution: Distribution }) {
  const { t } = useTranslation();
  const reset = (d.settings.resetSeconds as number | undefined) ?? 60;
  return (
    <section aria-label={t('distribution.kiosk.title')} style={{ marginBottom: 16 }}>
      <Divider titlePlacement="start">{t('distribution.kiosk.title')}</Divider>
      <CopyField value={d.url} label={t('distribution.kiosk.url')} testId="kiosk-url" />
      <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 4 }}>
        {t('distribution.kiosk.setupTitle')}
      </Typography.Paragraph>
      <ol style={{ paddingInlineStart: 20, marginTop: 0 }}>
        <li>{t('distribution.kiosk.step1')}</li>
        <li>{t('distribution.kiosk.step2')}</li>
        <li>{t('distribution.kiosk.step3')}</li>
        <li>{t('distribution.kiosk.step4', { seconds: reset })}</li>
      </ol>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('distribution.kiosk.offline')}
      </Typography.Paragraph>
    </section>
  );
}
