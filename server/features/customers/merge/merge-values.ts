// What the surviving customer B looks like after A is merged into it: B's values win, A fills
// B's blanks (name, language, preferred channel, attributes B lacks, consent for channels B has
// no record of), and tags are the union.
import type { CustomerRow } from '../store';

export type MergedValues = Pick<
  CustomerRow,
  'name' | 'attributes' | 'tags' | 'language' | 'preferred_channel' | 'consent'
>;

export function mergeValues(target: CustomerRow, source: CustomerRow): MergedValues {
  return {
    name: target.name.trim() ? target.name : source.name,
    attributes: { ...source.attributes, ...target.attributes },
    tags: [...new Set([...target.tags, ...source.tags])],
    language: target.language ?? source.language,
    preferred_channel: target.preferred_channel ?? source.preferred_channel,
    consent: { ...source.consent, ...target.consent },
  };
}
