import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Codes of expected failures returned in mutation payloads (`errors: [UserError!]!`).
 * Domains add their codes here so clients switch over one enum.
 */
export enum ErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_EMAIL = 'INVALID_EMAIL',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  PASSWORD_TOO_LONG = 'PASSWORD_TOO_LONG',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  INVALID_TOKEN = 'INVALID_TOKEN',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  TOKEN_REUSED = 'TOKEN_REUSED',
  ALREADY_VERIFIED = 'ALREADY_VERIFIED',
  LAST_ADMIN = 'LAST_ADMIN',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_SLUG = 'INVALID_SLUG',
  SLUG_TAKEN = 'SLUG_TAKEN',
  SKU_TAKEN = 'SKU_TAKEN',
  INVALID_PRICE = 'INVALID_PRICE',
  CATEGORY_NOT_EMPTY = 'CATEGORY_NOT_EMPTY',
  CATEGORY_CYCLE = 'CATEGORY_CYCLE',
  LAST_VARIANT = 'LAST_VARIANT',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  IMAGE_TOO_LARGE = 'IMAGE_TOO_LARGE',
  UNSUPPORTED_IMAGE_TYPE = 'UNSUPPORTED_IMAGE_TYPE',
  CORRUPT_IMAGE = 'CORRUPT_IMAGE',
  INVALID_COUNTRY = 'INVALID_COUNTRY',
  CODE_TAKEN = 'CODE_TAKEN',
  TAX_RATE_EXISTS = 'TAX_RATE_EXISTS',
  VARIANT_NOT_FOUND = 'VARIANT_NOT_FOUND',
  PRODUCT_NOT_AVAILABLE = 'PRODUCT_NOT_AVAILABLE',
  CART_NOT_FOUND = 'CART_NOT_FOUND',
  SHIPPING_ADDRESS_REQUIRED = 'SHIPPING_ADDRESS_REQUIRED',
  SHIPPING_METHOD_UNAVAILABLE = 'SHIPPING_METHOD_UNAVAILABLE',
  COUPON_NOT_FOUND = 'COUPON_NOT_FOUND',
  COUPON_NOT_YET_VALID = 'COUPON_NOT_YET_VALID',
  COUPON_EXPIRED = 'COUPON_EXPIRED',
  COUPON_MINIMUM_NOT_MET = 'COUPON_MINIMUM_NOT_MET',
  COUPON_USAGE_LIMIT_REACHED = 'COUPON_USAGE_LIMIT_REACHED',
  COUPON_NOT_APPLICABLE = 'COUPON_NOT_APPLICABLE',
  CART_EMPTY = 'CART_EMPTY',
  CART_NEEDS_ATTENTION = 'CART_NEEDS_ATTENTION',
  SHIPPING_METHOD_REQUIRED = 'SHIPPING_METHOD_REQUIRED',
  PRICE_CHANGED = 'PRICE_CHANGED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  CARD_DECLINED = 'CARD_DECLINED',
  INSUFFICIENT_FUNDS = 'INSUFFICIENT_FUNDS',
  INVALID_CARD = 'INVALID_CARD',
  EXPIRED_CARD = 'EXPIRED_CARD',
  INCORRECT_CVC = 'INCORRECT_CVC',
  PAYMENT_PROVIDER_ERROR = 'PAYMENT_PROVIDER_ERROR',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  REFUND_FAILED = 'REFUND_FAILED',
  SHIPMENT_QUANTITY_EXCEEDED = 'SHIPMENT_QUANTITY_EXCEEDED',
  TRACKING_NUMBER_TAKEN = 'TRACKING_NUMBER_TAKEN',
  URL_NOT_ALLOWED = 'URL_NOT_ALLOWED',
  REFUND_EXCEEDS_CAPTURED = 'REFUND_EXCEEDS_CAPTURED',
  RETURN_NOT_ALLOWED = 'RETURN_NOT_ALLOWED',
  RETURN_WINDOW_CLOSED = 'RETURN_WINDOW_CLOSED',
  RETURN_QUANTITY_EXCEEDED = 'RETURN_QUANTITY_EXCEEDED',
  NOT_PURCHASED = 'NOT_PURCHASED',
  ALREADY_REVIEWED = 'ALREADY_REVIEWED',
  OWN_REVIEW = 'OWN_REVIEW',
  REAUTHENTICATION_REQUIRED = 'REAUTHENTICATION_REQUIRED',
  ACCOUNT_PROTECTED = 'ACCOUNT_PROTECTED',
  REDIRECT_URI_NOT_ALLOWED = 'REDIRECT_URI_NOT_ALLOWED',
  OIDC_PROVIDER_UNAVAILABLE = 'OIDC_PROVIDER_UNAVAILABLE',
  OIDC_REJECTED = 'OIDC_REJECTED',
  IDENTITY_LINK_REQUIRED = 'IDENTITY_LINK_REQUIRED',
  IDENTITY_IN_USE = 'IDENTITY_IN_USE',
  LAST_SIGN_IN_METHOD = 'LAST_SIGN_IN_METHOD',
  PASSWORD_NOT_SET = 'PASSWORD_NOT_SET',
}

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Machine-readable reason of a UserError.',
  valuesConfig: {
    INVALID_INPUT: {
      description: 'A value is missing, malformed or out of range; see `field` and `message`.',
    },
    INVALID_EMAIL: { description: 'The email address is not valid.' },
    EMAIL_TAKEN: { description: 'Another account already uses this email address.' },
    WEAK_PASSWORD: {
      description: 'The password is shorter than 8 bytes, lacks a letter or a digit, or equals the email.',
    },
    PASSWORD_TOO_LONG: {
      description: 'The password is longer than 72 bytes (the bcrypt limit); it is never truncated.',
    },
    INVALID_CREDENTIALS: { description: 'Unknown email or wrong password (deliberately indistinguishable).' },
    WRONG_PASSWORD: { description: 'The current password given to confirm a change is wrong.' },
    ACCOUNT_DISABLED: { description: 'The account was disabled by an administrator.' },
    EMAIL_NOT_VERIFIED: {
      description:
        'The store requires a verified email address before sign-in (REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN): ' +
        'follow the link of the verification email first.',
    },
    INVALID_TOKEN: { description: 'The token is unknown, already used or revoked.' },
    TOKEN_EXPIRED: { description: 'The token has expired; request a new one.' },
    TOKEN_REUSED: {
      description:
        'A refresh token was presented after it had been rotated: the whole login was revoked as a precaution.',
    },
    ALREADY_VERIFIED: { description: 'The email address is already verified.' },
    LAST_ADMIN: { description: 'The change would leave the store without an active administrator.' },
    NOT_FOUND: { description: 'The referenced object does not exist or is not visible to you.' },
    INVALID_SLUG: { description: 'A slug must be lower-case letters, digits and single hyphens.' },
    SLUG_TAKEN: { description: 'Another product or category already uses this slug.' },
    SKU_TAKEN: { description: 'Another variant already uses this SKU (SKUs are unique regardless of case).' },
    INVALID_PRICE: { description: 'A price must be a non-negative decimal amount such as "19.99".' },
    CATEGORY_NOT_EMPTY: {
      description: 'The category still has subcategories or products; pass `reassignTo` to move them first.',
    },
    CATEGORY_CYCLE: { description: 'A category cannot be moved below itself or one of its descendants.' },
    LAST_VARIANT: { description: 'Every product keeps at least one variant.' },
    INSUFFICIENT_STOCK: { description: 'Not enough stock: stock never goes below zero.' },
    IMAGE_TOO_LARGE: { description: 'The uploaded file is larger than UPLOAD_MAX_FILE_SIZE.' },
    UNSUPPORTED_IMAGE_TYPE: {
      description: 'Only JPEG, PNG and WebP images are accepted (checked by content).',
    },
    CORRUPT_IMAGE: { description: 'The image file is truncated or damaged.' },
    INVALID_COUNTRY: { description: 'A country must be an ISO 3166-1 alpha-2 code such as US or DE.' },
    CODE_TAKEN: {
      description:
        'Another shipping method or coupon already uses this code (codes are unique regardless of case).',
    },
    TAX_RATE_EXISTS: {
      description: 'A tax rate for this country, region and tax class already exists; update it instead.',
    },
    VARIANT_NOT_FOUND: { description: 'The variant does not exist.' },
    PRODUCT_NOT_AVAILABLE: { description: 'The product is not for sale (draft or archived).' },
    CART_NOT_FOUND: { description: 'No cart matches the cart token (unknown, expired or already merged).' },
    SHIPPING_ADDRESS_REQUIRED: { description: 'Set a shipping address on the cart first.' },
    SHIPPING_METHOD_UNAVAILABLE: {
      description: "The shipping method is unknown, inactive or does not serve the cart's destination.",
    },
    COUPON_NOT_FOUND: { description: 'No active coupon has this code.' },
    COUPON_NOT_YET_VALID: { description: "The coupon's validity period has not started yet." },
    COUPON_EXPIRED: { description: "The coupon's validity period has ended." },
    COUPON_MINIMUM_NOT_MET: { description: "The cart's subtotal is below the coupon's minimum." },
    COUPON_USAGE_LIMIT_REACHED: {
      description: 'The coupon has been used as often as allowed, in total or by you.',
    },
    COUPON_NOT_APPLICABLE: {
      description: 'No line of the cart is eligible for the coupon (category or product restriction).',
    },
    CART_EMPTY: { description: 'The cart has no lines: add items before checking out.' },
    CART_NEEDS_ATTENTION: {
      description:
        'The cart has blocking warnings (see `cart.warnings`): review them, e.g. with cartAcceptChanges, then check out again.',
    },
    SHIPPING_METHOD_REQUIRED: {
      description: 'Choose a shipping method for the cart first (cartSetShippingMethod).',
    },
    PRICE_CHANGED: {
      description:
        'A price changed since the shopper saw it: nothing was ordered; confirm the new prices (cartAcceptChanges) and check out again.',
    },
    IDEMPOTENCY_KEY_REUSED: {
      description: 'This idempotency key was already used for a checkout of a different cart: use a new key.',
    },
    CARD_DECLINED: { description: 'The card was declined by the issuer.' },
    INSUFFICIENT_FUNDS: { description: 'The card has insufficient funds.' },
    INVALID_CARD: { description: 'The card number, expiry month or year is not valid.' },
    EXPIRED_CARD: { description: 'The card has expired.' },
    INCORRECT_CVC: { description: "The card's security code (CVC) is incorrect." },
    PAYMENT_PROVIDER_ERROR: {
      description:
        'The payment provider could not be reached or gave no answer: nothing was ordered or charged; try again.',
    },
    INVALID_TRANSITION: {
      description:
        'The order is not in a state that allows this (e.g. cancelling a shipped order, paying a confirmed one).',
    },
    REFUND_FAILED: {
      description: 'The payment provider did not refund the payment; nothing was changed. Try again later.',
    },
    SHIPMENT_QUANTITY_EXCEEDED: {
      description: 'More units than the order line has left to ship (units not yet in a shipment).',
    },
    TRACKING_NUMBER_TAKEN: {
      description: 'Another shipment already has this carrier and tracking number.',
    },
    URL_NOT_ALLOWED: {
      description:
        "The URL's host cannot be resolved, or resolves to a private, loopback, link-local or otherwise non-public " +
        'address (allowed only with WEBHOOK_ALLOW_PRIVATE_URLS).',
    },
    REFUND_EXCEEDS_CAPTURED: {
      description:
        'The refund is more than is still refundable on the payment (captured minus already refunded); nothing was changed.',
    },
    RETURN_NOT_ALLOWED: {
      description: 'Only a delivered order (not cancelled or refunded) can be returned.',
    },
    RETURN_WINDOW_CLOSED: {
      description: 'The return window after delivery has ended (RETURN_WINDOW, 30 days by default).',
    },
    RETURN_QUANTITY_EXCEEDED: {
      description:
        'More units than were delivered, less those already in other returns that were not rejected.',
    },
    REDIRECT_URI_NOT_ALLOWED: {
      description: 'The redirect URI is not one of OIDC_REDIRECT_URIS (compared exactly).',
    },
    OIDC_PROVIDER_UNAVAILABLE: {
      description:
        "The OpenID provider's metadata could not be read (it is down or misconfigured); try again later.",
    },
    OIDC_REJECTED: {
      description:
        "The provider's answer was refused: the code was wrong or already used, or the ID token failed a check " +
        '(signature, issuer, audience, expiry, nonce). Start the sign-in again.',
    },
    IDENTITY_LINK_REQUIRED: {
      description:
        "An account with the provider's email exists, but the provider or the account has not verified it: sign in " +
        'to that account (password) and link the provider with accountIdentityLinkStart.',
    },
    IDENTITY_IN_USE: {
      description: "The provider's account already signs in to another user of this store.",
    },
    LAST_SIGN_IN_METHOD: {
      description:
        'The account has no password and this is its only linked provider: set a password (reset link) or link another first.',
    },
    PASSWORD_NOT_SET: {
      description:
        'The account has no password (created through a sign-in provider): set one with accountPasswordResetRequest.',
    },
    NOT_PURCHASED: {
      description:
        'Only a customer with a DELIVERED order containing the product (any variant) may review it; orders ' +
        'still on their way, cancelled or fully refunded do not count.',
    },
    ALREADY_REVIEWED: {
      description: 'You have already reviewed this product (one review per product): edit that one instead.',
    },
    OWN_REVIEW: { description: 'You cannot vote on your own review.' },
    REAUTHENTICATION_REQUIRED: {
      description:
        'The account has no password and the login is older than ACCOUNT_DELETION_RECENT_SIGN_IN: sign in again first.',
    },
    ACCOUNT_PROTECTED: {
      description:
        'This account cannot be deleted here: the administrator of ADMIN_EMAIL, or your own account through userDelete (use accountDelete).',
    },
  },
});

@ObjectType({ description: 'An expected failure of a mutation: nothing was changed because of it.' })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field at fault, e.g. ["input", "email"]; null when not tied to a field.',
  })
  field!: string[] | null;

  @Field(() => ErrorCode, { description: 'Machine-readable reason.' })
  code!: ErrorCode;

  @Field(() => String, { description: 'Human-readable explanation, safe to show to the shopper.' })
  message!: string;
}

/**
 * Base of every mutation payload: `errors` lists the expected failures. Abstract, so it is
 * not a schema type of its own; each payload type extends it with its result fields.
 */
@ObjectType()
export abstract class MutationPayload {
  @Field(() => [UserError], {
    description: 'Expected failures; empty on success. Nothing changed when not empty.',
  })
  errors!: UserError[];
}

export function userError(field: string[] | null, code: ErrorCode, message: string): UserError {
  return Object.assign(new UserError(), { field, code, message });
}

/** Codes of top-level GraphQL errors (`extensions.code`). */
export type TopLevelCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  /** The request ran past REQUEST_TIMEOUT_MS or DB_STATEMENT_TIMEOUT_MS (see request-deadline.ts). */
  | 'REQUEST_TIMEOUT'
  | 'INTERNAL_SERVER_ERROR'
  /** A subscription that fell too far behind its events was ended (see order-event-hub.ts). */
  | 'SUBSCRIPTION_OVERFLOW'
  /** A WebSocket connection asked for more concurrent operations than one connection may run. */
  | 'TOO_MANY_SUBSCRIPTIONS'
  /** Refused before it ran: the operation's static cost is over the caller's maximum. */
  | 'QUERY_TOO_COMPLEX'
  /** Refused before it ran: fields nest deeper than QUERY_MAX_DEPTH. */
  | 'QUERY_TOO_DEEP'
  /** Refused before it ran: more aliases than QUERY_MAX_ALIASES. */
  | 'TOO_MANY_ALIASES'
  /** Refused before it ran: more root fields than QUERY_MAX_ROOT_FIELDS. */
  | 'TOO_MANY_ROOT_FIELDS'
  /** Refused while parsing: the text has more tokens than QUERY_MAX_TOKENS. */
  | 'QUERY_TOO_LARGE';

/** An error the client is meant to see as it is; anything else is masked. */
export class PublicError extends GraphQLError {
  constructor(code: TopLevelCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () => new PublicError('UNAUTHENTICATED', 'You must be signed in to do this.');
export const forbidden = () => new PublicError('FORBIDDEN', 'You are not allowed to do this.');
export const notFound = (what: string) => new PublicError('NOT_FOUND', `${what} not found.`);
export const badUserInput = (message: string, field?: string) =>
  new PublicError('BAD_USER_INPUT', message, field ? { field } : {});
export const rateLimited = (retryAfterSeconds: number) =>
  new PublicError('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfter: retryAfterSeconds,
  });
