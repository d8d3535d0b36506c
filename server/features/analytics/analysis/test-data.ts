// Test fixture of the analysis tests: a survey with an NPS question, an overall rating, a matrix of
// attribute ratings, importance–performance pairs and two choice questions.
import { surveyDefinitionSchema, type SurveyDefinition } from '../../../../common/survey/definition';

const five = [1, 2, 3, 4, 5].map((value) => ({ value, label: { en: String(value) } }));

export const analysisSurvey: SurveyDefinition = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en', 'es'],
  pages: [
    {
      id: 'p1',
      questions: [
        { id: 'nps', type: 'nps', title: { en: 'Recommend us?', es: '¿Nos recomendaría?' } },
        {
          id: 'overall',
          type: 'rating',
          points: 5,
          title: { en: 'Overall satisfaction', es: 'Satisfacción' },
        },
        {
          id: 'service',
          type: 'matrix',
          title: { en: 'Rate our service' },
          rows: [
            { id: 'speed', label: { en: 'Speed', es: 'Rapidez' } },
            { id: 'staff', label: { en: 'Staff' } },
            { id: 'price', label: { en: 'Price' } },
          ],
          scale: five,
        },
        ...(['price', 'quality', 'wait', 'decor'] as const).map((id) => ({
          id: `ip_${id}`,
          type: 'importance_performance' as const,
          points: 5 as const,
          title: { en: id[0]!.toUpperCase() + id.slice(1) },
        })),
        {
          id: 'visit',
          type: 'single_choice',
          title: { en: 'How did you visit?' },
          options: [
            { id: 'in', label: { en: 'In store', es: 'En tienda' } },
            { id: 'out', label: { en: 'Takeaway', es: 'Para llevar' } },
            { id: 'online', label: { en: 'Online', es: 'En línea' } },
          ],
        },
        {
          id: 'extras',
          type: 'multiple_choice',
          title: { en: 'What else did you buy?' },
          options: [
            { id: 'coffee', label: { en: 'Coffee' } },
            { id: 'cake', label: { en: 'Cake' } },
          ],
        },
        { id: 'comment', type: 'text', title: { en: 'Anything else?' } },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { en: 'Thanks' } }],
});
