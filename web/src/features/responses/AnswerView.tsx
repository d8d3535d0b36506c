// One formatted answer on screen: a score with its scale, labels, a ranking as a numbered list, a
// matrix as a small table, both halves of importance/performance, contact links, consent as a tag.
import { CheckCircleOutlined, CloseCircleOutlined, MailOutlined, PhoneOutlined } from '@ant-design/icons';
import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ColorTag } from '../../components/ColorTag';
import { currentLanguage } from '../../i18n';
import type { FormattedAnswer } from './format-answer';

/** A YYYY-MM-DD answer in the console's format, read as a calendar day (no time zone shift). */
function calendarDay(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(d);
}

export function AnswerView({ answer }: { answer: FormattedAnswer }) {
  const { t } = useTranslation();
  switch (answer.kind) {
    case 'number':
      return (
        <Typography.Text>
          <strong style={{ fontSize: 16 }}>{answer.value}</strong>
          {answer.scale && (
            <Typography.Text type="secondary">
              {' '}
              {t('responses.onScale', { min: answer.scale.min, max: answer.scale.max })}
            </Typography.Text>
          )}
        </Typography.Text>
      );
    case 'choices':
      return (
        <Flex wrap gap={4}>
          {answer.labels.map((label, i) => (
            <ColorTag key={i} color="blue">
              {label}
            </ColorTag>
          ))}
          {answer.other && <ColorTag color="grey">{t('responses.other', { text: answer.other })}</ColorTag>}
        </Flex>
      );
    case 'ranking':
      return (
        <ol style={{ margin: 0, paddingInlineStart: 24 }}>
          {answer.labels.map((label, i) => (
            <li key={i}>{label}</li>
          ))}
        </ol>
      );
    case 'matrix':
      return (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={answer.rows}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'row', title: t('responses.matrixRow'), dataIndex: 'label' },
            {
              key: 'value',
              title: t('responses.matrixAnswer'),
              render: (_, r) =>
                r.value === null ? (
                  <Typography.Text type="secondary">—</Typography.Text>
                ) : r.valueLabel ? (
                  `${r.valueLabel} (${r.value})`
                ) : (
                  r.value
                ),
            },
          ]}
        />
      );
    case 'importancePerformance':
      return (
        <Flex vertical gap={2}>
          <Typography.Text>
            {answer.importanceLabel ?? t('responses.importance')}:{' '}
            <strong>{t('responses.outOf', { value: answer.importance, max: answer.max })}</strong>
          </Typography.Text>
          <Typography.Text>
            {answer.performanceLabel ?? t('responses.performance')}:{' '}
            <strong>{t('responses.outOf', { value: answer.performance, max: answer.max })}</strong>
          </Typography.Text>
        </Flex>
      );
    case 'text':
      return (
        <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {answer.text}
        </Typography.Paragraph>
      );
    case 'date':
      return <Typography.Text>{calendarDay(answer.date)}</Typography.Text>;
    case 'contact':
      return (
        <Flex vertical gap={2}>
          {answer.email && (
            <Typography.Link href={`mailto:${answer.email}`}>
              <MailOutlined /> {answer.email}
            </Typography.Link>
          )}
          {answer.phone && (
            <Typography.Link href={`tel:${answer.phone.replace(/[^\d+]/g, '')}`}>
              <PhoneOutlined /> {answer.phone}
            </Typography.Link>
          )}
        </Flex>
      );
    case 'consent':
      return answer.given ? (
        <ColorTag color="green" icon={<CheckCircleOutlined />}>
          {t('responses.consentGiven')}
        </ColorTag>
      ) : (
        <ColorTag color="red" icon={<CloseCircleOutlined />}>
          {t('responses.consentRefused')}
        </ColorTag>
      );
    case 'raw':
      return <Typography.Text code>{answer.json}</Typography.Text>;
  }
}
