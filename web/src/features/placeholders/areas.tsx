// The capability areas of PRODUCT.md (M1–M9): their place in the console's navigation, and which of
// them have no screens yet.
import {
  AppstoreAddOutlined,
  BarChartOutlined,
  BookOutlined,
  ClusterOutlined,
  CommentOutlined,
  CustomerServiceOutlined,
  FormOutlined,
  GiftOutlined,
  PhoneOutlined,
  SendOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export const AREA_SLUGS = [
  'surveys',
  'distribution',
  'analytics',
  'customers',
  'segments',
  'service-desk',
  'follow-ups',
  'knowledge-base',
  'loyalty',
  'text-analytics',
] as const;
export type AreaSlug = (typeof AREA_SLUGS)[number];

/** The areas still shown as a placeholder page; the others have their own routes. */
const BUILT = ['surveys', 'distribution', 'analytics', 'customers', 'segments'] as const;
type BuiltArea = (typeof BUILT)[number];
export const PLACEHOLDER_AREAS = AREA_SLUGS.filter(
  (a): a is Exclude<AreaSlug, BuiltArea> => !(BUILT as readonly string[]).includes(a),
);

/** i18n keys under `areas.<key>` (camelCase of the slug). */
export const AREA_KEYS = {
  surveys: 'surveys',
  distribution: 'distribution',
  analytics: 'analytics',
  customers: 'customers',
  segments: 'segments',
  'service-desk': 'serviceDesk',
  'follow-ups': 'followUps',
  'knowledge-base': 'knowledgeBase',
  loyalty: 'loyalty',
  'text-analytics': 'textAnalytics',
} as const satisfies Record<AreaSlug, string>;

export const AREA_CODES: Record<AreaSlug, string> = {
  surveys: 'M1',
  distribution: 'M2',
  analytics: 'M3',
  customers: 'M4',
  segments: 'M4',
  'service-desk': 'M5',
  'follow-ups': 'M6',
  'knowledge-base': 'M7',
  loyalty: 'M8',
  'text-analytics': 'M9',
};

export const AREA_ICONS: Record<AreaSlug, ReactNode> = {
  surveys: <FormOutlined />,
  distribution: <SendOutlined />,
  analytics: <BarChartOutlined />,
  customers: <TeamOutlined />,
  segments: <ClusterOutlined />,
  'service-desk': <CustomerServiceOutlined />,
  'follow-ups': <PhoneOutlined />,
  'knowledge-base': <BookOutlined />,
  loyalty: <GiftOutlined />,
  'text-analytics': <CommentOutlined />,
};

export const PLACEHOLDER_ICON = <AppstoreAddOutlined />;
