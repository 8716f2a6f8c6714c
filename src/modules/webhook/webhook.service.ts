import { randomUUID } from 'node:crypto';
import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../graphql/app-context.js';
import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { type Connection, LazyConnection, type PageArgs, paginateTable } from '../../graphql/pagination.js';
import { resolvePublicAddresses } from './address-guard.js';
import { checkEndpointEvents, checkEndpointUrl, MAX_DESCRIPTION_LENGTH } from './webhook.rules.js';
import {
  type WebhookDeliveryAttemptRow,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookEndpoints,
} from './webhook.tables.js';
import { encryptWebhookSecret, generateWebhookSecret } from './webhook-secret.js';

/**
 * Administration of outgoing webhook endpoints and their delivery log. Every rule lives here; the
 * resolver only checks the admin role. The signing secret is returned in clear exactly twice in an
 * endpoint's life: by create and by rotate. It is stored encrypted (webhook-secret.ts).
 */

interface HasApp {
  app: AppContext;
}

export interface EndpointInput {
  url?: string | null | undefined;
  events?: readonly string[] | null | undefined;
  description?: string | null | undefined;
  active?: boolean | null | undefined;
}

export interface EndpointResult {
  endpoint: WebhookEndpointRow | null;
  /** The clear signing secret: only from create and rotate. */
  secret: string | null;
  errors: UserError[];
}

const notFoundResult = (): EndpointResult => ({
  endpoint: null,
  secret: null,
  errors: [userError(['input', 'id'], ErrorCode.NOT_FOUND, 'No webhook endpoint with this id.')],
});

const failed = (errors: UserError[]): EndpointResult => ({ endpoint: null, secret: null, errors });

/**
 * Validates what is given (everything on create, the given fields on update). The host check resolves
 * DNS, so it runs only once the rest is valid.
 */
async function validate(
  ctx: HasApp,
  input: EndpointInput,
  creating: boolean,
): Promise<{ errors: UserError[]; values: Partial<WebhookEndpointRow> }> {
  const errors: UserError[] = [];
  const values: Partial<WebhookEndpointRow> = {};
  let host: string | null = null;
  if (creating || input.url != null) {
    const check = checkEndpointUrl(input.url ?? '');
    if (check.ok) {
      values.url = check.url.toString();
      host = check.url.hostname;
    } else errors.push(userError(['input', 'url'], ErrorCode.INVALID_INPUT, check.message));
  }
  if (creating || input.events != null) {
    const check = checkEndpointEvents(input.events ?? []);
    if (check.ok) values.events = check.events;
    else errors.push(userError(['input', 'events'], ErrorCode.INVALID_INPUT, check.message));
  }
  if (input.description !== undefined) {
    const description = input.description?.trim() || null;
    if (description && description.length > MAX_DESCRIPTION_LENGTH) {
      errors.push(
        userError(
          ['input', 'description'],
          ErrorCode.INVALID_INPUT,
          `The description must be at most ${MAX_DESCRIPTION_LENGTH} characters long.`,
        ),
      );
    } else values.description = description;
  }
  if (input.active != null) values.active = input.active;
  if (errors.length === 0 && host !== null && !ctx.app.config.webhooks.allowPrivateUrls) {
    const check = await resolvePublicAddresses(host);
    if (!check.ok) errors.push(userError(['input', 'url'], ErrorCode.URL_NOT_ALLOWED, check.message));
  }
  return { errors, values };
}

export async function createEndpoint(
  ctx: HasApp,
  input: EndpointInput,
  adminId: string | null,
): Promise<EndpointResult> {
  const { errors, values } = await validate(ctx, input, true);
  if (errors.length > 0) return failed(errors);
  const id = randomUUID();
  const secret = generateWebhookSecret();
  const [endpoint] = await ctx.app.db
    .insert(webhookEndpoints)
    .values({
      id,
      url: values.url as string,
      events: values.events as string[],
      description: values.description ?? null,
      active: values.active ?? true,
      secretCiphertext: encryptWebhookSecret(ctx.app.config.jwtSecret, secret, id),
      createdBy: adminId,
    })
    .returning();
  return { endpoint: endpoint ?? null, secret, errors: [] };
}

export async function updateEndpoint(ctx: HasApp, id: string, input: EndpointInput): Promise<EndpointResult> {
  if (!(await getEndpoint(ctx, id))) return notFoundResult();
  const { errors, values } = await validate(ctx, input, false);
  if (errors.length > 0) return failed(errors);
  const [endpoint] = await ctx.app.db
    .update(webhookEndpoints)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(webhookEndpoints.id, id))
    .returning();
  return endpoint ? { endpoint, secret: null, errors: [] } : notFoundResult();
}

/** A new secret replaces the old one at once: the next delivery attempt is signed with it. */
export async function rotateSecret(ctx: HasApp, id: string): Promise<EndpointResult> {
  if (!isUuid(id)) return notFoundResult();
  const secret = generateWebhookSecret();
  const [endpoint] = await ctx.app.db
    .update(webhookEndpoints)
    .set({
      secretCiphertext: encryptWebhookSecret(ctx.app.config.jwtSecret, secret, id),
      updatedAt: new Date(),
    })
    .where(eq(webhookEndpoints.id, id))
    .returning();
  return endpoint ? { endpoint, secret, errors: [] } : notFoundResult();
}

/** Deletes the endpoint with its deliveries and their attempts (cascade); pending ones are never sent. */
export async function deleteEndpoint(
  ctx: HasApp,
  id: string,
): Promise<{ deletedId: string | null; errors: UserError[] }> {
  if (!isUuid(id)) return { deletedId: null, errors: notFoundResult().errors };
  const deleted = await ctx.app.db
    .delete(webhookEndpoints)
    .where(eq(webhookEndpoints.id, id))
    .returning({ id: webhookEndpoints.id });
  return deleted[0]
    ? { deletedId: deleted[0].id, errors: [] }
    : { deletedId: null, errors: notFoundResult().errors };
}

export async function getEndpoint(ctx: HasApp, id: string): Promise<WebhookEndpointRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await ctx.app.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row ?? null;
}

/** Every endpoint, newest first. */
export function listEndpoints(ctx: HasApp, args: PageArgs): Promise<Connection<WebhookEndpointRow>> {
  return paginateTable(ctx.app.db, webhookEndpoints, [], args, {
    column: webhookEndpoints.createdAt,
    sqlType: 'timestamptz',
    value: (row) => row.createdAt,
    direction: 'desc',
  });
}

export type DeliveryStatus = WebhookDeliveryRow['status'];

export interface DeliveryWithAttempts extends WebhookDeliveryRow {
  attemptLog: WebhookDeliveryAttemptRow[];
}

/** These deliveries, each with its attempts (one query for all). */
export async function withAttempts(
  ctx: HasApp,
  deliveries: WebhookDeliveryRow[],
): Promise<DeliveryWithAttempts[]> {
  const ids = deliveries.map((d) => d.id);
  const attempts =
    ids.length === 0
      ? []
      : await ctx.app.db
          .select()
          .from(webhookDeliveryAttempts)
          .where(inArray(webhookDeliveryAttempts.deliveryId, ids))
          .orderBy(asc(webhookDeliveryAttempts.deliveryId), asc(webhookDeliveryAttempts.attempt));
  const byDelivery = new Map<string, WebhookDeliveryAttemptRow[]>();
  for (const attempt of attempts) {
    const list = byDelivery.get(attempt.deliveryId) ?? [];
    list.push(attempt);
    byDelivery.set(attempt.deliveryId, list);
  }
  return deliveries.map((d) => ({ ...d, attemptLog: byDelivery.get(d.id) ?? [] }));
}

/**
 * One endpoint's deliveries, newest first, each with its attempts (one more query for the whole page);
 * null when the endpoint does not exist.
 */
export async function listDeliveries(
  ctx: HasApp,
  endpointId: string,
  status: DeliveryStatus | null | undefined,
  args: PageArgs,
): Promise<Connection<DeliveryWithAttempts> | null> {
  if (!(await getEndpoint(ctx, endpointId))) return null;
  const conditions: SQL[] = [eq(webhookDeliveries.endpointId, endpointId)];
  if (status) conditions.push(eq(webhookDeliveries.status, status));
  const page = await paginateTable(ctx.app.db, webhookDeliveries, conditions, args, {
    column: webhookDeliveries.createdAt,
    sqlType: 'timestamptz',
    value: (row) => row.createdAt,
    direction: 'desc',
  });
  const nodes = await withAttempts(ctx, page.nodes);
  const edges = page.edges.map((edge, i) => ({
    cursor: edge.cursor,
    node: nodes[i] as DeliveryWithAttempts,
  }));
  return new LazyConnection(edges, nodes, page.pageInfo, () => page.totalCount);
}
