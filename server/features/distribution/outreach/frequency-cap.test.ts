// The frequency cap and the send decision: the order of the rules, the cap across one batch, and
// reminders, which the cap does not apply to.
import { describe, expect, it } from 'vitest';
import { overFrequencyCap } from './frequency-cap';
import { decideSend, type SendFacts } from './send-decision';

const DAY = 86_400_000;
const now = new Date('2026-06-15T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe('overFrequencyCap', () => {
  it('blocks a person invited within the cap, across any survey', () => {
    expect(overFrequencyCap(ago(29), now, 30)).toBe(true);
    expect(overFrequencyCap(ago(0.01), now, 1)).toBe(true);
  });
  it('lets a person through once the cap has passed, or who was never invited', () => {
    expect(overFrequencyCap(ago(30), now, 30)).toBe(false);
    expect(overFrequencyCap(ago(45), now, 30)).toBe(false);
    expect(overFrequencyCap(null, now, 30)).toBe(false);
  });
  it('has no cap when the workspace sets none', () => {
    expect(overFrequencyCap(ago(0), now, null)).toBe(false);
  });
});

const facts = (over: Partial<SendFacts> = {}): SendFacts => ({
  customerId: 'c1',
  channel: 'email',
  address: 'ann@example.com',
  unsubscribed: false,
  consentWithdrawn: false,
  hasProvider: true,
  lastSentAt: null,
  timeZone: 'UTC',
  ...over,
});
const rules = { frequencyCapDays: 30, quietHours: { start: 21 * 60, end: 9 * 60 } };

describe('decideSend', () => {
  it('skips the unsubscribed, those without consent and channels without a provider, in that order', () => {
    expect(decideSend(facts({ unsubscribed: true, consentWithdrawn: true }), rules, now, new Set())).toEqual({
      action: 'skip',
      reason: 'unsubscribed',
    });
    expect(decideSend(facts({ consentWithdrawn: true, hasProvider: false }), rules, now, new Set())).toEqual({
      action: 'skip',
      reason: 'no_consent',
    });
    expect(decideSend(facts({ channel: 'sms', hasProvider: false }), rules, now, new Set())).toEqual({
      action: 'skip',
      reason: 'no_provider',
    });
  });

  it('defers in quiet hours before judging the cap', () => {
    const late = new Date('2026-06-15T23:00:00Z');
    expect(decideSend(facts({ lastSentAt: ago(1) }), rules, late, new Set())).toEqual({
      action: 'defer',
      until: new Date('2026-06-16T09:00:00Z'),
    });
  });

  it('caps a second invitation to the same person in one batch, by customer or by address', () => {
    const chosen = new Set<string>();
    expect(decideSend(facts(), rules, now, chosen).action).toBe('send');
    expect(decideSend(facts({ address: 'other@example.com' }), rules, now, chosen)).toEqual({
      action: 'skip',
      reason: 'frequency_cap',
    });
    expect(decideSend(facts({ customerId: null }), rules, now, chosen)).toEqual({
      action: 'skip',
      reason: 'frequency_cap',
    });
    expect(
      decideSend(facts({ customerId: 'c2', address: 'bo@example.com' }), rules, now, chosen).action,
    ).toBe('send');
  });

  it('caps by the last invitation sent, and not at all without a cap or for a reminder', () => {
    expect(decideSend(facts({ lastSentAt: ago(3) }), rules, now, new Set())).toEqual({
      action: 'skip',
      reason: 'frequency_cap',
    });
    expect(
      decideSend(facts({ lastSentAt: ago(3) }), { ...rules, frequencyCapDays: null }, now, new Set()).action,
    ).toBe('send');
    expect(decideSend(facts({ lastSentAt: ago(3) }), rules, now, new Set(), true).action).toBe('send');
  });
});
