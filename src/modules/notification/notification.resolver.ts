import { Args, ArgsType, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import type { RequestContext } from '../../graphql/context.js';
import { mapConnection, PageArgsType } from '../../graphql/pagination.js';
import { listDevMailbox } from './notification.service.js';
import { MailMessageConnection, toMailMessage } from './notification.types.js';

@InputType({ description: 'Narrows the development mailbox; every given condition must hold.' })
class MailMessageFilterInput {
  @Field(() => String, { nullable: true, description: 'Only messages to this address.' })
  to?: string | null;
}

@ArgsType()
class DevMailboxArgs extends PageArgsType {
  @Field(() => MailMessageFilterInput, {
    nullable: true,
    description: 'Narrows the list; omitted: every email.',
  })
  filter?: MailMessageFilterInput | null;
}

@Resolver()
export class NotificationResolver {
  @Auth('ADMIN')
  @Query(() => MailMessageConnection, {
    description:
      'Emails kept by the development mailbox (when SMTP_URL is not set), newest first, so explorers and tests ' +
      'can follow verification and reset links. FORBIDDEN when SMTP is configured. Admin only.',
  })
  async devMailbox(@Args(() => DevMailboxArgs) args: DevMailboxArgs, @Ctx() ctx: RequestContext) {
    const { jwtSecret } = ctx.app.config;
    return mapConnection(await listDevMailbox(ctx, args.filter?.to, args), (row) =>
      toMailMessage(row, jwtSecret),
    );
  }
}
