import { describe, expect, it } from 'vitest';
import { withQuery } from './client';
import { commentParams } from './analytics-comments';

describe('commentParams', () => {
  it("sends the analytics page's filters as the explorer's comma-separated parameters", () => {
    const params = commentParams({
      surveyId: 's',
      q: '服务',
      npsGroup: 'detractor',
      limit: 25,
      filters: {
        from: '2026-01-01',
        to: '2026-03-31',
        locationIds: ['l1', 'l2'],
        channels: ['qr'],
        languages: ['zh-CN', 'zh-TW'],
      },
    });
    expect(withQuery('/c', params)).toBe(
      '/c?from=2026-01-01&to=2026-03-31&locationId=l1%2Cl2&channel=qr&language=zh-CN%2Czh-TW' +
        '&surveyId=s&q=%E6%9C%8D%E5%8A%A1&npsGroup=detractor&limit=25',
    );
  });

  it('lets a parameter given one by one win over the filters', () => {
    expect(withQuery('/c', commentParams({ locationId: 'l3', filters: { locationIds: ['l1'] } }))).toBe(
      '/c?locationId=l3',
    );
  });

  it('leaves out what is not filtered', () => {
    expect(withQuery('/c', commentParams({ limit: 5 }))).toBe('/c?limit=5');
  });
});
