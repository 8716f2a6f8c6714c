import type { RequestContext } from '../../graphql/context.js';
import { Hook } from '../../graphql/hook.js';

/**
 * What the account domain lets the domains built on it react to, without importing them (they
 * register from their module's `wire()`).
 */

/** A successful sign-in (accountLogin), as the domains reacting to it see it. */
export interface SignIn {
  userId: string;
  /** The guest cart brought to the sign-in (input.cartToken, else the X-Cart-Token header); cart merges it. */
  cartToken: string | null | undefined;
}

/**
 * Runs after a successful sign-in has issued its tokens, outside any transaction, before the
 * payload is answered (cart merges the guest cart). A handler must not throw: the sign-in stands.
 */
export const signedIn = new Hook<[ctx: RequestContext, signIn: SignIn]>('signedIn');
