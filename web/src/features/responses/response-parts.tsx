// Small pieces the responses list and the response drawer share.
import {
  CheckCircleOutlined,
  DesktopOutlined,
  MobileOutlined,
  QuestionCircleOutlined,
  TabletOutlined,
  ClockCircleOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceClass, ResponseStatus } from '../../api/responses';
import { ColorTag } from '../../components/ColorTag';

export function StatusTag({ status }: { status: ResponseStatus }) {
  const { t } = useTranslation();
  return status === 'complete' ? (
    <ColorTag color="green" icon={<CheckCircleOutlined />}>
      {t('responses.statuses.complete')}
    </ColorTag>
  ) : (
    <ColorTag color="gold" icon={<ClockCircleOutlined />}>
      {t('responses.statuses.partial')}
    </ColorTag>
  );
}

const DEVICE_ICONS: Record<DeviceClass, ReactNode> = {
  mobile: <MobileOutlined />,
  tablet: <TabletOutlined />,
  desktop: <DesktopOutlined />,
  unknown: <QuestionCircleOutlined />,
};

export function DeviceLabel({ device }: { device: DeviceClass }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {DEVICE_ICONS[device]} {t(`responses.devices.${device}`)}
    </span>
  );
}
