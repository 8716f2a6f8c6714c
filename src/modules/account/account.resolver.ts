import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import * as accounts from './account.service.js';
import {
  AccountEmailChangeInput,
  AccountEmailChangePayload,
  AccountEmailVerificationRequestPayload,
  AccountEmailVerifyInput,
  AccountEmailVerifyPayload,
  AccountLoginInput,
  AccountLoginPayload,
  AccountLogoutAllPayload,
  AccountLogoutInput,
  AccountLogoutPayload,
  AccountPasswordChangeInput,
  AccountPasswordChangePayload,
  AccountPasswordResetInput,
  AccountPasswordResetPayload,
  AccountPasswordResetRequestInput,
  AccountPasswordResetRequestPayload,
  AccountRegisterInput,
  AccountRegisterPayload,
  AccountTokenRefreshInput,
  AccountTokenRefreshPayload,
  AccountUpdateInput,
  AccountUpdatePayload,
  toUser,
  User,
} from './account.types.js';
import { signedIn } from './account-hooks.js';
import * as auth from './auth.service.js';
import { clearSessionCookies, readRefreshCookie } from './session-cookies.js';
import { tokenPayload } from './token-payload.js';

function userPayload<T>(Payload: new () => T, result: accounts.UserResult): T {
  return Object.assign(new Payload() as object, {
    errors: result.errors,
    user: result.user ? toUser(result.user) : null,
  }) as T;
}

@Resolver()
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  async me(@Ctx() ctx: RequestContext): Promise<User | null> {
    const viewer = await ctx.viewer();
    if (!viewer) return null;
    const row = await ctx.loaders.account.userById.load(viewer.id);
    return row ? toUser(row) : null;
  }

  @Mutation(() => AccountRegisterPayload, {
    description:
      'Creates a CUSTOMER account, sends a verification email and signs the customer in, as accountLogin ' +
      'does (tokens, cookies, guest cart merged). With REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN it answers no ' +
      'tokens: sign in with accountLogin once the address is verified.',
  })
  async accountRegister(
    @Arg('input', () => AccountRegisterInput, { description: 'The new account.' })
    input: AccountRegisterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountRegisterPayload> {
    const result = await accounts.register(ctx, input);
    if (result.user && result.tokens) {
      await signedIn.run(ctx, { userId: result.user.id, cartToken: input.cartToken ?? ctx.cartToken });
    }
    return tokenPayload(ctx, AccountRegisterPayload, result, true);
  }

  @Auth('CUSTOMER')
  @Mutation(() => AccountEmailVerificationRequestPayload, {
    description: 'Sends a new verification link to the pending new email if any, else to the current one.',
  })
  async accountEmailVerificationRequest(
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEmailVerificationRequestPayload> {
    const errors = await accounts.requestEmailVerification(ctx);
    return Object.assign(new AccountEmailVerificationRequestPayload(), { errors });
  }

  @Mutation(() => AccountEmailVerifyPayload, {
    description:
      'Confirms an email address (or applies an email change) with the token from the email. No sign-in needed.',
  })
  async accountEmailVerify(
    @Arg('input', () => AccountEmailVerifyInput, { description: 'The token from the email.' })
    input: AccountEmailVerifyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEmailVerifyPayload> {
    return userPayload(AccountEmailVerifyPayload, await accounts.verifyEmail(ctx, input.token));
  }

  @Mutation(() => AccountLoginPayload, {
    description:
      'Signs in. Returns an access token and a refresh token, and sets the refresh token as an HttpOnly cookie ' +
      '(and the access token too, with AUTH_COOKIE_MODE). Refused with EMAIL_NOT_VERIFIED while the address is ' +
      'unverified when the store requires it (REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN). ' +
      'Rate-limited per email and per client IP (RATE_LIMITED with `extensions.retryAfter`). ' +
      "A guest cart sent along (input.cartToken or the X-Cart-Token header) is merged into the account's cart.",
  })
  async accountLogin(
    @Arg('input', () => AccountLoginInput, { description: 'The credentials.' }) input: AccountLoginInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountLoginPayload> {
    const result = await auth.login(ctx, input);
    // A guest cart brought to the sign-in moves into the account's cart (cart's handler; a failure is logged, never fatal).
    if (result.user && result.tokens) {
      await signedIn.run(ctx, { userId: result.user.id, cartToken: input.cartToken ?? ctx.cartToken });
    }
    return tokenPayload(ctx, AccountLoginPayload, result);
  }

  @Mutation(() => AccountTokenRefreshPayload, {
    description:
      'Exchanges a refresh token (argument or cookie) for a new access and refresh token, and sets their ' +
      'cookies as accountLogin does. The old refresh token ' +
      'stops working; presenting it again ends the whole login (TOKEN_REUSED).',
  })
  async accountTokenRefresh(
    @Arg('input', () => AccountTokenRefreshInput, {
      nullable: true,
      description: 'The refresh token; omit it to use the refresh cookie.',
    })
    input: AccountTokenRefreshInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountTokenRefreshPayload> {
    const result = await auth.refresh(ctx, input?.refreshToken ?? readRefreshCookie(ctx));
    if (result.errors.length > 0) clearSessionCookies(ctx);
    return tokenPayload(ctx, AccountTokenRefreshPayload, result);
  }

  @Mutation(() => AccountLogoutPayload, {
    description:
      'Ends one login (refresh token argument, refresh cookie, or the current access token) and clears the ' +
      'refresh and access cookies.',
  })
  async accountLogout(
    @Arg('input', () => AccountLogoutInput, {
      nullable: true,
      description: 'The login to end; omit it for the current one.',
    })
    input: AccountLogoutInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountLogoutPayload> {
    await auth.logout(ctx, input?.refreshToken ?? readRefreshCookie(ctx));
    clearSessionCookies(ctx);
    return Object.assign(new AccountLogoutPayload(), { errors: [] });
  }

  @Auth('CUSTOMER')
  @Mutation(() => AccountLogoutAllPayload, {
    description: 'Ends every login of the signed-in user, this one included.',
  })
  async accountLogoutAll(@Ctx() ctx: RequestContext): Promise<AccountLogoutAllPayload> {
    const viewer = await ctx.viewer();
    const revokedSessions = viewer ? await auth.revokeUserSessions(ctx.app.db, viewer.id, 'LOGOUT_ALL') : 0;
    clearSessionCookies(ctx);
    return Object.assign(new AccountLogoutAllPayload(), { errors: [], revokedSessions });
  }

  @Auth('CUSTOMER')
  @Mutation(() => AccountUpdatePayload, { description: "Changes the signed-in user's name or phone." })
  async accountUpdate(
    @Arg('input', () => AccountUpdateInput, { description: 'The profile changes.' })
    input: AccountUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountUpdatePayload> {
    return userPayload(AccountUpdatePayload, await accounts.updateProfile(ctx, input));
  }

  @Auth('CUSTOMER')
  @Mutation(() => AccountEmailChangePayload, {
    description:
      'Requests a new sign-in email. A link is sent to the new address; until it is followed the old address ' +
      'stays in use and the new one shows as `pendingEmail`.',
  })
  async accountEmailChange(
    @Arg('input', () => AccountEmailChangeInput, { description: 'The new address and the password.' })
    input: AccountEmailChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEmailChangePayload> {
    return userPayload(AccountEmailChangePayload, await accounts.changeEmail(ctx, input));
  }

  @Auth('CUSTOMER')
  @Mutation(() => AccountPasswordChangePayload, {
    description: 'Changes the password; every other login of the user is ended, this one stays.',
  })
  async accountPasswordChange(
    @Arg('input', () => AccountPasswordChangeInput, { description: 'The current and the new password.' })
    input: AccountPasswordChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountPasswordChangePayload> {
    return userPayload(AccountPasswordChangePayload, await accounts.changePassword(ctx, input));
  }

  @Mutation(() => AccountPasswordResetRequestPayload, {
    description:
      'Emails a single-use reset link (valid PASSWORD_RESET_TTL, 1 hour by default) if the account exists. ' +
      'Always answers success, so it cannot be used to find out who has an account. Rate-limited.',
  })
  async accountPasswordResetRequest(
    @Arg('input', () => AccountPasswordResetRequestInput, { description: 'The address to send the link to.' })
    input: AccountPasswordResetRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountPasswordResetRequestPayload> {
    await accounts.requestPasswordReset(ctx, input.email);
    return Object.assign(new AccountPasswordResetRequestPayload(), { errors: [] });
  }

  @Mutation(() => AccountPasswordResetPayload, {
    description:
      'Sets a new password with a reset token. The token works once; every login of the account is ended.',
  })
  async accountPasswordReset(
    @Arg('input', () => AccountPasswordResetInput, { description: 'The token and the new password.' })
    input: AccountPasswordResetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountPasswordResetPayload> {
    const result = await accounts.resetPassword(ctx, input);
    return Object.assign(new AccountPasswordResetPayload(), { errors: result.errors });
  }
}
