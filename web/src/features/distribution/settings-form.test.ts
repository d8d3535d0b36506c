import { describe, expect, it } from 'vitest';
import { createDistributionBody } from '../../../../common/distribution/distributions';
import { toFormValues, toSettings } from './settings-form';
import { KINDS } from './kinds';

describe('toSettings', () => {
  it('makes settings the API accepts from the form as each kind starts', () => {
    for (const kind of KINDS) {
      const settings = toSettings(kind, toFormValues(kind, {}));
      const parsed = createDistributionBody.safeParse({ kind, name: 'x', settings });
      expect(parsed.success, `${kind}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('turns blank texts into none and sends only the languages that were written', () => {
    const settings = toSettings('widget', {
      ...toFormValues('widget', {}),
      urlPattern: '  ',
      event: ' purchase ',
      scrollPercent: null,
      allowedOrigins: ['https://shop.example.com'],
    });
    expect(settings).toMatchObject({
      urlPattern: null,
      event: 'purchase',
      scrollPercent: null,
      allowedOrigins: ['https://shop.example.com'],
    });
    expect(toSettings('qr', { callToAction: { en: ' Scan me ', 'zh-CN': '', es: undefined } })).toEqual({
      callToAction: { en: 'Scan me' },
    });
  });

  it('sends templates, the first question and the trigger only where they belong', () => {
    const values = {
      ...toFormValues('email', {}),
      templates: {
        en: { subject: 'How was {{survey}}?', body: 'Hi {{name}}, {{link}}' },
        'zh-CN': { subject: '', body: '' },
      },
      trigger: { enabled: true, afterDays: 2, locationIds: [], channels: ['web'] },
    };
    expect(toSettings('email', values)).toEqual({
      templates: { en: { subject: 'How was {{survey}}?', body: 'Hi {{name}}, {{link}}' } },
      embedFirstQuestion: true,
      reminders: { afterDays: 3, max: 1 },
      trigger: { on: 'order', afterDays: 2, locationIds: [], channels: ['web'] },
    });
    const sms = toSettings('sms', { ...values, wechatTemplateId: 'tpl' });
    expect(sms.templates).toEqual({ en: { body: 'Hi {{name}}, {{link}}' } });
    expect(sms).not.toHaveProperty('embedFirstQuestion');
    expect(sms).not.toHaveProperty('wechatTemplateId');
    expect(toSettings('wechat', { ...values, wechatTemplateId: ' tpl-1 ' })).toMatchObject({
      wechatTemplateId: 'tpl-1',
    });
    expect(toSettings('email', { ...values, trigger: { enabled: false, afterDays: 2 } }).trigger).toBeNull();
  });

  it('reads saved settings back into the form unchanged', () => {
    const saved = {
      templates: { es: { subject: 'Hola', body: 'Cuéntanos: {{link}}' } },
      embedFirstQuestion: false,
      reminders: { afterDays: 5, max: 2 },
      trigger: { on: 'order', afterDays: 10, locationIds: [], channels: ['store'] },
    };
    const values = toFormValues('email', saved);
    expect(values.trigger).toEqual({ enabled: true, ...saved.trigger });
    expect(toSettings('email', values)).toEqual(saved);
  });
});
