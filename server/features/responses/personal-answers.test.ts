import { describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../common/survey/fixtures';
import { withoutPersonalAnswers } from './personal-answers';

describe('withoutPersonalAnswers', () => {
  it('drops free text, contact details and "other" text, and keeps scores and picks', () => {
    expect(
      withoutPersonalAnswers(storeVisitSurvey, {
        nps: 4,
        visit_type: 'dine_in',
        issues: { picks: ['wait'], other: 'The manager, Mr Chen, was rude' },
        satisfaction: 2,
        comment: 'Call me on 13800138000',
        callback: true,
        contact: { email: 'a@example.com', phone: '' },
      }),
    ).toEqual({
      nps: 4,
      visit_type: 'dine_in',
      issues: { picks: ['wait'] },
      satisfaction: 2,
      callback: true,
    });
  });

  it('leaves a response without personal answers as it was', () => {
    expect(withoutPersonalAnswers(storeVisitSurvey, { nps: 10 })).toEqual({ nps: 10 });
  });
});
