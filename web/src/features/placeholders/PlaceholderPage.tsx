// A capability area that is on the map but not built yet: say what will live here.
import { Card, Result, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ColorTag } from '../../components/ColorTag';
import { AREA_CODES, AREA_ICONS, AREA_KEYS, type AreaSlug } from './areas';

export function PlaceholderPage({ area }: { area: AreaSlug }) {
  const { t } = useTranslation();
  const key = AREA_KEYS[area];
  const { token } = theme.useToken();
  return (
    <Card>
      <Result
        icon={<span style={{ fontSize: 64, color: token.colorPrimary }}>{AREA_ICONS[area]}</span>}
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t(`areas.${key}.title`)} <Tag style={{ verticalAlign: 'middle' }}>{AREA_CODES[area]}</Tag>
          </Typography.Title>
        }
        subTitle={t(`areas.${key}.description`)}
        extra={
          <Typography.Paragraph type="secondary" style={{ maxWidth: 560, margin: '0 auto' }}>
            <ColorTag color="orange">{t('placeholder.notBuilt')}</ColorTag> {t('placeholder.comingSoon')}
          </Typography.Paragraph>
        }
      />
    </Card>
  );
}
