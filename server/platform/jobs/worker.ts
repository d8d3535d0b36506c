// The job runner: graphile-worker on the same PostgreSQL. Tasks are listed in tasks.ts.
import { parseCronItems, run, type Runner } from 'graphile-worker';
import type { Logger } from 'pino';
import type { Db } from '../../db/database';
import { quietLogger } from '../../db/migrate';
import type { Env } from '../../env';
import { REPORT_CRON } from '../../features/analytics/reports/jobs';
import { VALUE_CRON } from '../../features/customers/value/jobs';
import { OUTREACH_CRON } from '../../features/distribution/outreach/jobs';
import { buildTaskList } from './tasks';

export interface WorkerDeps {
  db: Db;
  env: Env;
  log: Logger;
}

export async function startWorker(url: string, deps: WorkerDeps): Promise<Runner> {
  return run({
    connectionString: url,
    concurrency: deps.env.WORKER_CONCURRENCY,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: quietLogger,
    taskList: buildTaskList(deps),
    // Parsed items, not a crontab string: graphile-worker's crontab syntax refuses dotted task names.
    parsedCronItems: parseCronItems([
      { task: 'sessions.cleanup', match: '0 * * * *' },
      ...VALUE_CRON,
      ...REPORT_CRON,
      ...OUTREACH_CRON,
    ]),
  });
}
