// How each kind of location looks: an icon and a coloured tag.
import { ApartmentOutlined, CrownOutlined, GlobalOutlined, ShopOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationKind } from '../../api/types';
import { ColorTag, type TagColor } from '../../components/ColorTag';

export const KIND_ICONS: Record<LocationKind, ReactNode> = {
  brand: <CrownOutlined />,
  region: <ApartmentOutlined />,
  store: <ShopOutlined />,
  online: <GlobalOutlined />,
};

const KIND_COLORS: Record<LocationKind, TagColor> = {
  brand: 'gold',
  region: 'blue',
  store: 'green',
  online: 'purple',
};

/** `compact`: the icon only (with the kind as its accessible name), for narrow screens. */
export function KindTag({ kind, compact = false }: { kind: LocationKind; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t(`locations.kinds.${kind}`);
  return compact ? (
    <ColorTag color={KIND_COLORS[kind]} label={label}>
      {KIND_ICONS[kind]}
    </ColorTag>
  ) : (
    <ColorTag color={KIND_COLORS[kind]} icon={KIND_ICONS[kind]}>
      {label}
    </ColorTag>
  );
}
