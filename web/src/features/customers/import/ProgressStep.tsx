// Step 3: the import running in the background (the page asks every second), then what it did:
// customers inserted, updated, rows rejected with a downloadable report of each and why. After a
// dry run nothing was saved: "Run for real" starts it again with the same mapping.
import { DownloadOutlined, PlayCircleOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  isImportActive,
  rejectsUrl,
  useImportMutations,
  type CustomerImport,
} from '../../../api/customer-imports';
import { useNotify } from '../../../components/useNotify';
import { ButtonLink } from '../ButtonLink';
import { ImportStatusTag } from './ImportStatusTag';

interface Props {
  workspaceId: string;
  run: CustomerImport;
}

export function ProgressStep({ workspaceId, run }: Props) {
  const { t } = useTranslation();
  const { start, cancel } = useImportMutations(workspaceId);
  const notify = useNotify();
  const active = isImportActive(run.status);
  const finished = run.status === 'done';
  const percent =
    run.totalRows && run.totalRows > 0
      ? Math.floor((run.processedRows / run.totalRows) * 100)
      : finished
        ? 100
        : 0;

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{run.fileName}</Typography.Text>
        <ImportStatusTag status={run.status} dryRun={run.dryRun} />
      </Flex>
      <Progress
        percent={percent}
        status={run.status === 'failed' ? 'exception' : active ? 'active' : finished ? 'success' : 'normal'}
        aria-label={t('customers.import.progress')}
      />
      <Typography.Text type="secondary" data-testid="import-processed">
        {run.totalRows === null
          ? t('customers.import.processedSoFar', { done: run.processedRows })
          : t('customers.import.processedOf', { done: run.processedRows, total: run.totalRows })}
      </Typography.Text>
      <Flex gap={48} wrap>
        <div data-testid="import-inserted">
          <Statistic
            title={t(run.dryRun ? 'customers.import.wouldInsert' : 'customers.import.inserted')}
            value={run.inserted}
          />
        </div>
        <div data-testid="import-updated">
          <Statistic
            title={t(run.dryRun ? 'customers.import.wouldUpdate' : 'customers.import.updated')}
            value={run.updated}
          />
        </div>
        <div data-testid="import-rejected">
          <Statistic title={t('customers.import.rejected')} value={run.rejected} />
        </div>
      </Flex>
      {run.error && <Alert type="error" showIcon title={run.error} />}
      {finished && run.dryRun && <Alert type="info" showIcon title={t('customers.import.dryRunDone')} />}
      {finished && !run.dryRun && <Alert type="success" showIcon title={t('customers.import.done')} />}
      <Flex gap={8} wrap>
        {active && (
          <Button
            icon={<StopOutlined />}
            loading={cancel.isPending}
            onClick={() => cancel.mutate(run.id, { onError: notify.error })}
          >
            {t('customers.import.cancel')}
          </Button>
        )}
        {!active && run.rejected > 0 && (
          <Button icon={<DownloadOutlined />} href={rejectsUrl(workspaceId, run.id)} download>
            {t('customers.import.downloadRejects')}
          </Button>
        )}
        {finished && run.dryRun && run.mapping && run.matchBy && (
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={start.isPending}
            onClick={() =>
              start.mutate(
                { id: run.id, mapping: run.mapping!, matchBy: run.matchBy!, dryRun: false },
                { onError: notify.error },
              )
            }
          >
            {t('customers.import.runForReal')}
          </Button>
        )}
        {!active && (
          <ButtonLink
            to="/w/$workspaceId/customers"
            params={{ workspaceId }}
            type={finished && !run.dryRun ? 'primary' : 'default'}
            icon={<TeamOutlined />}
          >
            {t('customers.import.goToCustomers')}
          </ButtonLink>
        )}
      </Flex>
    </Flex>
  );
}
