// /api/v1/workspaces/:workspaceId/customers — customer profiles (M4): list and search, create,
// read, edit, identities; the workspace's custom fields. Merge, privacy, import, orders and
// events, timeline, value and segments have their own routes in the sub-folders.
import { z } from 'zod';
import { identityInputSchema } from '../../../common/customers/identities';
import { pageOf } from '../../../common/pagination';
import { inWorkspace } from '../../db/database';
import { authorize } from '../../platform/auth/authenticate';
import type { App } from '../../platform/http/types';
import { workspaceParams } from '../../platform/workspaces/schemas';
import { createCustomer } from './create-customer';
import {
  defineField,
  defineFieldBody,
  fieldParams,
  fieldSchema,
  listFields,
  removeField,
  updateField,
  updateFieldBody,
} from './customer-fields';
import { getCustomer } from './get-customer';
import { addIdentity, removeIdentity } from './identities';
import { listCustomers } from './list-customers';
import { presentCustomer, presentSummary } from './present';
import {
  createCustomerBody,
  customerListQuery,
  customerParams,
  customerSchema,
  customerSummarySchema,
  identityParams,
  updateCustomerBody,
} from './schemas';
import { updateCustomer } from './update-customer';

const tags = ['customers'];

export default async function customerRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/workspaces/:workspaceId/customers',
    {
      schema: {
        tags,
        summary:
          'Customers, newest first; search by name, email or phone (q); filter by tag, RFM segment, consumer type or segment',
        params: workspaceParams,
        querystring: customerListQuery,
        response: { 200: pageOf(customerSummarySchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.read');
      const page = await inWorkspace(db, actor.workspaceId, (tx) => listCustomers(tx, actor, req.query));
      return {
        items: page.items.map(presentSummary),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/customers',
    {
      schema: {
        tags,
        summary:
          'Create a customer with identities, attributes, tags and consent (409 identity_taken if an identity is someone else’s)',
        params: workspaceParams,
        body: createCustomerBody,
        response: { 201: customerSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.write');
      const profile = await inWorkspace(db, actor.workspaceId, async (tx) => {
        const created = await createCustomer(tx, actor, req.body, actor.apiKeyId ? 'api' : 'console');
        return getCustomer(tx, actor, created.id);
      });
      return reply.status(201).send(presentCustomer(profile));
    },
  );

  app.get(
    '/workspaces/:workspaceId/customers/:customerId',
    {
      schema: {
        tags,
        summary: 'One customer: profile, identities, value',
        params: customerParams,
        response: { 200: customerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.read');
      return presentCustomer(
        await inWorkspace(db, actor.workspaceId, (tx) => getCustomer(tx, actor, req.params.customerId)),
      );
    },
  );

  app.patch(
    '/workspaces/:workspaceId/customers/:customerId',
    {
      schema: {
        tags,
        summary:
          'Edit a customer: name, attributes (null removes one), tags, language, preferred channel, consent',
        params: customerParams,
        body: updateCustomerBody,
        response: { 200: customerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.write');
      const profile = await inWorkspace(db, actor.workspaceId, async (tx) => {
        await updateCustomer(tx, actor, req.params.customerId, req.body);
        return getCustomer(tx, actor, req.params.customerId);
      });
      return presentCustomer(profile);
    },
  );

  app.post(
    '/workspaces/:workspaceId/customers/:customerId/identities',
    {
      schema: {
        tags,
        summary:
          'Add an identity (normalised: lower-case email, E.164 phone); 409 identity_taken if another customer has it',
        params: customerParams,
        body: identityInputSchema,
        response: { 200: customerSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.write');
      const profile = await inWorkspace(db, actor.workspaceId, async (tx) => {
        await addIdentity(tx, actor, req.params.customerId, req.body);
        return getCustomer(tx, actor, req.params.customerId);
      });
      return presentCustomer(profile);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/customers/:customerId/identities/:kind/:value',
    {
      schema: {
        tags,
        summary: 'Remove an identity (the value as stored, URL-encoded)',
        params: identityParams,
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.write');
      await inWorkspace(db, actor.workspaceId, (tx) =>
        removeIdentity(tx, actor, req.params.customerId, req.params.kind, req.params.value),
      );
      return reply.status(204).send();
    },
  );

  app.get(
    '/workspaces/:workspaceId/customer-fields',
    {
      schema: {
        tags,
        summary: 'The custom customer fields',
        params: workspaceParams,
        response: { 200: z.array(fieldSchema) },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.read');
      return inWorkspace(db, actor.workspaceId, (tx) => listFields(tx, actor));
    },
  );

  app.post(
    '/workspaces/:workspaceId/customer-fields',
    {
      schema: {
        tags,
        summary: 'Define a custom field: text, number, date, boolean or choice',
        params: workspaceParams,
        body: defineFieldBody,
        response: { 201: fieldSchema },
      },
    },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.fields');
      return reply
        .status(201)
        .send(await inWorkspace(db, actor.workspaceId, (tx) => defineField(tx, actor, req.body)));
    },
  );

  app.patch(
    '/workspaces/:workspaceId/customer-fields/:fieldKey',
    {
      schema: {
        tags,
        summary: 'Relabel, reorder or change the options of a field',
        params: fieldParams,
        body: updateFieldBody,
        response: { 200: fieldSchema },
      },
    },
    async (req) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.fields');
      return inWorkspace(db, actor.workspaceId, (tx) =>
        updateField(tx, actor, req.params.fieldKey, req.body),
      );
    },
  );

  app.delete(
    '/workspaces/:workspaceId/customer-fields/:fieldKey',
    { schema: { tags, summary: 'Remove a field and its values from every customer', params: fieldParams } },
    async (req, reply) => {
      const actor = await authorize(req, req.params.workspaceId, 'customers.fields');
      await inWorkspace(db, actor.workspaceId, (tx) => removeField(tx, actor, req.params.fieldKey));
      return reply.status(204).send();
    },
  );
}
