// One text: what it is ("Q3 · Option"), the original on the left and its translation on the right
// (stacked on a phone). A missing translation is highlighted; a lost placeholder is pointed out.
import { Col, Input, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyDefinition } from '../../../../../common/survey/definition';
import { TAG_COLORS } from '../../../components/ColorTag';
import { isMissing, placeholdersDiffer, type SurveyString } from './strings';

interface Props {
  def: SurveyDefinition;
  item: SurveyString;
  target: string;
  targetName: string;
  questionNumber: number | undefined;
  onChange: (value: string) => void;
}

export function TranslationRow({ def, item, target, targetName, questionNumber, onChange }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const source = item.text[def.defaultLanguage] ?? '';
  const value = item.text[target] ?? '';
  const missing = isMissing(item, def, target);
  const kind = t(`surveyTranslations.kinds.${item.kind}`);
  const what = questionNumber ? `Q${questionNumber} · ${kind}` : kind;
  const placeholderProblem = placeholdersDiffer(source, value);
  const multiline = item.kind === 'questionDescription' || item.kind === 'endingMessage';

  return (
    <div
      data-testid="translation-row"
      data-path={item.path}
      style={{
        padding: '8px 8px',
        marginInline: -8,
        borderRadius: token.borderRadius,
        background: missing ? token.colorWarningBg : undefined,
      }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {what}
        {missing && (
          <strong style={{ color: TAG_COLORS.gold.color }}>
            {' · '}
            {t('surveyTranslations.missing')}
          </strong>
        )}
      </Typography.Text>
      <Row gutter={[16, 4]}>
        <Col xs={24} md={12}>
          <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {source || <Typography.Text type="secondary">—</Typography.Text>}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} md={12}>
          <Input.TextArea
            aria-label={t('surveyTranslations.fieldLabel', { what, language: targetName })}
            value={value}
            status={missing ? 'warning' : placeholderProblem ? 'error' : undefined}
            placeholder={t('surveyTranslations.placeholder')}
            autoSize={{ minRows: multiline ? 2 : 1, maxRows: 8 }}
            maxLength={5000}
            onChange={(e) => onChange(e.target.value)}
          />
          {placeholderProblem && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('surveyTranslations.placeholderMismatch')}
            </Typography.Text>
          )}
        </Col>
      </Row>
    </div>
  );
}
