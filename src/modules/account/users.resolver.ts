import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { mapConnection, PageArgsType } from '../../graphql/pagination.js';
import {
  toUser,
  User,
  UserConnection,
  UserFilterInput,
  UserUpdateInput,
  UserUpdatePayload,
} from './account.types.js';
import * as usersService from './users.service.js';

@ArgsType()
class UsersArgs extends PageArgsType {
  @Field(() => UserFilterInput, {
    nullable: true,
    description: 'Conditions on the accounts listed; default: every account.',
  })
  filter?: UserFilterInput | null;
}

@Resolver()
export class UsersResolver {
  @Auth('ADMIN')
  @Query(() => UserConnection, { description: 'Every account, newest first. Admin only.' })
  async users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await usersService.listUsers(ctx, args.filter ?? {}, args), toUser);
  }

  @Auth('ADMIN')
  @Query(() => User, {
    nullable: true,
    description: 'One account by id; null when there is none. Admin only.',
  })
  async user(
    @Arg('id', () => ID, { description: 'The account id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<User | null> {
    const row = await usersService.getUser(ctx, id);
    return row ? toUser(row) : null;
  }

  @Auth('ADMIN')
  @Mutation(() => UserUpdatePayload, {
    description:
      "Changes a user's role or disables/enables the account; effective on their next request. " +
      'The last active administrator cannot be demoted or disabled (LAST_ADMIN).',
  })
  async userUpdate(
    @Arg('input', () => UserUpdateInput, { description: 'The account and its changes.' })
    input: UserUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserUpdatePayload> {
    const result = await usersService.updateUser(ctx, input);
    return Object.assign(new UserUpdatePayload(), {
      errors: result.errors,
      user: result.user ? toUser(result.user) : null,
    });
  }
}
