// "Saved", "Saving…" or "Not saved: <why>", and the list of what to fix, each issue with its place
// in the survey in plain words.
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography, theme } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SurveyDefinition } from '../../api/surveys';
import { errorText } from '../../components/errors';
import { currentLanguage } from '../../i18n/index';
import { describePath, type DraftIssue, type Place } from './issues';
import { languageName } from './status';
import type { SaveState } from './useAutosave';

function placeText(t: TFunction, place: Place): string {
  switch (place.kind) {
    case 'numbered':
      return t(`surveys.places.${place.key}`, { n: place.n });
    case 'field':
      return t(`surveys.fields.${place.key}`);
    case 'language':
      return languageName(place.tag, currentLanguage());
    case 'raw':
      return place.text;
  }
}

export function issueText(t: TFunction, def: SurveyDefinition, issue: DraftIssue): string {
  const where = describePath(def, issue.path)
    .map((p) => placeText(t, p))
    .join(' › ');
  const what = issue.empty ? t('surveys.issues.empty') : (issue.message ?? '');
  return where ? `${where}: ${what}` : what;
}

interface Props {
  state: SaveState;
  draft: SurveyDefinition;
  onRetry: () => void;
}

export function SaveStatus({ state, draft, onRetry }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // Ant Design's success and warning text colours are too light for text on white (WCAG AA asks
  // 4.5:1): the words keep the text colours, only the icons take the green or the orange.
  return (
    <span role="status" data-testid="save-status">
      {state.kind === 'saved' && (
        <Typography.Text type="secondary">
          <CheckCircleOutlined style={{ color: token.colorSuccess }} /> {t('surveys.save.saved')}
        </Typography.Text>
      )}
      {state.kind === 'saving' && (
        <Typography.Text type="secondary">
          <LoadingOutlined /> {t('surveys.save.saving')}
        </Typography.Text>
      )}
      {state.kind === 'invalid' && (
        <Typography.Text>
          <ExclamationCircleOutlined style={{ color: token.colorWarning }} />{' '}
          {t('surveys.save.notSaved', { reason: issueText(t, draft, state.issue) })}
        </Typography.Text>
      )}
      {state.kind === 'failed' && (
        <Space size={4}>
          <Typography.Text type="danger">
            <ExclamationCircleOutlined /> {t('surveys.save.notSaved', { reason: errorText(t, state.error) })}
          </Typography.Text>
          <Button size="small" type="link" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Space>
      )}
    </span>
  );
}

/** Everything to fix before the draft can be saved, shown above the editor. */
export function IssueList({ issues, draft }: { issues: DraftIssue[]; draft: SurveyDefinition }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const shown = issues.slice(0, 8);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('surveys.issues.title', { count: issues.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {shown.map((issue, k) => (
            <li key={k}>{issueText(t, draft, issue)}</li>
          ))}
          {issues.length > shown.length && (
            <li>{t('surveys.issues.more', { count: issues.length - shown.length })}</li>
          )}
        </ul>
      }
    />
  );
}
