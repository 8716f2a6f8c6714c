import { DateTime } from 'luxon';
import { between, createRng, mixSeed, pick, type Rng } from './seeded-random.js';

/**
 * The deterministic plan of an order history (`npm run seed -- --orders N --days D`): who buys what,
 * when, how they pay and what happens to the order afterwards. Pure: the same seed, sizes and `now`
 * give the same plan; order-history.ts carries it out through the services.
 *
 * Seasonality: a weekly pattern (weekends +30 %), a yearly one (November and December busier), slow
 * growth over the window, and local-time hours peaking in the evening. Customers live in six time zones,
 * so a Californian's 22:00 order is already the next day in UTC and in Berlin.
 */

export interface HistoryCustomer {
  index: number;
  email: string;
  name: string;
  zone: string;
  address: {
    name: string;
    line1: string;
    city: string;
    region: string | null;
    postalCode: string;
    country: string;
  };
}

/** What happens to a placed order, after its checkout. */
export type OrderFate =
  | 'DECLINED_CANCELLED' // card declined, the shopper cancels (never confirmed)
  | 'DECLINED_EXPIRED' // card declined, the reservation expires (never confirmed)
  | 'CANCELLED' // confirmed, cancelled by the shopper before shipping
  | 'FULFILLED' // shipped and delivered as time allows (cash collected on delivery)
  | 'FULL_REFUND' // refunded in full by staff (before or after shipping)
  | 'PARTIAL_REFUND' // part of the money back after delivery
  | 'RETURN'; // a line returned after delivery, refunded on receipt

/** One later step of an order, `afterMinutes` after its checkout. */
export interface PlannedStep {
  kind:
    | 'CANCEL'
    | 'EXPIRE'
    | 'SHIP'
    | 'DELIVER'
    | 'COLLECT_CASH'
    | 'REFUND_FULL'
    | 'REFUND_PARTIAL'
    | 'RETURN';
  afterMinutes: number;
}

export interface PlannedOrder {
  index: number;
  customer: number;
  at: Date;
  /** Indexes into the sellable variants, distinct, with quantities. */
  lines: { variant: number; quantity: number }[];
  coupon: string | null;
  paymentMethod: 'CARD' | 'CASH_ON_DELIVERY';
  shippingMethod: 'STANDARD' | 'EXPRESS' | 'NEXT_DAY';
  declined: boolean;
  fate: OrderFate;
  /** Steps after checkout, in time order, only those before `now`. */
  steps: PlannedStep[];
  /** Share (percent) of the order's total a partial refund gives back. */
  refundPercent: number;
}

export const HISTORY_EMAIL_DOMAIN = 'history.example.com';
export const HISTORY_COUPONS = [
  { code: 'HISTORY10', type: 'PERCENTAGE', value: '10' },
  { code: 'HISTORY5', type: 'FIXED_AMOUNT', value: '5.00', minSubtotal: '30.00' },
] as const;

const PLACES = [
  {
    weight: 22,
    zone: 'America/Los_Angeles',
    city: 'San Francisco',
    region: 'CA',
    postalCode: '94105',
    country: 'US',
  },
  {
    weight: 18,
    zone: 'America/New_York',
    city: 'New York',
    region: 'NY',
    postalCode: '10001',
    country: 'US',
  },
  { weight: 12, zone: 'America/Chicago', city: 'Austin', region: 'TX', postalCode: '73301', country: 'US' },
  { weight: 20, zone: 'Europe/Berlin', city: 'Berlin', region: null, postalCode: '10115', country: 'DE' },
  { weight: 16, zone: 'Europe/London', city: 'London', region: null, postalCode: 'SW1A 1AA', country: 'GB' },
  { weight: 12, zone: 'Europe/Paris', city: 'Paris', region: null, postalCode: '75001', country: 'FR' },
] as const;
const FIRST = ['Ada', 'Ben', 'Chloe', 'Dan', 'Eva', 'Femi', 'Greta', 'Hugo', 'Iris', 'Jonas', 'Kai', 'Lena'];
const LAST = [
  'Smith',
  'Müller',
  'Martin',
  'Jones',
  'Garcia',
  'Schmidt',
  'Dubois',
  'Brown',
  'Okafor',
  'Rossi',
];
const STREETS = ['Market St', 'Main St', 'High Street', 'Hauptstraße', 'Rue de Rivoli', 'Oak Avenue'];

/** Local-hour weights: quiet nights, a lunch bump, the evening peak. */
const HOURS = [2, 1, 1, 1, 1, 2, 3, 5, 7, 8, 9, 10, 12, 11, 9, 9, 10, 12, 15, 18, 20, 19, 14, 7];
/** Monday..Sunday. */
const WEEKDAYS = [0.9, 0.85, 0.9, 0.95, 1.1, 1.3, 1.25];
/** January..December. */
const MONTHS = [0.85, 0.8, 0.9, 0.95, 1, 0.95, 0.9, 0.95, 1, 1.05, 1.35, 1.55];

function weighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = rng() * total;
  for (let i = 0; i < weights.length; i += 1) {
    u -= weights[i] as number;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

export function planCustomer(seed: number, index: number): HistoryCustomer {
  const rng = createRng(mixSeed(seed ^ 0xc0ffee, index));
  const place = PLACES[
    weighted(
      rng,
      PLACES.map((p) => p.weight),
    )
  ] as (typeof PLACES)[number];
  const name = `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
  return {
    index,
    email: `customer${index + 1}.s${seed}@${HISTORY_EMAIL_DOMAIN}`,
    name,
    zone: place.zone,
    address: {
      name,
      line1: `${between(rng, 1, 400)} ${pick(rng, STREETS)}`,
      city: place.city,
      region: place.region,
      postalCode: place.postalCode,
      country: place.country,
    },
  };
}

/** Days of the window (UTC dates, oldest first) with their relative order volume. */
function dayWeights(now: Date, days: number): { start: DateTime; weight: number }[] {
  const today = DateTime.fromJSDate(now, { zone: 'UTC' }).startOf('day');
  return Array.from({ length: days }, (_, i) => {
    const start = today.minus({ days: days - 1 - i });
    const growth = 0.7 + (0.6 * i) / Math.max(1, days - 1);
    return {
      start,
      weight: (WEEKDAYS[start.weekday - 1] as number) * (MONTHS[start.month - 1] as number) * growth,
    };
  });
}

function laterSteps(rng: Rng, fate: OrderFate, method: PlannedOrder['paymentMethod']): PlannedStep[] {
  const hours = (min: number, max: number) => between(rng, min * 60, max * 60);
  const ship = hours(12, 48);
  const deliver = ship + hours(24, 96);
  const fulfil: PlannedStep[] = [
    { kind: 'SHIP', afterMinutes: ship },
    { kind: 'DELIVER', afterMinutes: deliver },
    ...(method === 'CASH_ON_DELIVERY' ? [{ kind: 'COLLECT_CASH' as const, afterMinutes: deliver + 5 }] : []),
  ];
  switch (fate) {
    case 'DECLINED_CANCELLED':
      return [{ kind: 'CANCEL', afterMinutes: between(rng, 2, 60) }];
    case 'DECLINED_EXPIRED':
      return [{ kind: 'EXPIRE', afterMinutes: between(rng, 31, 90) }];
    case 'CANCELLED':
      return [{ kind: 'CANCEL', afterMinutes: between(rng, 5, 600) }];
    case 'FULFILLED':
      return fulfil;
    case 'FULL_REFUND':
      // Cash is refunded once collected: a cash order's full refund comes after delivery.
      return rng() < 0.5 && method === 'CARD'
        ? [{ kind: 'REFUND_FULL', afterMinutes: between(rng, 30, 600) }]
        : [...fulfil, { kind: 'REFUND_FULL', afterMinutes: deliver + hours(24, 24 * 20) }];
    case 'PARTIAL_REFUND':
      return [...fulfil, { kind: 'REFUND_PARTIAL', afterMinutes: deliver + hours(24, 24 * 20) }];
    case 'RETURN':
      return [...fulfil, { kind: 'RETURN', afterMinutes: deliver + hours(24, 24 * 25) }];
  }
}

/**
 * The plan of `orders` orders over the `days` days before `now`, for `customers` customers and
 * `variants` sellable variants (indexes into a list sorted by SKU), sorted by time.
 */
export function planOrders(options: {
  seed: number;
  orders: number;
  days: number;
  customers: number;
  variants: number;
  now: Date;
}): PlannedOrder[] {
  const { seed, days, now } = options;
  const windowStart = now.getTime() - days * 86_400_000;
  const latest = now.getTime() - 60_000;
  const weights = dayWeights(now, days);
  const cumulative: number[] = [];
  let sum = 0;
  for (const day of weights) {
    sum += day.weight;
    cumulative.push(sum);
  }
  const planned: PlannedOrder[] = [];
  for (let index = 0; index < options.orders; index += 1) {
    const rng = createRng(mixSeed(seed ^ 0x5eed, index));
    const u = rng() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    // Repeat buyers: low customer indexes buy far more often.
    const customer = Math.min(options.customers - 1, Math.floor(options.customers * rng() ** 2.2));
    const zone = planCustomer(seed, customer).zone;
    const day = (weights[lo] as (typeof weights)[number]).start;
    const local = DateTime.fromObject(
      {
        year: day.year,
        month: day.month,
        day: day.day,
        hour: weighted(rng, HOURS),
        minute: between(rng, 0, 59),
      },
      { zone },
    ).plus({ seconds: between(rng, 0, 59) });
    const at = new Date(Math.min(latest, Math.max(windowStart + 60_000, local.toMillis())));

    // 1-5 lines, 3 on average (the reports bench: 200,000 orders, 600,000 lines).
    const count = 1 + weighted(rng, [15, 20, 30, 20, 15]);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, options.variants)) {
      chosen.add(Math.min(options.variants - 1, Math.floor(options.variants * rng() ** 1.8)));
    }
    const lines = [...chosen].map((variant) => ({ variant, quantity: 1 + weighted(rng, [70, 20, 10]) }));
    const paymentMethod = rng() < 0.25 ? 'CASH_ON_DELIVERY' : 'CARD';
    const roll = rng();
    const declined = paymentMethod === 'CARD' && roll < 0.08;
    const fate: OrderFate = declined
      ? roll < 0.045
        ? 'DECLINED_CANCELLED'
        : 'DECLINED_EXPIRED'
      : roll < 0.11
        ? 'CANCELLED'
        : roll < 0.14
          ? 'FULL_REFUND'
          : roll < 0.18
            ? 'PARTIAL_REFUND'
            : roll < 0.21
              ? 'RETURN'
              : 'FULFILLED';
    const couponRoll = rng();
    const coupon =
      couponRoll < 0.1 ? HISTORY_COUPONS[0].code : couponRoll < 0.15 ? HISTORY_COUPONS[1].code : null;
    const shipRoll = rng();
    const shippingMethod = shipRoll < 0.8 ? 'STANDARD' : shipRoll < 0.95 ? 'EXPRESS' : 'NEXT_DAY';
    const steps = laterSteps(rng, fate, paymentMethod).filter(
      (step) => at.getTime() + step.afterMinutes * 60_000 < latest,
    );
    planned.push({
      index,
      customer,
      at,
      lines,
      coupon,
      paymentMethod,
      shippingMethod:
        shippingMethod === 'NEXT_DAY' && planCustomer(seed, customer).address.country === 'FR'
          ? 'EXPRESS'
          : shippingMethod,
      declined,
      fate,
      steps,
      refundPercent: between(rng, 10, 40),
    });
  }
  return planned.sort((a, b) => a.at.getTime() - b.at.getTime() || a.index - b.index);
}
