import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Auth } from '../../graphql/auth-directive.js';
import { MutationPayload } from '../../graphql/errors.js';
import { Node } from '../../graphql/node.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { Role } from '../../graphql/roles.js';
import { EmailAddress } from '../../graphql/scalars.js';
import type { UserRow } from './account.tables.js';

@ObjectType({
  implements: Node,
  description: 'A person with an account: a shopper, a vendor or store staff.',
})
export class User {
  @Field(() => ID, {
    description: 'Unique id of the account; `node(id)` also finds it (your own, or any for an admin).',
  })
  id!: string;

  @Field(() => EmailAddress, { description: 'Sign-in address, lower-cased.' })
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Phone number as entered, if any.' })
  phone!: string | null;

  @Field(() => Role, { description: 'Access level. Only administrators can change it (`userUpdate`).' })
  role!: Role;

  @Field(() => Boolean, { description: 'True once the email address was confirmed through its link.' })
  emailVerified!: boolean;

  @Field(() => EmailAddress, {
    nullable: true,
    description: 'A requested new email address awaiting confirmation (see `accountEmailChange`).',
  })
  pendingEmail!: string | null;

  @Auth('ADMIN')
  @Field(() => Boolean, {
    description: 'True when an administrator disabled the account: it cannot sign in.',
  })
  disabled!: boolean;

  @Auth('ADMIN')
  @Field(() => Int, { description: 'How many orders this user has cancelled.' })
  cancellationCount!: number;

  @Auth('ADMIN')
  @Field(() => Date, {
    nullable: true,
    description:
      'When the user last signed in with their password (accountLogin), recorded with the session it opened; ' +
      'refreshing tokens does not change it. Null when the user never signed in (or not since this was recorded). Admin only.',
  })
  lastLoginAt!: Date | null;

  @Auth('ADMIN')
  @Field(() => Date, {
    nullable: true,
    description:
      'When the account was deleted (accountDelete, userDelete); null for a live account. A deleted account keeps ' +
      'its id for the orders that point to it, and nothing else: its email, name and phone are erased. Admin only.',
  })
  deletedAt!: Date | null;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the account was last changed.' })
  updatedAt!: Date;
}

export function toUser(row: UserRow): User {
  return Object.assign(new User(), {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    role: row.role as Role,
    emailVerified: row.emailVerifiedAt !== null,
    pendingEmail: row.pendingEmail,
    disabled: row.disabledAt !== null,
    cancellationCount: row.cancellationCount,
    lastLoginAt: row.lastLoginAt,
    deletedAt: row.deletedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

export const UserConnection = ConnectionType(User, 'User');

// ---- inputs ----

@InputType({ description: 'A new customer account.' })
export class AccountRegisterInput {
  @Field(() => String, { description: 'Email address; trimmed and lower-cased, unique regardless of case.' })
  email!: string;

  @Field(() => String, { description: 'Display name, 1 to 100 characters.' })
  name!: string;

  @Field(() => String, {
    description: '8 to 72 bytes, with at least one letter and one digit, and not the email address.',
  })
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "A guest cart token to merge into the new account's cart when the registration signs in (the " +
      'X-Cart-Token header works too). The guest cart is deleted afterwards.',
  })
  cartToken?: string | null;
}

@InputType({ description: 'Credentials to sign in with.' })
export class AccountLoginInput {
  @Field(() => String, { description: 'The sign-in address, in any letter case.' })
  email!: string;

  @Field(() => String, {
    description:
      'The password. A wrong email or password fails alike, with INVALID_CREDENTIALS; attempts are rate-limited.',
  })
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "A guest cart token to merge into the account's cart on success (the X-Cart-Token header works too). " +
      'The guest cart is deleted afterwards.',
  })
  cartToken?: string | null;
}

@InputType({ description: 'The refresh token to exchange; omit it to use the HttpOnly refresh cookie.' })
export class AccountTokenRefreshInput {
  @Field(() => String, {
    nullable: true,
    description: 'The refresh token from accountLogin or the last refresh (single use); null: the cookie.',
  })
  refreshToken?: string | null;
}

@InputType({
  description: 'Which login to end; omit it to end the login of the access token or refresh cookie.',
})
export class AccountLogoutInput {
  @Field(() => String, {
    nullable: true,
    description: "A refresh token of the login to end; null: the request's own login.",
  })
  refreshToken?: string | null;
}

@InputType({ description: 'A one-time token from a verification email.' })
export class AccountEmailVerifyInput {
  @Field(() => String, {
    description:
      'The token from the link in the email (registration or email change); single use, valid for ' +
      'EMAIL_VERIFICATION_TTL (2 days by default).',
  })
  token!: string;
}

@InputType({ description: 'Profile changes; omitted fields stay as they are.' })
export class AccountUpdateInput {
  @Field(() => String, { nullable: true, description: 'New display name, 1 to 100 characters.' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New phone number; an empty string or null clears it.',
  })
  phone?: string | null;
}

@InputType({ description: 'A new sign-in address, confirmed by the current password.' })
export class AccountEmailChangeInput {
  @Field(() => String, {
    description:
      'The new sign-in address, unused by any other account. It applies once the link sent to it is followed ' +
      '(accountEmailVerify); until then it is `User.pendingEmail`.',
  })
  newEmail!: string;

  @Field(() => String, { description: 'The current password.' })
  password!: string;
}

@InputType({ description: 'A password change.' })
export class AccountPasswordChangeInput {
  @Field(() => String, { description: 'The password in use now (WRONG_PASSWORD otherwise).' })
  currentPassword!: string;

  @Field(() => String, { description: 'Same rules as at registration.' })
  newPassword!: string;
}

@InputType({ description: 'Where to send a password reset link.' })
export class AccountPasswordResetRequestInput {
  @Field(() => String, {
    description:
      "The account's sign-in address, in any letter case; the answer is the same whether or not it is known.",
  })
  email!: string;
}

@InputType({ description: 'A new password set with the token from a reset email.' })
export class AccountPasswordResetInput {
  @Field(() => String, {
    description:
      'The token from the link in the reset email; single use, valid for PASSWORD_RESET_TTL (1 hour by default).',
  })
  token!: string;

  @Field(() => String, { description: 'Same rules as at registration.' })
  newPassword!: string;
}

@InputType({ description: 'Filter of the admin user list; every given condition must hold.' })
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the email or name.' })
  query?: string | null;

  @Field(() => Role, { nullable: true, description: 'Only accounts with exactly this role.' })
  role?: Role | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only disabled users; false: only active ones.',
  })
  disabled?: boolean | null;
}

@InputType({ description: 'Administrative changes to a user; omitted fields stay as they are.' })
export class UserUpdateInput {
  @Field(() => ID, { description: 'The account to change.' })
  id!: string;

  @Field(() => Role, { nullable: true, description: 'The new role, effective on their next request.' })
  role?: Role | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true disables the account (signing it out everywhere at once); false enables it again.',
  })
  disabled?: boolean | null;
}

// ---- payloads ----

@ObjectType()
abstract class UserPayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: 'The user after the change; null when it failed.' })
  user!: User | null;
}

/** What a sign-in answers (accountLogin, accountTokenRefresh, accountOidcComplete). */
@ObjectType()
export abstract class TokenPayload extends UserPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'Short-lived JWT for `Authorization: Bearer <token>` (ACCESS_TOKEN_TTL, 15 minutes by default); ' +
      'with AUTH_COOKIE_MODE it is also set as the HttpOnly `storefront_access` cookie.',
  })
  accessToken!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the access token expires.' })
  accessTokenExpiresAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Opaque single-use refresh token (also set as an HttpOnly cookie). Exchange it with ' +
      '`accountTokenRefresh` for a new pair; reusing an exchanged token ends the login.',
  })
  refreshToken!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the login ends unless refreshed before.' })
  refreshTokenExpiresAt!: Date | null;
}

@ObjectType({
  description:
    'Result of accountRegister. A verification email is sent on success, and the new customer is signed in ' +
    '(tokens and cookies as from accountLogin) unless the store requires a verified email address before ' +
    'sign-in: then `user` is set and the token fields are null.',
})
export class AccountRegisterPayload extends TokenPayload {}

@ObjectType({ description: 'Result of accountLogin.' })
export class AccountLoginPayload extends TokenPayload {}

@ObjectType({ description: 'Result of accountTokenRefresh.' })
export class AccountTokenRefreshPayload extends TokenPayload {}

@ObjectType({ description: 'Result of accountLogout.' })
export class AccountLogoutPayload extends MutationPayload {}

@ObjectType({ description: 'Result of accountLogoutAll.' })
export class AccountLogoutAllPayload extends MutationPayload {
  @Field(() => Int, { description: 'How many logins were ended.' })
  revokedSessions!: number;
}

@ObjectType({ description: 'Result of accountEmailVerificationRequest.' })
export class AccountEmailVerificationRequestPayload extends MutationPayload {}

@ObjectType({ description: 'Result of accountEmailVerify.' })
export class AccountEmailVerifyPayload extends UserPayload {}

@ObjectType({ description: 'Result of accountUpdate.' })
export class AccountUpdatePayload extends UserPayload {}

@ObjectType({ description: 'Result of accountEmailChange: the new address applies once confirmed.' })
export class AccountEmailChangePayload extends UserPayload {}

@ObjectType({ description: 'Result of accountPasswordChange: other logins are ended.' })
export class AccountPasswordChangePayload extends UserPayload {}

@ObjectType({
  description: 'Result of accountPasswordResetRequest: always succeeds, whether or not the email is known.',
})
export class AccountPasswordResetRequestPayload extends MutationPayload {}

@ObjectType({ description: 'Result of accountPasswordReset: every login of the account is ended.' })
export class AccountPasswordResetPayload extends MutationPayload {}

@ObjectType({ description: 'Result of userUpdate.' })
export class UserUpdatePayload extends UserPayload {}
