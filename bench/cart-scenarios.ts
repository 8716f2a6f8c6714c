import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { users } from '../src/modules/account/account.tables.js';
import { products, variants } from '../src/modules/catalog/catalog.tables.js';
import { seedDemoShippingAndTax } from '../src/seed/demo-shipping.js';
import type { Scenario } from './measure.js';
import { CART, CART_ADD_ITEM, CHECKOUT } from './operations.js';

/** The bench's cart and checkout scenarios, and the set-up calls that prepare them over the API. */

/** Runs one GraphQL operation against the app during set-up and fails loudly on any error. */
export async function call(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  if (!response.ok || /"errors":\[\{/.test(text)) throw new Error(`set-up failed: ${text.slice(0, 1000)}`);
  return (JSON.parse(text) as { data: unknown }).data;
}

/** Runs `task` for 0..count-1, `parallel` at a time, keeping the results in order. */
async function inBatches<T>(count: number, parallel: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, k) => task(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

const SHOPPER_ADDRESS = {
  name: 'Ada Shopper',
  line1: '1 Main St',
  city: 'Los Angeles',
  region: 'CA',
  postalCode: '90001',
  country: 'US',
};

/**
 * Signs up `count` customers (emails `<prefix>-<i>@example.com`) through the API and readies a cart for
 * each (address, STANDARD shipping): every other one holds the hot variant plus another, the rest two of
 * the other 1,999 variants. Answers each one's access token.
 */
async function readyCarts(
  graphql: string,
  picked: { id: string }[],
  prefix: string,
  count: number,
): Promise<{ email: string; headers: Record<string, string> }[]> {
  const [hot, ...others] = picked.map((v) => v.id);
  const other = (n: number) => others[n % others.length] as string;
  return inBatches(count, 10, async (i) => {
    const email = `${prefix}-${i}@example.com`;
    const password = 'bench password 1';
    await call(
      graphql,
      'mutation($input: AccountRegisterInput!) { accountRegister(input: $input) { errors { code } } }',
      {
        input: { email, name: 'Bench Shopper', password },
      },
    );
    const login = (await call(
      graphql,
      'mutation($input: AccountLoginInput!) { accountLogin(input: $input) { accessToken errors { code } } }',
      { input: { email, password } },
    )) as { accountLogin: { accessToken: string } };
    const headers = { authorization: `Bearer ${login.accountLogin.accessToken}` };
    const items = i % 2 === 0 ? [hot as string, other(i * 13)] : [other(i * 7), other(i * 7 + 1)];
    for (const variantId of items)
      await call(graphql, CART_ADD_ITEM, { input: { variantId, quantity: 1 } }, headers);
    await call(
      graphql,
      'mutation($input: CartSetShippingAddressInput!) { cartSetShippingAddress(input: $input) { errors { code } } }',
      { input: { address: SHOPPER_ADDRESS } },
      headers,
    );
    await call(
      graphql,
      'mutation { cartSetShippingMethod(input: { code: "STANDARD" }) { errors { code } } }',
      {},
      headers,
    );
    return { email, headers };
  });
}

/**
 * Checkout: 1,000 signed-in customers with ready carts (readyCarts), each checking out by card
 * (4242...) exactly once, so req/s are orders per second.
 */
async function checkoutScenario(graphql: string, picked: { id: string }[]): Promise<Scenario> {
  const customers = (await readyCarts(graphql, picked, 'bench-shopper', 1002)).map(({ headers }, i) => {
    const card = { number: '4242424242424242', expMonth: 12, expYear: 2035, cvc: '123' };
    const input = { idempotencyKey: `bench-checkout-${i}`, paymentMethod: 'CARD', card };
    return { body: JSON.stringify({ query: CHECKOUT, variables: { input } }), headers };
  });
  const [first, counted, ...rest] = customers;
  return {
    name: 'checkout',
    description:
      '1,000 customers check out once each by card (half of them buying one hot variant); req/s = orders/s',
    url: graphql,
    body: first?.body ?? '',
    headers: first?.headers,
    load: rest,
    once: true,
    countWith: counted,
    target: 'app',
  };
}

/**
 * The checkout floor's load (floor-server.ts, FLOOR_CHECKOUT_SQL): 1,000 other customers with the same
 * carts as the checkout scenario's, as request bodies for the floor's `/checkout` (user id and key).
 */
export async function checkoutFloorLoad(db: Database, graphql: string): Promise<{ body: string }[]> {
  const ready = await readyCarts(graphql, await benchVariants(db), 'bench-floor-shopper', 1001);
  const ids = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        ready.map((r) => r.email),
      ),
    );
  const idOf = new Map(ids.map((u) => [u.email, u.id]));
  return ready.map(({ email }, i) => ({
    body: JSON.stringify({ userId: idOf.get(email), idempotencyKey: `bench-floor-checkout-${i}` }),
  }));
}

/** The 2,000 variants the cart scenarios use (ACTIVE products, first by id), given ample stock by cartScenarios. */
function benchVariants(db: Database): Promise<{ id: string }[]> {
  return db
    .select({ id: variants.id })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(products.status, 'ACTIVE'))
    .orderBy(variants.id)
    .limit(2000);
}

/**
 * Cart scenarios: one guest cart of 5 lines with a destination and a shipping method to read, and
 * 200 guest carts that adds are spread over (round-robin over 2,000 variants given ample stock, so
 * adds never run into the stock or line limits and always take the full path).
 */
export async function cartScenarios(db: Database, graphql: string): Promise<Scenario[]> {
  await seedDemoShippingAndTax(db);
  const picked = await benchVariants(db);
  await db
    .update(variants)
    .set({ stock: 1_000_000 })
    .where(
      inArray(
        variants.id,
        picked.map((v) => v.id),
      ),
    );
  const createCart = async () =>
    (
      (await call(graphql, 'mutation { cartCreate { cartToken } }', {})) as {
        cartCreate: { cartToken: string };
      }
    ).cartCreate.cartToken;

  const readToken = await createCart();
  const asReader = { 'x-cart-token': readToken };
  for (const variant of picked.slice(0, 5)) {
    await call(graphql, CART_ADD_ITEM, { input: { variantId: variant.id, quantity: 2 } }, asReader);
  }
  const address = SHOPPER_ADDRESS;
  await call(
    graphql,
    'mutation($input: CartSetShippingAddressInput!) { cartSetShippingAddress(input: $input) { errors { code } } }',
    { input: { address } },
    asReader,
  );
  await call(
    graphql,
    'mutation { cartSetShippingMethod(input: { code: "STANDARD" }) { errors { code } } }',
    {},
    asReader,
  );

  const tokens: string[] = [];
  for (let i = 0; i < 200; i++) tokens.push(await createCart());
  const adds = Array.from({ length: 1000 }, (_, i) => ({
    body: JSON.stringify({
      query: CART_ADD_ITEM,
      variables: { input: { variantId: picked[(i * 7) % picked.length]?.id, quantity: 1 } },
    }),
    headers: { 'x-cart-token': tokens[i % tokens.length] as string },
  }));
  return [
    await checkoutScenario(graphql, picked),
    {
      name: 'cart read',
      description:
        'cart of 5 lines with a destination and method: lines, availableShippingMethods, totals, warnings',
      url: graphql,
      body: JSON.stringify({ query: CART }),
      headers: asReader,
      target: 'app',
    },
    {
      name: 'cartAddItem',
      description:
        'adds 1 unit, round-robin over 200 guest carts and 2,000 variants; returns the line and cart totals',
      url: graphql,
      body: adds[0]?.body ?? '',
      headers: adds[0]?.headers,
      load: adds,
      target: 'app',
    },
  ];
}
