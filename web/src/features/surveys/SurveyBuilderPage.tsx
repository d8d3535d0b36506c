// The survey builder (/w/:workspaceId/surveys/:surveyId): the header with the survey's actions,
// tabs for questions, logic, translations, versions, waves and settings, and beside them (below
// on a phone) the live preview of the saved draft or of a published version.
import { useParams } from '@tanstack/react-router';
import { Card, Col, Flex, Row, Select, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSurvey, type Survey } from '../../api/surveys';
import { QueryState } from '../../components/QueryState';
import { currentLanguage } from '../../i18n/index';
import { useCurrentWorkspace } from '../workspace/current';
import { BuilderHeader } from './BuilderHeader';
import { DraftContext, type DraftEditing } from './draft-context';
import { LogicEditor } from './logic/LogicEditor';
import { PreviewPane } from './PreviewPane';
import { QuestionsTab } from './questions/QuestionsTab';
import { IssueList } from './SaveStatus';
import { SettingsTab } from './SettingsTab';
import { canEditSurveys, languageName } from './status';
import { TranslationEditor } from './translations/TranslationEditor';
import { useAutosave } from './useAutosave';
import { VersionsTab } from './VersionsTab';
import { WavesTab } from './WavesTab';

function Builder({
  workspaceId,
  survey,
  readOnly,
}: {
  workspaceId: string;
  survey: Survey;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const autosave = useAutosave(workspaceId, survey);
  const { draft, setDraft, change } = autosave;
  const [chosenLang, setChosenLang] = useState(draft.defaultLanguage);
  const [previewLang, setPreviewLang] = useState(draft.defaultLanguage);
  const [previewVersion, setPreviewVersion] = useState<number | null>(null);
  // A language removed from the survey falls back to the default one.
  const lang = draft.languages.includes(chosenLang) ? chosenLang : draft.defaultLanguage;
  const editing = useMemo<DraftEditing>(
    () => ({ draft, change, lang, readOnly }),
    [draft, change, lang, readOnly],
  );
  const chooseLang = (l: string) => {
    setChosenLang(l);
    setPreviewLang(l);
  };

  const tabs = [
    {
      key: 'questions',
      label: t('surveys.tabs.questions'),
      children: (
        <>
          <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
            <Typography.Text id="edit-language-label">{t('surveys.builder.editLanguage')}</Typography.Text>
            <Select
              aria-labelledby="edit-language-label"
              value={lang}
              onChange={chooseLang}
              style={{ minWidth: 180 }}
              options={draft.languages.map((l) => ({
                value: l,
                label:
                  l === draft.defaultLanguage
                    ? t('surveys.builder.defaultMark', { language: languageName(l, currentLanguage()) })
                    : languageName(l, currentLanguage()),
              }))}
            />
          </Flex>
          <QuestionsTab />
        </>
      ),
    },
    {
      key: 'logic',
      label: t('surveys.tabs.logic'),
      children: <LogicEditor definition={draft} onChange={setDraft} />,
    },
    {
      key: 'translations',
      label: t('surveys.tabs.translations'),
      children: <TranslationEditor definition={draft} onChange={setDraft} />,
    },
    {
      key: 'versions',
      label: t('surveys.tabs.versions'),
      children: (
        <VersionsTab
          workspaceId={workspaceId}
          surveyId={survey.id}
          previewed={previewVersion}
          onPreview={setPreviewVersion}
        />
      ),
    },
    {
      key: 'waves',
      label: t('surveys.tabs.waves'),
      children: <WavesTab workspaceId={workspaceId} surveyId={survey.id} readOnly={readOnly} />,
    },
    {
      key: 'settings',
      label: t('surveys.tabs.settings'),
      children: <SettingsTab workspaceId={workspaceId} survey={survey} readOnly={readOnly} />,
    },
  ];

  return (
    <DraftContext.Provider value={editing}>
      <BuilderHeader workspaceId={workspaceId} survey={survey} autosave={autosave} readOnly={readOnly} />
      {!readOnly && <IssueList issues={autosave.issues} draft={draft} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" styles={{ body: { paddingTop: 0 } }}>
            {/* Tabs that do not fit (on a phone) scroll sideways, as they do on touch screens,
                rather than going into a "more" menu: that menu's button would sit inside the
                tablist, where only tabs belong (axe: aria-required-children). */}
            <Tabs
              items={tabs}
              destroyOnHidden
              renderTabBar={(props, DefaultTabBar) => <DefaultTabBar {...props} mobile />}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <div style={{ position: 'sticky', top: 80 }}>
            <PreviewPane
              workspaceId={workspaceId}
              surveyId={survey.id}
              languages={draft.languages}
              lang={previewLang}
              onLangChange={setPreviewLang}
              version={previewVersion}
              onShowDraft={() => setPreviewVersion(null)}
              reloadKey={autosave.saves}
            />
          </div>
        </Col>
      </Row>
    </DraftContext.Provider>
  );
}

export function SurveyBuilderPage() {
  const ws = useCurrentWorkspace();
  const { surveyId } = useParams({ from: '/authed/w/$workspaceId/surveys/$surveyId' });
  const survey = useSurvey(ws.id, surveyId);
  return (
    <QueryState isPending={survey.isPending} error={survey.error} refetch={survey.refetch}>
      {survey.data && (
        <Builder
          key={survey.data.id}
          workspaceId={ws.id}
          survey={survey.data}
          readOnly={!canEditSurveys(ws.role)}
        />
      )}
    </QueryState>
  );
}
