// What the outreach jobs need: the database, the public address links point at, a logger, and one
// sender per channel (messaging/senders.ts in the worker; tests may pass their own).
import type { Logger } from 'pino';
import type { MessageChannel } from '../../../../common/distribution/distributions';
import type { Db } from '../../../db/database';
import type { ChannelSender } from '../messaging/sender';

export interface OutreachDeps {
  db: Db;
  publicUrl: string;
  log: Logger;
  senders: Record<MessageChannel, ChannelSender>;
}

/** A run of a job: one workspace (a queued job) or every workspace (the cron); `now` for tests. */
export interface RunOptions {
  workspaceId?: string;
  now?: Date;
}
