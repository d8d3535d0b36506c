// A realistic store-visit survey used by the tests: NPS, a choice question, promoters skip to the
// end, a detractor-only question, a comment with piping, consent-gated contact and a hidden store.
import type { SurveyDefinition, SurveyDefinitionInput } from './definition';
import { surveyDefinitionSchema } from './definition';

/** A fresh copy each call, so a test can break it without touching the others. */
export function storeVisitInput(): SurveyDefinitionInput {
  return {
    defaultLanguage: 'en',
    languages: ['en', 'zh-CN', 'es'],
    hiddenFields: [{ name: 'store' }, { name: 'order_total' }],
    pages: [
      {
        id: 'score',
        questions: [
          {
            id: 'nps',
            type: 'nps',
            required: true,
            title: {
              en: 'How likely are you to recommend {{h:store}} to a friend?',
              'zh-CN': '您向朋友推荐{{h:store}}的可能性有多大？',
            },
          },
          {
            id: 'visit_type',
            type: 'single_choice',
            other: true,
            title: { en: 'How did you visit us?', 'zh-CN': '您的到店方式？' },
            options: [
              { id: 'dine_in', label: { en: 'Dine in', 'zh-CN': '堂食', es: 'Comer en el local' } },
              { id: 'takeaway', label: { en: 'Takeaway', 'zh-CN': '外带' } },
              { id: 'delivery', label: { en: 'Delivery', 'zh-CN': '外卖' } },
            ],
          },
        ],
        jumps: [{ if: { question: 'nps', op: 'gte', value: 9 }, to: { end: 'promoter_thanks' } }],
      },
      {
        id: 'details',
        title: { en: 'Tell us more', 'zh-CN': '请告诉我们更多' },
        questions: [
          {
            id: 'issues',
            type: 'multiple_choice',
            other: true,
            maxPicks: 3,
            displayIf: { question: 'nps', op: 'lte', value: 6 },
            title: { en: 'What went wrong?', 'zh-CN': '哪里做得不好？' },
            options: [
              { id: 'wait', label: { en: 'Waiting time', 'zh-CN': '等待时间' } },
              { id: 'food', label: { en: 'Food', 'zh-CN': '菜品' } },
              { id: 'staff', label: { en: 'Staff', 'zh-CN': '服务人员' } },
              { id: 'price', label: { en: 'Price', 'zh-CN': '价格' } },
            ],
          },
          {
            id: 'satisfaction',
            type: 'csat',
            required: true,
            title: { en: 'Overall, how satisfied were you?', 'zh-CN': '总体而言，您的满意度如何？' },
          },
          {
            id: 'comment',
            type: 'text',
            multiline: true,
            maxLength: 2000,
            title: {
              en: 'You gave {{h:store}} a {{q:nps}} for {{q:visit_type}}. What should we improve?',
              'zh-CN': '您给{{h:store}}的{{q:visit_type}}打了{{q:nps}}分。我们应该改进什么？',
            },
          },
        ],
      },
      {
        id: 'follow_up',
        questions: [
          { id: 'callback', type: 'consent', title: { en: 'May we contact you about your visit?' } },
          {
            id: 'contact',
            type: 'contact',
            email: true,
            phone: true,
            required: true,
            displayIf: { question: 'callback', op: 'eq', value: true },
            title: { en: 'How can we reach you?', 'zh-CN': '我们如何联系您？' },
          },
        ],
      },
    ],
    endings: [
      {
        id: 'promoter_thanks',
        if: { question: 'nps', op: 'gte', value: 9 },
        title: { en: 'Thank you! See you soon at {{h:store}}.', 'zh-CN': '谢谢！期待在{{h:store}}再见。' },
      },
      {
        id: 'sorry',
        if: { question: 'nps', op: 'lte', value: 6 },
        title: { en: 'We are sorry', 'zh-CN': '非常抱歉' },
        message: { en: 'A manager will read your comment today.' },
      },
      { id: 'default_end', title: { en: 'Thank you for your feedback', 'zh-CN': '感谢您的反馈' } },
    ],
    theme: { logoUrl: 'https://cdn.example.com/logo.png', accent: '#b91c1c' },
  };
}

export const storeVisitSurvey: SurveyDefinition = surveyDefinitionSchema.parse(storeVisitInput());
