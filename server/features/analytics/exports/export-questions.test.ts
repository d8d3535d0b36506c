// The questions an export has columns for, across every published version: the newest wording,
// questions dropped later kept, and options any version offered (an old answer keeps its label).
import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from '../../../../common/survey/definition';
import { inWorkspace } from '../../../db/database';
import { makeUser, makeWorkspace, useTestApp } from '../../../test/test-app';
import { publishTestSurvey } from '../../responses/test-survey';
import { loadExportSurvey } from './export-questions';

const ctx = useTestApp();

const version = (options: string[], extra: object[], title: string) =>
  surveyDefinitionSchema.parse({
    defaultLanguage: 'en',
    languages: ['en'],
    pages: [
      {
        id: 'p',
        questions: [
          {
            id: 'visit',
            type: 'single_choice',
            other: options.length === 2,
            title: { en: title },
            options: options.map((id) => ({ id, label: { en: id.toUpperCase() } })),
          },
          ...extra,
        ],
      },
    ],
    endings: [{ id: 'end', title: { en: 'Thanks' } }],
  });

describe('export questions', () => {
  it('merges every published version, newest first', async () => {
    const owner = await makeUser(ctx);
    const ws = await makeWorkspace(ctx, owner);
    const v1 = version(['a', 'b'], [{ id: 'old', type: 'text', title: { en: 'Old' } }], 'Visit v1');
    const v2 = version(
      ['b', 'c', 'd'],
      [{ id: 'reach', type: 'contact', phone: true, title: { en: 'Reach' } }],
      'Visit v2',
    );
    const survey = await publishTestSurvey(ctx, ws.id, v1);
    await publishTestSurvey(ctx, ws.id, v2, { survey });
    const loaded = await inWorkspace(ctx.db, ws.id, (tx) => loadExportSurvey(tx, ws.id, survey.surveyId));
    const visit = loaded.questions.find((q) => q.id === 'visit')!;
    expect(visit.title).toEqual({ en: 'Visit v2' });
    expect(visit.options.map((o) => o.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(visit.other).toBe(true); // v1 had the box: its answers may carry own text
    expect(loaded.questions.map((q) => q.id).sort()).toEqual(['old', 'reach', 'visit']);
    expect(loaded.questions.find((q) => q.id === 'reach')!.contact).toEqual({ email: false, phone: true });
  });
});
