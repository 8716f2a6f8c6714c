import { Field, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../graphql/errors.js';
import { TokenPayload } from './account.types.js';
import type { UserIdentityRow } from './identity.tables.js';

@ObjectType({ description: 'An OpenID Connect provider customers can sign in with (OIDC_PROVIDERS).' })
export class OidcProvider {
  @Field(() => String, { description: 'The name to pass as `provider`, lower case (e.g. `google`).' })
  name!: string;

  @Field(() => String, { description: 'What the sign-in button says (e.g. `Google`).' })
  displayName!: string;
}

@ObjectType({ description: "An account at a sign-in provider that is linked to the user's account." })
export class UserIdentity {
  @Field(() => String, { description: 'The provider name (see `oidcProviders`).' })
  provider!: string;

  @Field(() => String, { description: "The provider's stable id of the account (the ID token's `sub`)." })
  subject!: string;

  @Field(() => String, {
    nullable: true,
    description: "The provider account's email as of its last sign-in; null when the provider shared none.",
  })
  email!: string | null;

  @Field(() => Boolean, { description: 'Whether the provider said it verified that email.' })
  emailVerified!: boolean;

  @Field(() => Date, { description: 'When the provider account was linked.' })
  linkedAt!: Date;
}

export function toUserIdentity(row: UserIdentityRow): UserIdentity {
  return Object.assign(new UserIdentity(), {
    provider: row.provider,
    subject: row.subject,
    email: row.email,
    emailVerified: row.emailVerified,
    linkedAt: row.createdAt,
  });
}

@InputType({ description: 'Where to start an OpenID Connect sign-in or link.' })
export class AccountOidcStartInput {
  @Field(() => String, { description: 'The provider name, as listed by `oidcProviders`.' })
  provider!: string;

  @Field(() => String, {
    description:
      'The storefront page the provider sends the browser back to with `code` and `state` (and `iss`); must be ' +
      'one of OIDC_REDIRECT_URIS exactly.',
  })
  redirectUri!: string;
}

@InputType({ description: "The parameters the provider added to the redirect URI's query." })
export class AccountOidcCompleteInput {
  @Field(() => String, { description: 'The `code` parameter: the authorization code, usable once.' })
  code!: string;

  @Field(() => String, {
    description:
      'The `state` parameter, as returned; it identifies the sign-in started (usable once, expires).',
  })
  state!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The `iss` parameter when the provider sends one (required for providers that advertise it, e.g. Keycloak).',
  })
  iss?: string | null;
}

@InputType({ description: 'A linked provider account to remove.' })
export class AccountIdentityUnlinkInput {
  @Field(() => String, { description: 'The provider name (`UserIdentity.provider`).' })
  provider!: string;

  @Field(() => String, { description: "The provider's account id (`UserIdentity.subject`)." })
  subject!: string;
}

@ObjectType({ description: 'Result of accountOidcStart and accountIdentityLinkStart.' })
export class AccountOidcStartPayload extends MutationPayload {
  @Field(() => String, {
    nullable: true,
    description:
      "The provider's authorization URL to send the browser to (state, nonce and PKCE included); null on failure. " +
      'The sign-in must be completed within OIDC_AUTHORIZATION_TTL (10 minutes by default).',
  })
  authorizationUrl!: string | null;
}

@ObjectType({ description: 'Result of accountOidcComplete: the same as accountLogin.' })
export class AccountOidcCompletePayload extends TokenPayload {}

@ObjectType({ description: 'Result of accountIdentityLinkComplete and accountIdentityUnlink.' })
export class AccountIdentityPayload extends MutationPayload {
  @Field(() => UserIdentity, {
    nullable: true,
    description: 'The provider account linked (or unlinked); null on failure.',
  })
  identity!: UserIdentity | null;
}
