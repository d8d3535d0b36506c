import { describe, expect, it } from 'vitest';
import type { DistributionStats } from '../../api/distribution';
import { countText, funnelSteps, percentText } from './stats';

const none = {
  sent: null,
  delivered: null,
  bounced: null,
  unsubscribed: null,
  failed: null,
  skipped: null,
  scheduled: null,
} as const;

const email: DistributionStats = {
  sent: 200,
  delivered: 190,
  opened: 95,
  started: 60,
  completed: 50,
  bounced: 10,
  unsubscribed: 2,
  failed: 0,
  skipped: 4,
  scheduled: 0,
  responseRate: 50 / 190,
  rateBase: 'delivered',
};

describe('funnelSteps', () => {
  it('goes sent → delivered → opened → started → completed for invitations, as shares of sent', () => {
    expect(funnelSteps('email', email)).toEqual([
      { key: 'sent', value: 200, share: 1 },
      { key: 'delivered', value: 190, share: 0.95 },
      { key: 'opened', value: 95, share: 0.475 },
      { key: 'started', value: 60, share: 0.3 },
      { key: 'completed', value: 50, share: 0.25 },
    ]);
  });

  it('starts at the page views for a QR code, and has no shares before anything happened', () => {
    const qr = {
      ...none,
      opened: 0,
      started: 0,
      completed: 0,
      responseRate: null,
      rateBase: 'opened' as const,
    };
    expect(funnelSteps('qr', qr)).toEqual([
      { key: 'opened', value: 0, share: null },
      { key: 'started', value: 0, share: null },
      { key: 'completed', value: 0, share: null },
    ]);
  });

  it('counts a kiosk from the customers who began: its page is opened once a day', () => {
    const kiosk = {
      ...none,
      opened: 2,
      started: 40,
      completed: 30,
      responseRate: 0.75,
      rateBase: 'started' as const,
    };
    expect(funnelSteps('kiosk', kiosk)).toEqual([
      { key: 'started', value: 40, share: 1 },
      { key: 'completed', value: 30, share: 0.75 },
    ]);
  });

  it('counts a widget from the times it was shown, once', () => {
    const widget = {
      ...none,
      sent: 40,
      opened: 40,
      started: 10,
      completed: 8,
      responseRate: 0.2,
      rateBase: 'shown' as const,
    };
    expect(funnelSteps('widget', widget).map((s) => [s.key, s.value])).toEqual([
      ['shown', 40],
      ['started', 10],
      ['completed', 8],
    ]);
  });
});

describe('countText and percentText', () => {
  it('shows a dash where a count does not apply or there is no rate yet', () => {
    expect(countText(null, String)).toBe('—');
    expect(countText(0, String)).toBe('0');
    expect(percentText(null, 'en')).toBe('—');
    expect(percentText(1, 'en')).toBe('100%');
    expect(percentText(0.4213, 'en')).toBe('42.1%');
  });
});
