import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded the first time it is needed instead of at start-up. For the large packages
 * only some deployments use (Stripe's SDK without STRIPE_SECRET_KEY, nodemailer without SMTP_URL,
 * ioredis without REDIS_URL, sharp until an image is uploaded): loading them all at start cost about
 * 60 MiB of resident memory on an idle server (measured with bench/soak.ts's idle reading).
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
