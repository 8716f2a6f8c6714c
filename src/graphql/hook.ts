/**
 * The reverse direction between two domains. When domain B depends on domain A and A must let B
 * react to something (a sign-in, an order event), A owns a `Hook` and runs it; B registers on it
 * from its module's `wire()` (src/graphql/app-context.ts, DomainModule), which the composition root
 * calls once. A never imports B.
 *
 * ```ts
 * // account: export const signedIn = new Hook<[ctx: RequestContext, tx: Tx, userId: string]>('signedIn');
 * // cart.module.ts: wire: () => signedIn.register(mergeGuestCartAtSignIn)
 * ```
 */
export class Hook<Args extends unknown[]> {
  private readonly handlers: ((...args: Args) => Promise<void> | void)[] = [];

  constructor(readonly name: string) {}

  /** Adds a handler; the same function registered twice runs once. */
  register(handler: (...args: Args) => Promise<void> | void): void {
    if (!this.handlers.includes(handler)) this.handlers.push(handler);
  }

  /** Runs every handler in registration order, each awaited before the next. */
  async run(...args: Args): Promise<void> {
    for (const handler of this.handlers) await handler(...args);
  }
}
