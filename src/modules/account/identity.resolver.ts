import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { roleAtLeast } from '../../graphql/roles.js';
import { User } from './account.types.js';
import { signedIn } from './account-hooks.js';
import * as identities from './identity.service.js';
import {
  AccountIdentityPayload,
  AccountIdentityUnlinkInput,
  AccountOidcCompleteInput,
  AccountOidcCompletePayload,
  AccountOidcStartInput,
  AccountOidcStartPayload,
  OidcProvider,
  toUserIdentity,
  UserIdentity,
} from './identity.types.js';
import { startAuthorization } from './oidc-flow.js';
import { tokenPayload } from './token-payload.js';

const startPayload = (result: {
  errors: AccountOidcStartPayload['errors'];
  authorizationUrl: string | null;
}) => Object.assign(new AccountOidcStartPayload(), result);

const identityPayload = (result: identities.IdentityResult) =>
  Object.assign(new AccountIdentityPayload(), {
    errors: result.errors,
    identity: result.identity ? toUserIdentity(result.identity) : null,
  });

/** Sign-in through OpenID Connect providers, and the provider accounts linked to a user. */
@Resolver()
export class IdentityResolver {
  @Query(() => [OidcProvider], {
    description: 'The OpenID Connect providers customers can sign in with (for the sign-in buttons).',
  })
  oidcProviders(@Ctx() ctx: RequestContext): OidcProvider[] {
    return ctx.app.oidcClients
      .list()
      .map(({ name, displayName }) => Object.assign(new OidcProvider(), { name, displayName }));
  }

  @Mutation(() => AccountOidcStartPayload, {
    description:
      "Starts a sign-in with a provider: answers the provider's authorization URL. The provider sends the " +
      'browser back to `redirectUri` with `code` and `state`; pass them to accountOidcComplete. Rate-limited per client IP.',
  })
  async accountOidcStart(
    @Arg('input', () => AccountOidcStartInput, { description: 'The provider and the return page.' })
    input: AccountOidcStartInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountOidcStartPayload> {
    return startPayload(await startAuthorization(ctx, input, 'SIGN_IN', null));
  }

  @Mutation(() => AccountOidcCompletePayload, {
    description:
      "Completes a provider sign-in and answers as accountLogin does (tokens, refresh cookie, guest cart merged). The provider's " +
      'account signs in as the user it is linked to; a new one creates a customer, or is linked to the account with ' +
      'the same email when both the provider and the account verified it (else IDENTITY_LINK_REQUIRED).',
  })
  async accountOidcComplete(
    @Arg('input', () => AccountOidcCompleteInput, { description: "The callback's parameters." })
    input: AccountOidcCompleteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountOidcCompletePayload> {
    const result = await identities.signInWithProvider(ctx, input);
    if (result.user && result.tokens) {
      await signedIn.run(ctx, { userId: result.user.id, cartToken: ctx.cartToken });
    }
    return tokenPayload(ctx, AccountOidcCompletePayload, result);
  }

  @Auth('CUSTOMER')
  @Mutation(() => AccountOidcStartPayload, {
    description:
      'Starts linking a provider account to the signed-in user: answers the authorization URL; finish with ' +
      'accountIdentityLinkComplete, signed in as the same user.',
  })
  async accountIdentityLinkStart(
    @Arg('input', () => AccountOidcStartInput, { description: 'The provider and the return page.' })
    input: AccountOidcStartInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountOidcStartPayload> {
    const viewer = await ctx.viewer();
    return startPayload(await startAuthorization(ctx, input, 'LINK', viewer?.id ?? null));
  }

  @Auth('CUSTOMER')
  @Mutation(() => AccountIdentityPayload, {
    description:
      'Links the provider account of a completed accountIdentityLinkStart to the signed-in user ' +
      '(IDENTITY_IN_USE when it already signs in to another user).',
  })
  async accountIdentityLinkComplete(
    @Arg('input', () => AccountOidcCompleteInput, { description: "The callback's parameters." })
    input: AccountOidcCompleteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountIdentityPayload> {
    return identityPayload(await identities.linkProvider(ctx, input));
  }

  @Auth('CUSTOMER')
  @Mutation(() => AccountIdentityPayload, {
    description:
      'Removes a linked provider account from the signed-in user; refused (LAST_SIGN_IN_METHOD) when the user has ' +
      'no password and no other linked provider.',
  })
  async accountIdentityUnlink(
    @Arg('input', () => AccountIdentityUnlinkInput, { description: 'The provider account to remove.' })
    input: AccountIdentityUnlinkInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountIdentityPayload> {
    return identityPayload(await identities.unlinkProvider(ctx, input));
  }
}

/** `me.identities`: your own, or any user's for an admin. */
@Resolver(() => User)
export class UserIdentitiesResolver {
  @FieldResolver(() => [UserIdentity], {
    description:
      "The sign-in providers' accounts linked to this user, oldest first: your own (`me.identities`), or any " +
      "user's for an admin. Loaded for every user of the request in one statement.",
  })
  async identities(@Root() user: User, @Ctx() ctx: RequestContext): Promise<UserIdentity[]> {
    const viewer = await ctx.viewer();
    if (!viewer || (viewer.id !== user.id && !roleAtLeast(viewer.role, 'ADMIN'))) throw forbidden();
    return (await ctx.loaders.account.identitiesByUserId.load(user.id)).map(toUserIdentity);
  }
}
