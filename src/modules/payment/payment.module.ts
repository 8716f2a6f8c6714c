import express from 'express';
import type { DomainModule } from '../../graphql/domain-module.js';
import { createPaymentProviders } from './payment-providers.js';
import { stripeWebhookHandler } from './stripe-webhook.js';

/** What the payment domain contributes to the server (collected by src/modules/index.ts). */
export const paymentModule: DomainModule = {
  name: 'payment',
  resolvers: [],
  services: ({ config }) => ({ paymentProviders: createPaymentProviders({ stripe: config.stripe }) }),
  routes: (router, app) => {
    // Stripe signs the exact bytes it sent: the route reads the raw body itself.
    if (app.config.stripe) {
      router.post(
        '/webhooks/stripe',
        express.raw({ type: () => true, limit: '1mb' }),
        stripeWebhookHandler(app),
      );
    }
  },
};
