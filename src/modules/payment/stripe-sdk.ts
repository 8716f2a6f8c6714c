import type Stripe from 'stripe';
import { lazyRequire } from '../../lazy-require.js';

/** Stripe's SDK, loaded only when a Stripe payment or webhook needs it (see lazy-require.ts). */
export const loadStripe = lazyRequire<typeof Stripe>('stripe');
