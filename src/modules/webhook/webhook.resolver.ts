import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { mapConnection, PageArgsType } from '../../graphql/pagination.js';
import * as webhooks from './webhook.service.js';
import {
  toWebhookDelivery,
  toWebhookEndpoint,
  WebhookCreateInput,
  WebhookDeletePayload,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointConnection,
  WebhookIdInput,
  WebhookPayload,
  WebhookSecretPayload,
  WebhookUpdateInput,
} from './webhook.types.js';

/** Outgoing webhooks: endpoints and their delivery log. Admin only. */
@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Auth('ADMIN')
  @Query(() => WebhookEndpointConnection, {
    description: 'Every webhook endpoint, newest first. Admin only.',
  })
  async webhooks(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: RequestContext) {
    return mapConnection(await webhooks.listEndpoints(ctx, args), toWebhookEndpoint);
  }

  @Auth('ADMIN')
  @Query(() => WebhookEndpoint, {
    nullable: true,
    description: 'One webhook endpoint; null when there is none. Admin only.',
  })
  async webhook(
    @Arg('id', () => ID, { description: 'Id of the endpoint.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookEndpoint | null> {
    const row = await webhooks.getEndpoint(ctx, id);
    return row ? toWebhookEndpoint(row) : null;
  }

  @Auth('ADMIN')
  @Query(() => WebhookDeliveryConnection, {
    description:
      "An endpoint's deliveries, newest first, each with every attempt. NOT_FOUND when the endpoint does not exist. Admin only.",
  })
  async webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const page = await webhooks.listDeliveries(ctx, args.filter.endpointId, args.filter.status, args);
    if (!page) throw notFound('Webhook endpoint');
    return mapConnection(page, toWebhookDelivery);
  }

  @Auth('ADMIN')
  @Mutation(() => WebhookSecretPayload, {
    description:
      'Registers an endpoint and returns its signing secret, shown only here. Errors: INVALID_INPUT (url, events, ' +
      'description), URL_NOT_ALLOWED (the host is not public or cannot be resolved).',
  })
  async webhookCreate(
    @Arg('input', () => WebhookCreateInput, { description: 'The new endpoint.' }) input: WebhookCreateInput,
    @Ctx() ctx: RequestContext,
  ) {
    const viewer = await ctx.viewer();
    return secretPayload(await webhooks.createEndpoint(ctx, input, viewer?.id ?? null));
  }

  @Auth('ADMIN')
  @Mutation(() => WebhookPayload, {
    description: 'Changes an endpoint; omitted fields stay. Errors: as webhookCreate, and NOT_FOUND.',
  })
  async webhookUpdate(
    @Arg('input', () => WebhookUpdateInput, { description: 'The endpoint and its changes.' })
    input: WebhookUpdateInput,
    @Ctx() ctx: RequestContext,
  ) {
    const result = await webhooks.updateEndpoint(ctx, input.id, input);
    return Object.assign(new WebhookPayload(), {
      errors: result.errors,
      webhook: result.endpoint && toWebhookEndpoint(result.endpoint),
    });
  }

  @Auth('ADMIN')
  @Mutation(() => WebhookSecretPayload, {
    description:
      'Replaces the signing secret; the next delivery attempt is signed with the new one, shown only here. Errors: NOT_FOUND.',
  })
  async webhookRotateSecret(
    @Arg('input', () => WebhookIdInput, { description: 'The endpoint.' }) input: WebhookIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    return secretPayload(await webhooks.rotateSecret(ctx, input.id));
  }

  @Auth('ADMIN')
  @Mutation(() => WebhookDeletePayload, {
    description:
      'Deletes an endpoint with its delivery log; deliveries not sent yet are dropped. Errors: NOT_FOUND.',
  })
  async webhookDelete(
    @Arg('input', () => WebhookIdInput, { description: 'The endpoint to delete.' }) input: WebhookIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    return Object.assign(new WebhookDeletePayload(), await webhooks.deleteEndpoint(ctx, input.id));
  }
}

function secretPayload(result: webhooks.EndpointResult): WebhookSecretPayload {
  return Object.assign(new WebhookSecretPayload(), {
    errors: result.errors,
    webhook: result.endpoint && toWebhookEndpoint(result.endpoint),
    secret: result.endpoint ? result.secret : null,
  });
}
