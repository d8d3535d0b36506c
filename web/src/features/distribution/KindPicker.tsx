// The eight kinds of distribution as a choice of cards: an icon, a name and one line on what it is
// for, so that someone who has never sent a survey can pick.
import { Radio, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DistributionKind } from '../../api/distribution';
import { KIND_ICONS, KINDS } from './kinds';

interface Props {
  value?: DistributionKind;
  onChange?: (kind: DistributionKind) => void;
  id?: string;
}

export function KindPicker({ value, onChange, id }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Radio.Group
      id={id}
      value={value}
      onChange={(e) => onChange?.(e.target.value as DistributionKind)}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
        gap: 8,
        width: '100%',
      }}
    >
      {KINDS.map((kind) => (
        <Radio
          key={kind}
          value={kind}
          style={{
            margin: 0,
            padding: '8px 12px',
            border: `1px solid ${kind === value ? token.colorPrimary : token.colorBorder}`,
            borderRadius: token.borderRadius,
            alignItems: 'flex-start',
          }}
        >
          <Typography.Text strong>
            <span aria-hidden>{KIND_ICONS[kind]}</span> {t(`distribution.kinds.${kind}`)}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            {t(`distribution.kindHelp.${kind}`)}
          </Typography.Text>
        </Radio>
      ))}
    </Radio.Group>
  );
}
