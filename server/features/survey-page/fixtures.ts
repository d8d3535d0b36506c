// A ten-question survey with one question of most types, display logic, a jump, piping and two
// endings: the survey page's render tests and its size budget use it.
import type { SurveyDefinition } from '../../../common/survey/definition';
import { surveyDefinitionSchema } from '../../../common/survey/definition';

const label = (en: string, es: string) => ({ en, es });
const options = (...ids: string[]) => ids.map((id) => ({ id, label: label(id.toUpperCase(), id) }));

export const tenQuestionSurvey: SurveyDefinition = surveyDefinitionSchema.parse({
  defaultLanguage: 'en',
  languages: ['en', 'es'],
  hiddenFields: [{ name: 'store' }],
  pages: [
    {
      id: 'first',
      title: label('About your visit to {{h:store}}', 'Sobre su visita a {{h:store}}'),
      questions: [
        {
          id: 'nps',
          type: 'nps',
          required: true,
          title: label('How likely are you to recommend us?', '¿Nos recomendaría?'),
        },
        {
          id: 'stars',
          type: 'rating',
          points: 5,
          display: 'stars',
          title: label('Rate the food', 'Valore la comida'),
        },
        {
          id: 'visit',
          type: 'single_choice',
          other: true,
          required: true,
          title: label('How did you visit?', '¿Cómo nos visitó?'),
          options: options('dine_in', 'takeaway'),
        },
      ],
      jumps: [{ if: { question: 'nps', op: 'gte', value: 9 }, to: { page: 'last' } }],
    },
    {
      id: 'middle',
      questions: [
        {
          id: 'issues',
          type: 'multiple_choice',
          maxPicks: 2,
          other: true,
          displayIf: { question: 'nps', op: 'lte', value: 6 },
          title: label('What went wrong?', '¿Qué salió mal?'),
          options: options('wait', 'food', 'staff'),
        },
        {
          id: 'grid',
          type: 'matrix',
          required: true,
          title: label('Rate each part of your visit', 'Valore cada parte'),
          rows: options('welcome', 'speed'),
          scale: [
            { value: 1, label: label('Poor', 'Mal') },
            { value: 2, label: label('Fair', 'Regular') },
            { value: 3, label: label('Good', 'Bien') },
          ],
        },
        {
          id: 'order',
          type: 'ranking',
          title: label('Rank what matters most', 'Ordene lo más importante'),
          options: options('price', 'taste', 'service'),
        },
        { id: 'ip', type: 'importance_performance', points: 5, title: label('Cleanliness', 'Limpieza') },
      ],
    },
    {
      id: 'last',
      questions: [
        {
          id: 'comment',
          type: 'text',
          multiline: true,
          maxLength: 500,
          title: label('You gave us {{q:nps}}. Why?', 'Nos dio {{q:nps}}. ¿Por qué?'),
        },
        { id: 'ok', type: 'consent', title: label('May we contact you?', '¿Podemos contactarle?') },
        {
          id: 'reach',
          type: 'contact',
          email: true,
          phone: true,
          required: true,
          displayIf: { question: 'ok', op: 'eq', value: true },
          title: label('How can we reach you?', '¿Cómo le contactamos?'),
        },
      ],
    },
  ],
  endings: [
    {
      id: 'fans',
      if: { question: 'nps', op: 'gte', value: 9 },
      title: label('Thanks, fan from {{h:store}}!', '¡Gracias!'),
    },
    {
      id: 'end',
      title: label('Thank you', 'Gracias'),
      message: label('We read every answer.', 'Leemos todo.'),
    },
  ],
  theme: { accent: '#fbbf24' },
});
