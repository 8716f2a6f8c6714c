import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';

@InputType({ description: 'Confirms the deletion of your own account.' })
export class AccountDeleteInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Your current password (WRONG_PASSWORD otherwise). An account without a password (signed up through an ' +
      'external identity) omits it and must have signed in within ACCOUNT_DELETION_RECENT_SIGN_IN ' +
      '(10 minutes by default), else REAUTHENTICATION_REQUIRED.',
  })
  password?: string | null;
}

@InputType({ description: 'The account an administrator deletes.' })
export class UserDeleteInput {
  @Field(() => ID, {
    description:
      'The account to delete: not your own (ACCOUNT_PROTECTED: use accountDelete), not the ADMIN_EMAIL ' +
      'administrator (ACCOUNT_PROTECTED), not the last active administrator (LAST_ADMIN).',
  })
  id!: string;
}

@ObjectType()
abstract class DeletionPayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The id of the deleted account; null when nothing was deleted (see errors).',
  })
  deletedId!: string | null;
}

@ObjectType({
  description:
    'Result of accountDelete: your personal data is erased, every login ended, and the email address can be ' +
    'registered again. Orders, payments and returns are kept (without your profile) as the law requires.',
})
export class AccountDeletePayload extends DeletionPayload {}

@ObjectType({ description: 'Result of userDelete: the same erasure as accountDelete, for another account.' })
export class UserDeletePayload extends DeletionPayload {}

@ObjectType({
  description:
    'Result of accountDataExport: a link to download your data as one JSON document, without an ' +
    'Authorization header. It works until `expiresAt` while the login that asked for it stays open.',
})
export class AccountDataExportPayload extends MutationPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'GET it for the JSON document (Content-Disposition: attachment): profile, logins, addresses, orders with ' +
      'their lines, reviews, wishlist and email preferences. Signed: any change to it makes it invalid (403); ' +
      'expired it answers 410. Treat it as a secret. Null when errors is not empty.',
  })
  url!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the link stops working: DATA_EXPORT_LINK_TTL (15 minutes by default) after it was made.',
  })
  expiresAt!: Date | null;
}
