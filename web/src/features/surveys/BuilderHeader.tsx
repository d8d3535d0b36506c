// The builder's title row: the survey's name (editable), status, version and save state, and what
// can be done to the whole survey: publish, close, copy the link, see responses, duplicate, save
// as a template.
import {
  ArrowLeftOutlined,
  BarChartOutlined,
  CopyOutlined,
  EllipsisOutlined,
  LineChartOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Link, useNavigate } from '@tanstack/react-router';
import { Button, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSurveyMutations, type Survey } from '../../api/surveys';
import { ColorTag } from '../../components/ColorTag';
import { useNotify } from '../../components/useNotify';
import { CloseButton, LinkButton, PublishButton, useSurveyActions } from './actions';
import { SaveAsTemplateModal } from './SaveAsTemplateModal';
import { SaveStatus } from './SaveStatus';
import { SurveyStatusTag } from './status';
import type { useAutosave } from './useAutosave';

interface Props {
  workspaceId: string;
  survey: Survey;
  autosave: ReturnType<typeof useAutosave>;
  readOnly: boolean;
}

export function BuilderHeader({ workspaceId, survey, autosave, readOnly }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { update } = useSurveyMutations(workspaceId);
  const actions = useSurveyActions(workspaceId);
  const [savingTemplate, setSavingTemplate] = useState(false);
  // Unsaved edits count as changes to publish.
  const summary = { ...survey, draftChanged: survey.draftChanged || autosave.dirty };
  const responsesHref = `/w/${workspaceId}/surveys/${survey.id}/responses`;

  const rename = (name: string) => {
    const clean = name.trim();
    if (!clean || clean === survey.name) return;
    update.mutate({ id: survey.id, name: clean }, { onError: notify.error });
  };
  const publish = async () => {
    if (!(await autosave.flush())) return;
    await actions.publish(summary);
  };
  const duplicate = async () => {
    await autosave.flush();
    const copy = await actions.duplicate(survey);
    if (copy)
      void navigate({ to: '/w/$workspaceId/surveys/$surveyId', params: { workspaceId, surveyId: copy.id } });
  };

  return (
    <div style={{ marginBottom: 12 }}>
      <Link to="/w/$workspaceId/surveys" params={{ workspaceId }}>
        <ArrowLeftOutlined /> {t('areas.surveys.title')}
      </Link>
      <Flex wrap justify="space-between" align="flex-start" gap={12} style={{ marginTop: 4 }}>
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography.Title
            level={3}
            style={{ marginTop: 0, marginBottom: 4 }}
            editable={
              readOnly ? false : { onChange: rename, maxLength: 200, tooltip: t('surveys.builder.rename') }
            }
          >
            {survey.name}
          </Typography.Title>
          <Flex gap={8} wrap align="center">
            <SurveyStatusTag status={survey.status} />
            {survey.latestVersion !== null && (
              <Typography.Text type="secondary">
                {t('surveys.versions.name', { version: survey.latestVersion })}
              </Typography.Text>
            )}
            {summary.draftChanged && survey.latestVersion !== null && (
              <ColorTag color="gold">{t('surveys.list.unpublishedChanges')}</ColorTag>
            )}
            {!readOnly && (
              <SaveStatus state={autosave.state} draft={autosave.draft} onRetry={autosave.retry} />
            )}
          </Flex>
        </div>
        <Flex gap={8} wrap>
          {!readOnly && (
            <PublishButton
              survey={summary}
              onPublish={publish}
              loading={actions.pending}
              blockedBy={autosave.issues.length > 0 ? t('surveys.publish.fixFirst') : undefined}
            />
          )}
          {!readOnly && <CloseButton survey={survey} onClose={() => actions.close(survey)} />}
          <LinkButton survey={survey} />
          <Button
            href={responsesHref}
            icon={<BarChartOutlined />}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              void navigate({
                to: '/w/$workspaceId/surveys/$surveyId/responses',
                params: { workspaceId, surveyId: survey.id },
              });
            }}
          >
            {t('surveys.builder.responses')}
          </Button>
          {survey.latestVersion !== null && (
            <Button
              href={`/w/${workspaceId}/surveys/${survey.id}/analytics`}
              icon={<LineChartOutlined />}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                void navigate({
                  to: '/w/$workspaceId/surveys/$surveyId/analytics',
                  params: { workspaceId, surveyId: survey.id },
                });
              }}
            >
              {t('analytics.page.open')}
            </Button>
          )}
          <Button
            href={`/w/${workspaceId}/surveys/${survey.id}/distribute`}
            icon={<SendOutlined />}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              void navigate({
                to: '/w/$workspaceId/surveys/$surveyId/distribute',
                params: { workspaceId, surveyId: survey.id },
              });
            }}
          >
            {t('distribution.page.open')}
          </Button>
          {!readOnly && (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'duplicate', icon: <CopyOutlined />, label: t('surveys.duplicate.button') },
                  { key: 'template', icon: <SaveOutlined />, label: t('surveys.template.button') },
                ],
                onClick: ({ key }) => {
                  if (key === 'duplicate') void duplicate();
                  else setSavingTemplate(true);
                },
              }}
            >
              <Button icon={<EllipsisOutlined />}>{t('surveys.builder.more')}</Button>
            </Dropdown>
          )}
        </Flex>
      </Flex>
      <SaveAsTemplateModal
        workspaceId={workspaceId}
        survey={savingTemplate ? survey : null}
        beforeSave={autosave.flush}
        onClose={() => setSavingTemplate(false)}
      />
    </div>
  );
}
