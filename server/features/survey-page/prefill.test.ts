// Answers a survey link brings (?a.<questionId>=<value>): read like form fields, kept only when
// they validate and the respondent would see the question with them.
import { describe, expect, it } from 'vitest';
import { storeVisitSurvey } from '../../../common/survey/fixtures';
import { answersFromLink } from './prefill';

const read = (query: Record<string, unknown>) => answersFromLink(storeVisitSurvey, {}, query);

describe('answersFromLink', () => {
  it('reads a score and an option by their question types', () => {
    expect(read({ t: 'x', 'a.nps': '9' })).toEqual({ nps: 9 });
    expect(read({ 'a.nps': '7', 'a.visit_type': 'takeaway' })).toEqual({ nps: 7, visit_type: 'takeaway' });
    expect(read({ 'a.nps': ['8', '2'] })).toEqual({ nps: 8 });
  });

  it('keeps only answers that validate', () => {
    for (const nps of ['11', '-1', '9.5', 'nine', '']) expect(read({ 'a.nps': nps })).toEqual({});
    expect(read({ 'a.visit_type': 'by_boat', 'a.nps': '10' })).toEqual({ nps: 10 });
    expect(read({ 'a.unknown': '1', 'q.nps': '5', nps: '5' })).toEqual({});
  });

  it('drops answers to questions the respondent would not see with them', () => {
    // "What went wrong?" shows only to detractors.
    expect(read({ 'a.nps': '9', 'a.issues': 'wait' })).toEqual({ nps: 9 });
    expect(read({ 'a.nps': '3', 'a.issues': ['wait', 'food'] })).toEqual({
      nps: 3,
      issues: { picks: ['wait', 'food'] },
    });
  });
});
