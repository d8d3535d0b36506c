// What happens to one due invitation (or reminder) at send time, by the workspace's contact rules.
// Pure: the claim gathers the facts in one query and applies this to each row. The order matters:
// what can never change (unsubscribed, consent, no provider) first, then quiet hours (wait: the
// cap is judged at the time the message would really go), then the frequency cap.
import type { MessageChannel } from '../../../../common/distribution/distributions';
import type { SKIP_REASONS } from '../../../../common/distribution/outreach';
import { overFrequencyCap, personKeys } from './frequency-cap';
import { quietUntil, type QuietHours } from './quiet-hours';

export type SkipReason = (typeof SKIP_REASONS)[number];

/** The facts about one invitation that the rules look at. */
export interface SendFacts {
  customerId: string | null;
  channel: MessageChannel;
  address: string;
  unsubscribed: boolean;
  consentWithdrawn: boolean;
  /** Email always has one (SMTP); SMS and WeChat need the workspace's provider. */
  hasProvider: boolean;
  /** The last invitation sent to this person (customer or address), any survey. */
  lastSentAt: Date | null;
  /** The person's time zone (personTimeZone). */
  timeZone: string;
}

export interface SendRules {
  frequencyCapDays: number | null;
  /** null when quiet hours are off. */
  quietHours: QuietHours | null;
}

export type SendDecision =
  { action: 'send' } | { action: 'skip'; reason: SkipReason } | { action: 'defer'; until: Date };

/**
 * `chosen` holds the person keys already picked in this batch (and is added to on 'send'), so two
 * invitations to one person in one batch obey the cap too. A reminder is part of its invitation:
 * the frequency cap does not apply to it.
 */
export function decideSend(
  facts: SendFacts,
  rules: SendRules,
  now: Date,
  chosen: Set<string>,
  reminder = false,
): SendDecision {
  if (facts.unsubscribed) return { action: 'skip', reason: 'unsubscribed' };
  if (facts.consentWithdrawn) return { action: 'skip', reason: 'no_consent' };
  if (!facts.hasProvider) return { action: 'skip', reason: 'no_provider' };
  const quietEnd = rules.quietHours ? quietUntil(now, facts.timeZone, rules.quietHours) : null;
  if (quietEnd) return { action: 'defer', until: quietEnd };
  const keys = personKeys(facts);
  if (!reminder && rules.frequencyCapDays !== null) {
    const inBatch = keys.some((k) => chosen.has(k));
    if (inBatch || overFrequencyCap(facts.lastSentAt, now, rules.frequencyCapDays)) {
      return { action: 'skip', reason: 'frequency_cap' };
    }
  }
  for (const k of keys) chosen.add(k);
  return { action: 'send' };
}
