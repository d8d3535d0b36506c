// A provider as the API shows it: the settings, and only the NAMES of the secrets that are set.
import type { z } from 'zod';
import type { providerSchema } from '../../../../common/distribution/providers';
import type { ProviderRow } from './store';

export const presentProvider = (row: ProviderRow): z.infer<typeof providerSchema> => ({
  channel: row.channel,
  adapter: row.adapter,
  config: row.config,
  secretsSet: Object.keys(row.secrets)
    .filter((name) => Boolean(row.secrets[name]))
    .sort(),
  updatedAt: row.updated_at.toISOString(),
});
