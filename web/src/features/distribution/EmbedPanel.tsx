// What a site pastes to show the survey (GET …/embed): for an embed, the iframe and the line that
// fits its height, as one snippet; for the pop-up, the loader script. Each with a copy button, and
// where it may be shown.
import { Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEmbedSnippets, type Distribution } from '../../api/distribution';
import { QueryState } from '../../components/QueryState';
import { useCurrentWorkspace } from '../workspace/current';
import { SnippetField } from './SnippetField';

export function EmbedPanel({ distribution: d }: { distribution: Distribution }) {
  const { t } = useTranslation();
  const ws = useCurrentWorkspace();
  const snippets = useEmbedSnippets(ws.id, d.id, true);
  const origins = (d.settings.allowedOrigins as string[] | undefined) ?? [];
  return (
    <section aria-label={t('distribution.embed.title')} style={{ marginBottom: 16 }}>
      <Divider titlePlacement="start">{t('distribution.embed.title')}</Divider>
      <Typography.Paragraph type="secondary">
        {d.kind === 'widget' ? t('distribution.embed.widgetHelp') : t('distribution.embed.iframeHelp')}
      </Typography.Paragraph>
      <QueryState isPending={snippets.isPending} error={snippets.error} refetch={snippets.refetch}>
        {d.kind === 'embed' && snippets.data?.iframe && (
          <SnippetField
            label={t('distribution.embed.iframe')}
            value={[snippets.data.iframe, snippets.data.script].filter(Boolean).join('\n')}
            testId="embed-iframe"
          />
        )}
        {d.kind === 'widget' && snippets.data?.script && (
          <SnippetField
            label={t('distribution.embed.script')}
            value={snippets.data.script}
            testId="embed-script"
          />
        )}
      </QueryState>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {origins.length
          ? t('distribution.embed.onlyOn', { origins: origins.join(', ') })
          : t('distribution.embed.anySite')}
      </Typography.Paragraph>
    </section>
  );
}
