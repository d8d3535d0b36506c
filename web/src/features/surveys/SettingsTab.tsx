// The "Settings" tab: how many responses one respondent may give.
import { Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSurveyMutations, type OncePer, type Survey } from '../../api/surveys';
import { useNotify } from '../../components/useNotify';

const CHOICES = ['none', 'token', 'device'] as const;
type Choice = (typeof CHOICES)[number];

export function SettingsTab({
  workspaceId,
  survey,
  readOnly,
}: {
  workspaceId: string;
  survey: Survey;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { update } = useSurveyMutations(workspaceId);
  const notify = useNotify();
  const value: Choice = survey.settings.oncePer ?? 'none';
  const set = (choice: Choice) => {
    const oncePer: OncePer = choice === 'none' ? null : choice;
    update.mutate(
      { id: survey.id, settings: { ...survey.settings, oncePer } },
      { onSuccess: () => notify.success(t('common.saved')), onError: notify.error },
    );
  };
  return (
    <>
      <Typography.Title level={5} id="once-per-label" style={{ marginTop: 0 }}>
        {t('surveys.settings.oncePer')}
      </Typography.Title>
      <Radio.Group
        aria-labelledby="once-per-label"
        value={value}
        disabled={readOnly || update.isPending}
        onChange={(e) => set(e.target.value as Choice)}
      >
        <Space orientation="vertical">
          {CHOICES.map((c) => (
            <Radio key={c} value={c}>
              <div>{t(`surveys.settings.oncePerChoices.${c}`)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`surveys.settings.oncePerHelp.${c}`)}
              </Typography.Text>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </>
  );
}
