// Database rows → the API's customer shapes.
import type { CustomerProfile } from './get-customer';
import type { SummaryRow } from './list-customers';
import type { ValueRow } from './store';

export function presentValue(v: ValueRow) {
  return {
    recencyDays: v.recency_days,
    frequency: v.frequency,
    monetary: Number(v.monetary),
    r: v.r,
    f: v.f,
    m: v.m,
    rfmSegment: v.rfm_segment,
    clv: Number(v.clv),
    consumerType: v.consumer_type,
    consumerRule: v.consumer_rule,
    computedAt: v.computed_at.toISOString(),
  };
}

export function presentCustomer({ customer: c, identities, value }: CustomerProfile) {
  return {
    id: c.id,
    name: c.name,
    attributes: c.attributes,
    tags: c.tags,
    language: c.language,
    preferredChannel: c.preferred_channel,
    timeZone: c.time_zone,
    consent: c.consent,
    identities: identities.map((i) => ({
      kind: i.kind,
      value: i.value,
      source: i.source,
      createdAt: i.created_at.toISOString(),
    })),
    value: value ? presentValue(value) : null,
    createdAt: c.created_at.toISOString(),
    updatedAt: c.updated_at.toISOString(),
  };
}

export function presentSummary(c: SummaryRow) {
  return {
    id: c.id,
    name: c.name,
    tags: c.tags,
    email: c.email,
    phone: c.phone,
    rfmSegment: c.rfm_segment,
    consumerType: c.consumer_type,
    createdAt: c.created_at.toISOString(),
  };
}
