// How each question type looks in the builder: an icon beside its translated name, and the
// "Add question" menu listing all 15.
import {
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DownSquareOutlined,
  EditOutlined,
  FieldNumberOutlined,
  LikeOutlined,
  MailOutlined,
  OrderedListOutlined,
  RadarChartOutlined,
  SafetyCertificateOutlined,
  SmileOutlined,
  StarOutlined,
  CheckCircleOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionType } from '../../api/surveys';
import { QUESTION_TYPES } from './question-factory';

export const TYPE_ICONS: Record<QuestionType, ReactNode> = {
  nps: <DashboardOutlined />,
  csat: <SmileOutlined />,
  ces: <LikeOutlined />,
  rating: <StarOutlined />,
  single_choice: <CheckCircleOutlined />,
  multiple_choice: <CheckSquareOutlined />,
  dropdown: <DownSquareOutlined />,
  ranking: <OrderedListOutlined />,
  matrix: <TableOutlined />,
  importance_performance: <RadarChartOutlined />,
  text: <EditOutlined />,
  number: <FieldNumberOutlined />,
  date: <CalendarOutlined />,
  contact: <MailOutlined />,
  consent: <SafetyCertificateOutlined />,
};

/** Menu items for the 15 types; the item key is the type. */
export function useTypeMenuItems(): NonNullable<MenuProps['items']> {
  const { t } = useTranslation();
  return QUESTION_TYPES.map((type) => ({
    key: type,
    icon: TYPE_ICONS[type],
    label: t(`surveys.types.${type}`),
  }));
}
