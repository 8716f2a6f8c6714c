import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { createDataExportLink } from './account-data-export.js';
import { deleteOwnAccount, deleteUser } from './account-deletion.service.js';
import {
  AccountDataExportPayload,
  AccountDeleteInput,
  AccountDeletePayload,
  UserDeleteInput,
  UserDeletePayload,
} from './account-deletion.types.js';

/** Deleting accounts and exporting one's data (README "Deleting an account"). */
@Resolver()
export class AccountDeletionResolver {
  @Auth('CUSTOMER')
  @Mutation(() => AccountDeletePayload, {
    description:
      'Deletes your account: profile, addresses, cart, wishlist and logins are erased, reviews stay as ' +
      '"Former customer", orders and payments are kept without your profile as the law requires. ' +
      'Confirmed by your password. Cannot be undone.',
  })
  async accountDelete(
    @Arg('input', () => AccountDeleteInput, { description: 'The confirmation.' }) input: AccountDeleteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountDeletePayload> {
    return Object.assign(new AccountDeletePayload(), await deleteOwnAccount(ctx, input));
  }

  @Auth('ADMIN')
  @Mutation(() => UserDeletePayload, {
    description: "Deletes another user's account, as accountDelete does. Admin only. Cannot be undone.",
  })
  async userDelete(
    @Arg('input', () => UserDeleteInput, { description: 'The account to delete.' }) input: UserDeleteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserDeletePayload> {
    return Object.assign(new UserDeletePayload(), await deleteUser(ctx, input.id));
  }

  @Auth('CUSTOMER')
  @Mutation(() => AccountDataExportPayload, {
    description:
      'A signed, expiring link to download all your personal data as JSON (see AccountDataExportPayload.url).',
  })
  async accountDataExport(@Ctx() ctx: RequestContext): Promise<AccountDataExportPayload> {
    const link = await createDataExportLink(ctx);
    return Object.assign(new AccountDataExportPayload(), { errors: [], ...link });
  }
}
