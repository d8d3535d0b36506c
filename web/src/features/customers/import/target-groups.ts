// Where an imported column can go (the import API's targets): nowhere, the name, one of the six
// identity kinds, tags, language, time zone, preferred channel, consent per channel, or a custom field.
import type { TFunction } from 'i18next';
import { CONSENT_CHANNELS, IDENTITY_KINDS, type CustomerField } from '../../../api/customers';
import { channelName, identityKindName } from '../labels';
import { IGNORE } from './targets';

export interface TargetGroup {
  label: string;
  options: { value: string; label: string }[];
}

export function targetGroups(t: TFunction, fields: readonly CustomerField[]): TargetGroup[] {
  const groups: TargetGroup[] = [
    {
      label: t('customers.import.targetGroups.profile'),
      options: [
        { value: IGNORE, label: t('customers.import.ignore') },
        { value: 'name', label: t('customers.fields.name') },
        { value: 'tags', label: t('customers.fields.tags') },
        { value: 'language', label: t('customers.fields.language') },
        { value: 'time_zone', label: t('customers.fields.timeZone') },
        { value: 'preferred_channel', label: t('customers.fields.preferredChannel') },
      ],
    },
    {
      label: t('customers.identities.title'),
      options: IDENTITY_KINDS.map((k) => ({ value: k, label: identityKindName(t, k) })),
    },
    {
      label: t('customers.consent.title'),
      options: CONSENT_CHANNELS.map((ch) => ({
        value: `consent.${ch}`,
        label: t('customers.import.consentFor', { channel: channelName(t, ch) }),
      })),
    },
  ];
  if (fields.length > 0) {
    groups.push({
      label: t('customers.attributes.title'),
      options: fields.map((f) => ({ value: `attribute.${f.key}`, label: f.label })),
    });
  }
  return groups;
}
