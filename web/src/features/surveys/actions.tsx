// What can be done to a whole survey, from the list and from the builder: publish (or reopen),
// close, duplicate, delete, and the public link. Each says how it went.
import { CloudUploadOutlined, LinkOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Popover, type ButtonProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSurveyMutations, type Survey, type SurveySummary } from '../../api/surveys';
import { CopyField } from '../../components/CopyField';
import { useNotify } from '../../components/useNotify';

/** What publishing would do now: a new version, reopening a closed survey, or nothing. */
export function publishPlan(s: SurveySummary): 'first' | 'next' | 'reopen' | null {
  if (s.latestVersion === null) return 'first';
  if (s.draftChanged) return 'next';
  return s.status === 'closed' ? 'reopen' : null;
}

/** The confirmation's title and text: a new version is made, and what happens to responses. */
export function publishConfirm(t: TFunction, s: SurveySummary): { title: string; description: string } {
  const current = s.latestVersion ?? 0;
  const next = current + 1;
  switch (publishPlan(s)) {
    case 'first':
      return { title: t('surveys.publish.firstTitle'), description: t('surveys.publish.firstHelp') };
    case 'reopen':
      return {
        title: t('surveys.publish.reopenTitle'),
        description: t('surveys.publish.reopenHelp', { version: current }),
      };
    default:
      return {
        title: t('surveys.publish.nextTitle', { version: next }),
        description:
          s.completeCount + s.partialCount > 0
            ? t('surveys.publish.nextWithResponses', { version: next, current })
            : t('surveys.publish.nextHelp', { version: next }),
      };
  }
}

export function useSurveyActions(workspaceId: string) {
  const { t } = useTranslation();
  const m = useSurveyMutations(workspaceId);
  const notify = useNotify();
  return {
    pending: m.publish.isPending || m.close.isPending || m.duplicate.isPending || m.remove.isPending,
    publish: (s: SurveySummary) =>
      m.publish.mutateAsync(s.id).then(
        (r) => {
          notify.success(
            publishPlan(s) === 'reopen'
              ? t('surveys.publish.reopened')
              : t('surveys.publish.published', { version: r.latestVersion }),
          );
          return r;
        },
        (e: unknown) => {
          notify.error(e);
          return null;
        },
      ),
    close: (s: SurveySummary) =>
      m.close.mutate(s.id, {
        onSuccess: () => notify.success(t('surveys.close.closed')),
        onError: notify.error,
      }),
    duplicate: (s: SurveySummary): Promise<Survey | null> =>
      m.duplicate.mutateAsync({ id: s.id, name: t('surveys.duplicate.copyName', { name: s.name }) }).then(
        (copy) => {
          notify.success(t('surveys.duplicate.done', { name: copy.name }));
          return copy;
        },
        (e: unknown) => {
          notify.error(e);
          return null;
        },
      ),
    remove: (s: SurveySummary) =>
      m.remove.mutateAsync(s.id).then(
        () => {
          notify.success(t('surveys.delete.done', { name: s.name }));
          return true;
        },
        (e: unknown) => {
          // 409 survey_has_responses: the server's message says to close it instead.
          notify.error(e);
          return false;
        },
      ),
  };
}

interface PublishProps {
  survey: SurveySummary;
  onPublish: () => unknown;
  /** Why publishing cannot happen now (the draft has problems); disables the button. */
  blockedBy?: string;
  size?: ButtonProps['size'];
  loading?: boolean;
}

export function PublishButton({ survey, onPublish, blockedBy, size, loading }: PublishProps) {
  const { t } = useTranslation();
  const plan = publishPlan(survey);
  if (!plan) return null;
  const { title, description } = publishConfirm(t, survey);
  const label = plan === 'reopen' ? t('surveys.publish.reopen') : t('surveys.publish.publish');
  return (
    <Popconfirm
      title={title}
      description={<div style={{ maxWidth: 320 }}>{description}</div>}
      okText={label}
      cancelText={t('common.cancel')}
      onConfirm={() => onPublish()}
      disabled={!!blockedBy}
    >
      <Button
        type="primary"
        size={size}
        icon={<CloudUploadOutlined />}
        loading={loading}
        disabled={!!blockedBy}
        title={blockedBy}
      >
        {label}
      </Button>
    </Popconfirm>
  );
}

export function CloseButton({
  survey,
  onClose,
  size,
}: {
  survey: SurveySummary;
  onClose: () => void;
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation();
  if (survey.status !== 'published') return null;
  return (
    <Popconfirm
      title={t('surveys.close.confirm', { name: survey.name })}
      description={<div style={{ maxWidth: 320 }}>{t('surveys.close.help')}</div>}
      okText={t('surveys.close.close')}
      cancelText={t('common.cancel')}
      onConfirm={onClose}
    >
      <Button size={size} icon={<StopOutlined />}>
        {t('surveys.close.close')}
      </Button>
    </Popconfirm>
  );
}

/** The public link in a popover, to copy. */
export function LinkButton({ survey, size }: { survey: SurveySummary; size?: ButtonProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Popover
      trigger="click"
      title={survey.status === 'published' ? t('surveys.link.title') : t('surveys.link.notYet')}
      content={
        <div style={{ width: 'min(360px, 80vw)' }}>
          <CopyField value={survey.url} label={t('surveys.link.label', { name: survey.name })} />
        </div>
      }
    >
      <Button size={size} icon={<LinkOutlined />}>
        {t('surveys.link.short')}
      </Button>
    </Popover>
  );
}
