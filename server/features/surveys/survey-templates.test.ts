// Templates: the built-in ones and those a workspace saves from its surveys.
import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from '../../../common/survey/definition';
import { storeVisitInput, storeVisitSurvey } from '../../../common/survey/fixtures';
import { BUILT_IN_TEMPLATES } from '../../../common/survey/templates';
import { useTestApp } from '../../test/test-app';
import { questionCount } from './definitions';
import { ownerFactory } from './test-helpers';

const ctx = useTestApp();
const owner = ownerFactory(ctx);

describe('survey templates', () => {
  it('lists the built-in templates in gallery order, with their names in every console language', async () => {
    const { api, base } = await owner();
    const res = await api.get(`${base}/survey-templates`);
    expect(res.status).toBe(200);
    expect(res.body.workspace).toEqual([]);
    expect(res.body.builtIn.map((t: any) => t.key)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.key));
    for (const t of BUILT_IN_TEMPLATES) {
      const def = surveyDefinitionSchema.parse(t.definition);
      expect(res.body.builtIn.find((b: any) => b.key === t.key)).toEqual({
        key: t.key,
        category: t.category,
        name: t.name,
        description: t.description,
        languages: def.languages,
        questionCount: questionCount(def),
      });
    }
  });

  it('serves a built-in template’s parsed definition, and 404 for an unknown key', async () => {
    const { api, base } = await owner();
    const res = await api.get(`${base}/survey-templates/built-in/store-visit`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      definition: surveyDefinitionSchema.parse(
        BUILT_IN_TEMPLATES.find((t) => t.key === 'store-visit')!.definition,
      ),
    });
    const unknown = await api.get(`${base}/survey-templates/built-in/nope`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
  });

  it('saves a survey as a template, lists it newest first, serves and deletes it', async () => {
    const { api, base } = await owner();
    const survey = (
      await api.post(`${base}/surveys`, { name: 'Ours', from: { definition: storeVisitInput() } })
    ).body;
    const first = await api.post(`${base}/surveys/${survey.id}/save-as-template`, { name: 'First' });
    expect(first.status).toBe(201);
    expect(first.body.description).toBe('');
    await api.patch(`${base}/surveys/${survey.id}`, {
      draft: {
        defaultLanguage: 'es',
        languages: ['es'],
        pages: [{ id: 'p', questions: [{ id: 'q', type: 'csat', title: { es: '¿Satisfecho?' } }] }],
        endings: [{ id: 'fin', title: { es: 'Gracias' } }],
      },
    });
    const second = await api.post(`${base}/surveys/${survey.id}/save-as-template`, {
      name: 'Second',
      description: 'Spanish, short',
    });

    const list = await api.get(`${base}/survey-templates`);
    expect(list.body.workspace).toEqual([second.body, first.body]);
    expect(second.body).toMatchObject({ languages: ['es'], questionCount: 1, description: 'Spanish, short' });

    const got = await api.get(`${base}/survey-templates/${first.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ definition: storeVisitSurvey });

    expect((await api.post(`${base}/surveys/${survey.id}/save-as-template`, { name: '' })).status).toBe(400);

    expect((await api.delete(`${base}/survey-templates/${first.body.id}`)).status).toBe(204);
    expect((await api.get(`${base}/survey-templates/${first.body.id}`)).status).toBe(404);
    expect((await api.delete(`${base}/survey-templates/${first.body.id}`)).status).toBe(404);
    expect((await api.get(`${base}/survey-templates`)).body.workspace).toEqual([second.body]);
    // The survey made from a template keeps its own copy.
    const fromSecond = await api.post(`${base}/surveys`, {
      name: 'x',
      from: { workspaceTemplate: second.body.id },
    });
    await api.delete(`${base}/survey-templates/${second.body.id}`);
    expect((await api.get(`${base}/surveys/${fromSecond.body.id}`)).body.languages).toEqual(['es']);
  });
});
