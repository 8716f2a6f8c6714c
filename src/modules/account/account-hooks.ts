import type { Executor } from '../../db/client.js';
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

/** An account being deleted (accountDelete, userDelete), as the domains erasing their own rows see it. */
export interface AccountDeletion {
  userId: string;
  /**
   * Every address the account used that the account domain knows (the current and pending email,
   * and those of its verification links), lower-cased: for rows that name a recipient, not a user.
   */
  emails: string[];
}

/**
 * Runs inside the transaction that deletes an account, before the user row becomes a tombstone:
 * each domain removes or anonymises its own rows of that user (addresses, cart, wishlist, reviews,
 * webhook bodies…). A handler that throws rolls the whole deletion back. Orders, payments and returns
 * are kept as the law requires; their domains register nothing here.
 */
export const accountDeleting = new Hook<[tx: Executor, deletion: AccountDeletion]>('accountDeleting');

/**
 * The personal data export being assembled: one section per domain, named by the domain (`profile`,
 * `addresses`, `orders`, `reviews`…). Each handler adds its own sections and never reads another's.
 */
export type AccountDataSections = Record<string, unknown>;

/**
 * Runs when a signed export link is downloaded, inside one read transaction: each domain adds the
 * user's data it holds to `sections`, read for `userId` only.
 */
export const accountDataExporting = new Hook<
  [executor: Executor, userId: string, sections: AccountDataSections]
>('accountDataExporting');
