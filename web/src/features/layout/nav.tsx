// The sidebar: the capability areas grouped the way PRODUCT.md tells the story (hear, understand,
// answer, keep), then the workspace settings (M10). Items are real links, so they open in new tabs.
import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  IdcardOutlined,
  KeyOutlined,
  MailOutlined,
  NotificationOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Link, useRouterState } from '@tanstack/react-router';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AREA_ICONS, AREA_KEYS, type AreaSlug } from '../placeholders/areas';

const SETTINGS = [
  ['workspace', 'workspace', <SettingOutlined key="i" />],
  ['locations', 'locations', <ApartmentOutlined key="i" />],
  ['customer-fields', 'customerFields', <IdcardOutlined key="i" />],
  ['outreach', 'outreach', <NotificationOutlined key="i" />],
  ['members', 'members', <TeamOutlined key="i" />],
  ['invitations', 'invitations', <MailOutlined key="i" />],
  ['api-keys', 'apiKeys', <KeyOutlined key="i" />],
  ['webhooks', 'webhooks', <ApiOutlined key="i" />],
  ['audit-log', 'auditLog', <AuditOutlined key="i" />],
] as const;

type SettingsPath = `settings/${(typeof SETTINGS)[number][0]}`;
export type NavPath = AreaSlug | SettingsPath;

const GROUPS: { key: 'hear' | 'understand' | 'answer' | 'keep'; areas: AreaSlug[] }[] = [
  { key: 'hear', areas: ['surveys', 'distribution'] },
  { key: 'understand', areas: ['analytics', 'text-analytics', 'customers', 'segments'] },
  { key: 'answer', areas: ['service-desk', 'knowledge-base'] },
  { key: 'keep', areas: ['follow-ups', 'loyalty'] },
];

/** The part of the URL after /w/<id>/, which is also the menu key. */
export function useNavPath(): string {
  return useRouterState({ select: (s) => s.location.pathname.split('/').slice(3).join('/') });
}

interface Props {
  workspaceId: string;
  /** Called after a click, so that the phone drawer can close. */
  onNavigate?: () => void;
}

export function NavMenu({ workspaceId, onNavigate }: Props) {
  const { t } = useTranslation();
  const selected = useNavPath();
  const link = (path: NavPath, label: ReactNode) => (
    <Link to={`/w/$workspaceId/${path}`} params={{ workspaceId }} onClick={onNavigate}>
      {label}
    </Link>
  );
  const items: MenuProps['items'] = [
    ...GROUPS.map((g) => ({
      type: 'group' as const,
      key: g.key,
      label: t(`nav.${g.key}`),
      children: g.areas.map((a) => ({
        key: a,
        icon: AREA_ICONS[a],
        label: link(a, t(`areas.${AREA_KEYS[a]}.title`)),
      })),
    })),
    {
      type: 'group' as const,
      key: 'settings',
      label: t('nav.settings'),
      children: SETTINGS.map(([slug, key, icon]) => ({
        key: `settings/${slug}`,
        icon,
        label: link(`settings/${slug}`, t(`nav.${key}`)),
      })),
    },
  ];
  return (
    <nav aria-label={t('layout.navigation')}>
      {/* A page inside an area (a survey's builder) keeps its area selected. */}
      <Menu
        mode="inline"
        selectedKeys={[selected, selected.split('/')[0] ?? '']}
        items={items}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
