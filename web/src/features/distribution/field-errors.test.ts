import { describe, expect, it } from 'vitest';
import { formFieldFor } from './field-errors';

const registered = [
  ['name'],
  ['settings', 'allowedOrigins'],
  ['settings', 'templates', 'en', 'body'],
  ['settings', 'reminders', 'max'],
];

describe('formFieldFor', () => {
  it('finds the field a path names, or the field an item of it belongs to', () => {
    expect(formFieldFor('name', registered)).toEqual(['name']);
    expect(formFieldFor('settings.allowedOrigins.0', registered)).toEqual(['settings', 'allowedOrigins']);
    expect(formFieldFor('settings.templates.en.body', registered)).toEqual([
      'settings',
      'templates',
      'en',
      'body',
    ]);
    expect(formFieldFor('settings.reminders.max', registered)).toEqual(['settings', 'reminders', 'max']);
  });

  it('says null for a path the form has no field for', () => {
    expect(formFieldFor('settings.samplePercent', registered)).toBeNull();
    expect(formFieldFor('settings', registered)).toBeNull();
    expect(formFieldFor('locationId', registered)).toBeNull();
  });
});
