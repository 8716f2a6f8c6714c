/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Confirms the deletion of your own account. */
export type AccountDeleteInput = {
  /** Your current password (WRONG_PASSWORD otherwise). An account without a password (signed up through an external identity) omits it and must have signed in within ACCOUNT_DELETION_RECENT_SIGN_IN (10 minutes by default), else REAUTHENTICATION_REQUIRED. */
  password?: string | null | undefined;
};

/** A new sign-in address, confirmed by the current password. */
export type AccountEmailChangeInput = {
  /** The new sign-in address, unused by any other account. It applies once the link sent to it is followed (accountEmailVerify); until then it is `User.pendingEmail`. */
  newEmail: string;
  /** The current password. */
  password: string;
};

/** A one-time token from a verification email. */
export type AccountEmailVerifyInput = {
  /** The token from the link in the email (registration or email change); single use, valid for EMAIL_VERIFICATION_TTL (2 days by default). */
  token: string;
};

/** A linked provider account to remove. */
export type AccountIdentityUnlinkInput = {
  /** The provider name (`UserIdentity.provider`). */
  provider: string;
  /** The provider's account id (`UserIdentity.subject`). */
  subject: string;
};

/** Credentials to sign in with. */
export type AccountLoginInput = {
  /** A guest cart token to merge into the account's cart on success (the X-Cart-Token header works too). The guest cart is deleted afterwards. */
  cartToken?: string | null | undefined;
  /** The sign-in address, in any letter case. */
  email: string;
  /** The password. A wrong email or password fails alike, with INVALID_CREDENTIALS; attempts are rate-limited. */
  password: string;
};

/** Which login to end; omit it to end the login of the access token or refresh cookie. */
export type AccountLogoutInput = {
  /** A refresh token of the login to end; null: the request's own login. */
  refreshToken?: string | null | undefined;
};

/** The parameters the provider added to the redirect URI's query. */
export type AccountOidcCompleteInput = {
  /** The `code` parameter: the authorization code, usable once. */
  code: string;
  /** The `iss` parameter when the provider sends one (required for providers that advertise it, e.g. Keycloak). */
  iss?: string | null | undefined;
  /** The `state` parameter, as returned; it identifies the sign-in started (usable once, expires). */
  state: string;
};

/** Where to start an OpenID Connect sign-in or link. */
export type AccountOidcStartInput = {
  /** The provider name, as listed by `oidcProviders`. */
  provider: string;
  /** The storefront page the provider sends the browser back to with `code` and `state` (and `iss`); must be one of OIDC_REDIRECT_URIS exactly. */
  redirectUri: string;
};

/** A password change. */
export type AccountPasswordChangeInput = {
  /** The password in use now (WRONG_PASSWORD otherwise). */
  currentPassword: string;
  /** Same rules as at registration. */
  newPassword: string;
};

/** A new password set with the token from a reset email. */
export type AccountPasswordResetInput = {
  /** Same rules as at registration. */
  newPassword: string;
  /** The token from the link in the reset email; single use, valid for PASSWORD_RESET_TTL (1 hour by default). */
  token: string;
};

/** Where to send a password reset link. */
export type AccountPasswordResetRequestInput = {
  /** The account's sign-in address, in any letter case; the answer is the same whether or not it is known. */
  email: string;
};

/** A new customer account. */
export type AccountRegisterInput = {
  /** A guest cart token to merge into the new account's cart when the registration signs in (the X-Cart-Token header works too). The guest cart is deleted afterwards. */
  cartToken?: string | null | undefined;
  /** Email address; trimmed and lower-cased, unique regardless of case. */
  email: string;
  /** Display name, 1 to 100 characters. */
  name: string;
  /** 8 to 72 bytes, with at least one letter and one digit, and not the email address. */
  password: string;
};

/** The refresh token to exchange; omit it to use the HttpOnly refresh cookie. */
export type AccountTokenRefreshInput = {
  /** The refresh token from accountLogin or the last refresh (single use); null: the cookie. */
  refreshToken?: string | null | undefined;
};

/** Profile changes; omitted fields stay as they are. */
export type AccountUpdateInput = {
  /** New display name, 1 to 100 characters. */
  name?: string | null | undefined;
  /** New phone number; an empty string or null clears it. */
  phone?: string | null | undefined;
};

/** A new address-book entry. */
export type AddressCreateInput = {
  /** City or town, 1 to 200 characters. */
  city: string;
  /** ISO 3166-1 alpha-2 country code, any case, e.g. "us" or "DE"; else INVALID_COUNTRY. */
  country: string;
  /** true: becomes the default billing address, replacing the previous one. The customer's first address is the default for both types regardless. */
  defaultBilling?: boolean | null | undefined;
  /** true: becomes the default shipping address, replacing the previous one. The customer's first address is the default for both types regardless. */
  defaultShipping?: boolean | null | undefined;
  /** Street and number, 1 to 200 characters. */
  line1: string;
  /** Apartment, suite, c/o; at most 200 characters. */
  line2?: string | null | undefined;
  /** Recipient name, 1 to 200 characters. */
  name: string;
  /** Phone number: digits with an optional leading +, spaces, dots, dashes and parentheses; 6 to 15 digits, at most 40 characters. */
  phone?: string | null | undefined;
  /** Postal or ZIP code: letters and digits, optionally separated by single spaces or hyphens, at most 20 characters; stored upper-case. May be empty only in countries without postal codes (e.g. HK, AE). */
  postalCode: string;
  /** State, province or county; at most 200 characters. */
  region?: string | null | undefined;
};

/** The address to delete. */
export type AddressDeleteInput = {
  /** The address to delete; must be one of your own. */
  id: string | number;
};

/** A postal address. Every part is trimmed and runs of whitespace become one space; empty optional parts are stored as null. */
export type AddressInput = {
  /** City or town, 1 to 200 characters. */
  city: string;
  /** ISO 3166-1 alpha-2 country code, any case, e.g. "us" or "DE"; else INVALID_COUNTRY. */
  country: string;
  /** Street and number, 1 to 200 characters. */
  line1: string;
  /** Apartment, suite, c/o; at most 200 characters. */
  line2?: string | null | undefined;
  /** Recipient name, 1 to 200 characters. */
  name: string;
  /** Phone number: digits with an optional leading +, spaces, dots, dashes and parentheses; 6 to 15 digits, at most 40 characters. */
  phone?: string | null | undefined;
  /** Postal or ZIP code: letters and digits, optionally separated by single spaces or hyphens, at most 20 characters; stored upper-case. May be empty only in countries without postal codes (e.g. HK, AE). */
  postalCode: string;
  /** State, province or county; at most 200 characters. */
  region?: string | null | undefined;
};

/** The address to make a default, and for what. */
export type AddressSetDefaultInput = {
  /** The address; must be one of your own. */
  id: string | number;
  /** Default shipping or default billing address. */
  type: AddressType;
};

/** What an address is the default for. */
export type AddressType =
  /** The address on invoices and for payment checks. */
  | 'BILLING'
  /** Where orders are delivered. */
  | 'SHIPPING';

/** Changes to an address: omitted or null parts stay as they are; an empty string clears an optional part (line2, region, phone). The same rules as AddressInput apply to the result. Defaults change through addressSetDefault. */
export type AddressUpdateInput = {
  /** New city or town. */
  city?: string | null | undefined;
  /** New ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** The address to change; must be one of your own. */
  id: string | number;
  /** New street and number. */
  line1?: string | null | undefined;
  /** New apartment, suite, c/o; "" clears it. */
  line2?: string | null | undefined;
  /** New recipient name. */
  name?: string | null | undefined;
  /** New phone number; "" clears it. */
  phone?: string | null | undefined;
  /** New postal or ZIP code. */
  postalCode?: string | null | undefined;
  /** New state, province or county; "" clears it. */
  region?: string | null | undefined;
};

/** Admin product filter: every storefront condition plus status. */
export type AdminProductFilterInput = {
  /** Any of these brands (case-insensitive). */
  brands?: Array<string> | null | undefined;
  /** In any of these categories or their descendants. */
  categoryIds?: Array<string | number> | null | undefined;
  /** true: some variant in stock; false: none. */
  inStock?: boolean | null | undefined;
  /** Average rating at least this (0 to 5). */
  minRating?: number | null | undefined;
  /** A variant costs at most this much, e.g. "49.99". */
  priceMax?: string | null | undefined;
  /** A variant costs at least this much, e.g. "10.00". */
  priceMin?: string | null | undefined;
  /** Full-text search over title, brand, tags and description, tolerant of typos in the title. */
  query?: string | null | undefined;
  /** Any of these statuses (default: all). */
  status?: Array<ProductStatus> | null | undefined;
  /** Any of these tags. */
  tags?: Array<string> | null | undefined;
};

/** Which reviews an administrator lists. */
export type AdminReviewsFilterInput = {
  /** Only reviews of this product. */
  productId?: string | number | null | undefined;
  /** Only reviews with exactly this many stars (1 to 5). */
  rating?: number | null | undefined;
  /** Only reviews in this status (e.g. PENDING). */
  status?: ReviewStatus | null | undefined;
};

/** Card details for one payment (checkoutComplete, orderPay). Used for this request only: never stored, logged or returned; orders keep only the brand and last four digits. Test cards: see the README. */
export type CardInput = {
  /** Security code: 3 digits, 4 for American Express. */
  cvc: string;
  /** Expiry month, 1 to 12. */
  expMonth: number;
  /** Expiry year: four digits (2031), or two read as 20xx. */
  expYear: number;
  /** Name on the card (optional). */
  holderName?: string | null | undefined;
  /** Card number, 12 to 19 digits; spaces and dashes are ignored. */
  number: string;
};

/** A variant to add to the cart. */
export type CartAddItemInput = {
  /** Units to add, 1 to 999; added to the line of the same variant if there is one. */
  quantity?: number;
  /** The variant to add. */
  variantId: string | number;
};

/** A coupon code to apply to the cart (it replaces the current coupon). */
export type CartApplyCouponInput = {
  /** The code, in any case, e.g. "summer-25". */
  code: string;
};

/** The cart line to remove. */
export type CartRemoveItemInput = {
  /** The line to remove. */
  lineId: string | number;
};

/** Where the cart ships to: exactly one of addressId and address. */
export type CartSetShippingAddressInput = {
  /** An address typed in (guests and signed-in shoppers). */
  address?: AddressInput | null | undefined;
  /** An entry of the signed-in shopper's address book. */
  addressId?: string | number | null | undefined;
};

/** The shipping method to use. */
export type CartSetShippingMethodInput = {
  /** A code from the cart's availableShippingMethods, in any case, e.g. "EXPRESS". */
  code: string;
};

/** A new quantity for a cart line. */
export type CartUpdateItemInput = {
  /** The line to change. */
  lineId: string | number;
  /** The new quantity, 0 to 999; 0 removes the line. */
  quantity: number;
};

/** Why a cart needs the shopper's attention. Warnings never make a cart read fail; `blocking` ones make checkout refuse the cart until resolved. */
export type CartWarningCode =
  /** The coupon has expired: it gives no discount. */
  | 'COUPON_EXPIRED'
  /** The eligible items are below the coupon's minimum: it gives no discount until they reach it. */
  | 'COUPON_MINIMUM_NOT_MET'
  /** No item of the cart is eligible for the coupon: it gives no discount. */
  | 'COUPON_NOT_APPLICABLE'
  /** The coupon on the cart was switched off: it gives no discount. */
  | 'COUPON_NOT_FOUND'
  /** The coupon's validity has not started: it gives no discount yet. */
  | 'COUPON_NOT_YET_VALID'
  /** The coupon has been used as often as allowed: it gives no discount. */
  | 'COUPON_USAGE_LIMIT_REACHED'
  /** The line asks for more than is in stock; the message gives the number available (blocking). */
  | 'INSUFFICIENT_STOCK'
  /** Fewer than 3 units would be left after this line: informational, not blocking. */
  | 'LOW_STOCK'
  /** The variant is out of stock (blocking; cartAcceptChanges removes the line). */
  | 'OUT_OF_STOCK'
  /** The unit price changed since the line was added (blocking; cartAcceptChanges or changing the quantity confirms it). */
  | 'PRICE_CHANGED'
  /** The product is no longer for sale (archived or back to draft): blocking on a line; on no line, a guest-cart line left out at sign-in. */
  | 'PRODUCT_UNAVAILABLE'
  /** A quantity was lowered for the shopper (e.g. capped at stock when the guest cart was merged at sign-in); shown until the next change. */
  | 'QUANTITY_REDUCED'
  /** The selected shipping method no longer serves the destination: it is not counted; choose another (blocking). */
  | 'SHIPPING_METHOD_UNAVAILABLE';

/** A new category. */
export type CategoryCreateInput = {
  /** Text for the category page, at most 5000 characters. Default: empty. */
  description?: string | null | undefined;
  /** Display name, 1 to 100 characters (trimmed). */
  name: string;
  /** Parent category; omit for a root. */
  parentId?: string | number | null | undefined;
  /** Default: after its siblings. */
  position?: number | null | undefined;
  /** Default: generated from the name, made unique. */
  slug?: string | null | undefined;
};

/** A category to delete. */
export type CategoryDeleteInput = {
  /** The category to delete. */
  id: string | number;
  /** Required when the category has subcategories or products: they move to this category. */
  reassignTo?: string | number | null | undefined;
};

/** Moves a category and its subtree. */
export type CategoryMoveInput = {
  /** The category to move, with everything below it. */
  id: string | number;
  /** The new parent; null makes it a root; omitted keeps the parent (reorder among siblings). */
  parentId?: string | number | null | undefined;
  /** Default: after its new siblings. */
  position?: number | null | undefined;
};

/** Category changes; omitted fields stay as they are. */
export type CategoryUpdateInput = {
  /** New text for the category page, at most 5000 characters; an empty string clears it. */
  description?: string | null | undefined;
  /** The category to change. */
  id: string | number;
  /** New display name, 1 to 100 characters (trimmed). */
  name?: string | null | undefined;
  /** New order among its siblings (ascending); categoryMove changes the parent. */
  position?: number | null | undefined;
  /** New URL key: lower-case letters, digits and single hyphens, at most 100 characters, unique among categories. */
  slug?: string | null | undefined;
};

/** What checkoutComplete does when a cart line cannot be bought in full. */
export type CheckoutAvailability =
  /** The default: every line is bought in full or nothing is ordered. A line no longer for sale or short of stock refuses the whole checkout (PRODUCT_NOT_AVAILABLE, INSUFFICIENT_STOCK) and nothing changes. */
  | 'ALL_OR_NOTHING'
  /** Buy what is available: lines no longer for sale or out of stock are skipped, a line with less stock than asked is bought for the units in stock, and the order (totals, coupon rules, shipping, tax) covers only what is bought. `lines` of the payload says what happened to each cart line; what was not bought stays in the cart. Refused with the ALL_OR_NOTHING errors when nothing at all can be bought. Every other rule is unchanged: a changed price on a line to be bought (PRICE_CHANGED), a coupon no longer valid, a missing address or method still refuse the checkout. */
  | 'AVAILABLE_ONLY';

/** Places an order from the signed-in shopper's cart, with the cart's shipping address and method. Totals are computed by the server, never taken from the client. */
export type CheckoutCompleteInput = {
  /** What to do when a line cannot be bought in full. ALL_OR_NOTHING (the default) refuses the whole checkout; AVAILABLE_ONLY buys what is available and reports every line in the payload's `lines`. Part of the request an idempotency key stands for: the same key with another value is IDEMPOTENCY_KEY_REUSED. */
  availability?: CheckoutAvailability;
  /** The billing address; the cart's shipping address is used when omitted. */
  billingAddress?: AddressInput | null | undefined;
  /** Required with CARD, ignored with CASH_ON_DELIVERY. Validated before anything changes. When the store takes cards with Stripe, omit it (sending it is refused with INVALID_INPUT): the browser confirms the payment with Stripe.js and the returned `clientSecret`. */
  card?: CardInput | null | undefined;
  /** Required; unique per customer, 1 to 200 characters (a new UUID per checkout attempt). Sending the same key again with the same cart (or after the first checkout emptied it) returns the first result: same order, no second charge. With AVAILABLE_ONLY, the cart as the first checkout left it (the lines it could not buy) counts as the same cart. The same key with a different cart, payment method or availability is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: string;
  /** A note for the store, at most 1000 characters. */
  note?: string | null | undefined;
  /** How the order is paid. */
  paymentMethod: PaymentMethod;
};

/** What checkoutComplete did with one cart line. */
export type CheckoutLineStatus =
  /** Bought in full: boughtQuantity = requestedQuantity; the line left the cart. */
  | 'BOUGHT'
  /** AVAILABLE_ONLY: the product is no longer for sale (draft or archived); nothing bought, the line stays in the cart. */
  | 'NOT_FOR_SALE'
  /** AVAILABLE_ONLY: no stock; nothing bought (boughtQuantity 0), the line stays in the cart. */
  | 'OUT_OF_STOCK'
  /** AVAILABLE_ONLY: less stock than asked; the units in stock were bought (0 < boughtQuantity < requestedQuantity) and the line stays in the cart with the units that were missing. */
  | 'PARTIAL';

/** A new coupon. */
export type CouponCreateInput = {
  /** Whether shoppers can use it; default true. */
  active?: boolean | null | undefined;
  /** Restrict the discount to products in these categories or below them (they must exist). At most 500 items. */
  categoryIds?: Array<string | number> | null | undefined;
  /** The code shoppers enter: 3 to 40 letters, digits, "-" or "_" (surrounding spaces are trimmed); stored as entered, unique regardless of case. */
  code: string;
  /** Valid until this instant (exclusive), after startsAt; omitted: no end. */
  endsAt?: string | null | undefined;
  /** Minimum eligible subtotal as a decimal amount, e.g. "50.00"; omitted: no minimum. */
  minSubtotal?: string | null | undefined;
  /** Uses allowed per customer, at least 1; omitted: unlimited. */
  perCustomerLimit?: number | null | undefined;
  /** Restrict the discount to these products (they must exist). With categoryIds: either matches. At most 500 items. */
  productIds?: Array<string | number> | null | undefined;
  /** Valid from this instant; omitted: valid at once. */
  startsAt?: string | null | undefined;
  /** What the coupon takes off. */
  type: CouponType;
  /** Total uses allowed, at least 1; omitted: unlimited. */
  usageLimit?: number | null | undefined;
  /** PERCENTAGE: the percentage off, more than 0 and at most 100 with at most 2 decimals, e.g. "12.5". FIXED_AMOUNT: the amount off as a decimal in the store currency, more than zero, e.g. "10.00". FREE_SHIPPING: ignored. */
  value?: string | null | undefined;
};

/** The coupon to delete. */
export type CouponDeleteInput = {
  /** Id of the coupon. */
  id: string | number;
};

/** Conditions a coupon must all meet. */
export type CouponFilterInput = {
  /** true: only coupons switched on; false: only those switched off; omitted: both. */
  active?: boolean | null | undefined;
  /** Part of the code, matched regardless of case (e.g. "summer" finds "SUMMER-25"). */
  query?: string | null | undefined;
};

/** What a coupon takes off. */
export type CouponType =
  /** A fixed amount spread over the eligible lines, never more than their subtotal. */
  | 'FIXED_AMOUNT'
  /** Shipping costs nothing; the goods keep their prices. */
  | 'FREE_SHIPPING'
  /** A percentage of the eligible lines, e.g. 12.5 %. */
  | 'PERCENTAGE';

/** Coupon changes; omitted fields stay as they are. null clears minSubtotal, startsAt, endsAt, usageLimit, perCustomerLimit, categoryIds and productIds. */
export type CouponUpdateInput = {
  /** Switches the coupon on or off. */
  active?: boolean | null | undefined;
  /** Replaces the category restriction; null or []: none. At most 500 items. */
  categoryIds?: Array<string | number> | null | undefined;
  /** A new code (same rules as on creation). */
  code?: string | null | undefined;
  /** A new end, after the start; null: no end. */
  endsAt?: string | null | undefined;
  /** The coupon to change. */
  id: string | number;
  /** A new minimum eligible subtotal; null or "" removes the minimum. */
  minSubtotal?: string | null | undefined;
  /** A new per-customer limit, at least 1; null: unlimited. */
  perCustomerLimit?: number | null | undefined;
  /** Replaces the product restriction; null or []: none. At most 500 items. */
  productIds?: Array<string | number> | null | undefined;
  /** A new start; null: valid at once. */
  startsAt?: string | null | undefined;
  /** A new type; changing to PERCENTAGE or FIXED_AMOUNT needs a `value` too. */
  type?: CouponType | null | undefined;
  /** A new total limit, at least 1 (it may be below usedCount: the coupon is then used up); null: unlimited. */
  usageLimit?: number | null | undefined;
  /** A new value, read according to the (new or current) type; see CouponCreateInput.value. */
  value?: string | null | undefined;
};

/** The period and buckets of a customer report. */
export type CustomerReportInput = {
  /** How the period is divided (at most 1,500 buckets). */
  bucket?: ReportBucket;
  /** First local date of the period (YYYY-MM-DD), included, in `timeZone`. */
  from: string;
  /** IANA time zone of the dates and buckets, e.g. Europe/Berlin; default the store's STORE_TIME_ZONE. */
  timeZone?: string | null | undefined;
  /** Last local date of the period (YYYY-MM-DD), included; not before `from`. */
  to: string;
};

/** The object to delete. */
export type DeleteInput = {
  /** Id of the object to delete. */
  id: string | number;
};

/** Machine-readable reason of a UserError. */
export type ErrorCode =
  /** The account was disabled by an administrator. */
  | 'ACCOUNT_DISABLED'
  /** This account cannot be deleted here: the administrator of ADMIN_EMAIL, or your own account through userDelete (use accountDelete). */
  | 'ACCOUNT_PROTECTED'
  /** You have already reviewed this product (one review per product): edit that one instead. */
  | 'ALREADY_REVIEWED'
  /** The email address is already verified. */
  | 'ALREADY_VERIFIED'
  /** The card was declined by the issuer. */
  | 'CARD_DECLINED'
  /** The cart has no lines: add items before checking out. */
  | 'CART_EMPTY'
  /** The cart has blocking warnings (see `cart.warnings`): review them, e.g. with cartAcceptChanges, then check out again. */
  | 'CART_NEEDS_ATTENTION'
  /** No cart matches the cart token (unknown, expired or already merged). */
  | 'CART_NOT_FOUND'
  /** A category cannot be moved below itself or one of its descendants. */
  | 'CATEGORY_CYCLE'
  /** The category still has subcategories or products; pass `reassignTo` to move them first. */
  | 'CATEGORY_NOT_EMPTY'
  /** Another shipping method or coupon already uses this code (codes are unique regardless of case). */
  | 'CODE_TAKEN'
  /** The image file is truncated or damaged. */
  | 'CORRUPT_IMAGE'
  /** The coupon's validity period has ended. */
  | 'COUPON_EXPIRED'
  /** The cart's subtotal is below the coupon's minimum. */
  | 'COUPON_MINIMUM_NOT_MET'
  /** No line of the cart is eligible for the coupon (category or product restriction). */
  | 'COUPON_NOT_APPLICABLE'
  /** No active coupon has this code. */
  | 'COUPON_NOT_FOUND'
  /** The coupon's validity period has not started yet. */
  | 'COUPON_NOT_YET_VALID'
  /** The coupon has been used as often as allowed, in total or by you. */
  | 'COUPON_USAGE_LIMIT_REACHED'
  /** The store requires a verified email address before sign-in (REQUIRE_VERIFIED_EMAIL_FOR_SIGN_IN): follow the link of the verification email first. */
  | 'EMAIL_NOT_VERIFIED'
  /** Another account already uses this email address. */
  | 'EMAIL_TAKEN'
  /** The card has expired. */
  | 'EXPIRED_CARD'
  /** This idempotency key was already used for a checkout of a different cart: use a new key. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The provider's account already signs in to another user of this store. */
  | 'IDENTITY_IN_USE'
  /** An account with the provider's email exists, but the provider or the account has not verified it: sign in to that account (password) and link the provider with accountIdentityLinkStart. */
  | 'IDENTITY_LINK_REQUIRED'
  /** The uploaded file is larger than UPLOAD_MAX_FILE_SIZE. */
  | 'IMAGE_TOO_LARGE'
  /** The card's security code (CVC) is incorrect. */
  | 'INCORRECT_CVC'
  /** The card has insufficient funds. */
  | 'INSUFFICIENT_FUNDS'
  /** Not enough stock: stock never goes below zero. */
  | 'INSUFFICIENT_STOCK'
  /** The card number, expiry month or year is not valid. */
  | 'INVALID_CARD'
  /** A country must be an ISO 3166-1 alpha-2 code such as US or DE. */
  | 'INVALID_COUNTRY'
  /** Unknown email or wrong password (deliberately indistinguishable). */
  | 'INVALID_CREDENTIALS'
  /** The email address is not valid. */
  | 'INVALID_EMAIL'
  /** A value is missing, malformed or out of range; see `field` and `message`. */
  | 'INVALID_INPUT'
  /** A price must be a non-negative decimal amount such as "19.99". */
  | 'INVALID_PRICE'
  /** A slug must be lower-case letters, digits and single hyphens. */
  | 'INVALID_SLUG'
  /** The token is unknown, already used or revoked. */
  | 'INVALID_TOKEN'
  /** The order is not in a state that allows this (e.g. cancelling a shipped order, paying a confirmed one). */
  | 'INVALID_TRANSITION'
  /** The change would leave the store without an active administrator. */
  | 'LAST_ADMIN'
  /** The account has no password and this is its only linked provider: set a password (reset link) or link another first. */
  | 'LAST_SIGN_IN_METHOD'
  /** Every product keeps at least one variant. */
  | 'LAST_VARIANT'
  /** The referenced object does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** Only a customer with a DELIVERED order containing the product (any variant) may review it; orders still on their way, cancelled or fully refunded do not count. */
  | 'NOT_PURCHASED'
  /** The OpenID provider's metadata could not be read (it is down or misconfigured); try again later. */
  | 'OIDC_PROVIDER_UNAVAILABLE'
  /** The provider's answer was refused: the code was wrong or already used, or the ID token failed a check (signature, issuer, audience, expiry, nonce). Start the sign-in again. */
  | 'OIDC_REJECTED'
  /** You cannot vote on your own review. */
  | 'OWN_REVIEW'
  /** The account has no password (created through a sign-in provider): set one with accountPasswordResetRequest. */
  | 'PASSWORD_NOT_SET'
  /** The password is longer than 72 bytes (the bcrypt limit); it is never truncated. */
  | 'PASSWORD_TOO_LONG'
  /** The payment provider could not be reached or gave no answer: nothing was ordered or charged; try again. */
  | 'PAYMENT_PROVIDER_ERROR'
  /** A price changed since the shopper saw it: nothing was ordered; confirm the new prices (cartAcceptChanges) and check out again. */
  | 'PRICE_CHANGED'
  /** The product is not for sale (draft or archived). */
  | 'PRODUCT_NOT_AVAILABLE'
  /** The account has no password and the login is older than ACCOUNT_DELETION_RECENT_SIGN_IN: sign in again first. */
  | 'REAUTHENTICATION_REQUIRED'
  /** The redirect URI is not one of OIDC_REDIRECT_URIS (compared exactly). */
  | 'REDIRECT_URI_NOT_ALLOWED'
  /** The refund is more than is still refundable on the payment (captured minus already refunded); nothing was changed. */
  | 'REFUND_EXCEEDS_CAPTURED'
  /** The payment provider did not refund the payment; nothing was changed. Try again later. */
  | 'REFUND_FAILED'
  /** Only a delivered order (not cancelled or refunded) can be returned. */
  | 'RETURN_NOT_ALLOWED'
  /** More units than were delivered, less those already in other returns that were not rejected. */
  | 'RETURN_QUANTITY_EXCEEDED'
  /** The return window after delivery has ended (RETURN_WINDOW, 30 days by default). */
  | 'RETURN_WINDOW_CLOSED'
  /** More units than the order line has left to ship (units not yet in a shipment). */
  | 'SHIPMENT_QUANTITY_EXCEEDED'
  /** Set a shipping address on the cart first. */
  | 'SHIPPING_ADDRESS_REQUIRED'
  /** Choose a shipping method for the cart first (cartSetShippingMethod). */
  | 'SHIPPING_METHOD_REQUIRED'
  /** The shipping method is unknown, inactive or does not serve the cart's destination. */
  | 'SHIPPING_METHOD_UNAVAILABLE'
  /** Another variant already uses this SKU (SKUs are unique regardless of case). */
  | 'SKU_TAKEN'
  /** Another product or category already uses this slug. */
  | 'SLUG_TAKEN'
  /** A tax rate for this country, region and tax class already exists; update it instead. */
  | 'TAX_RATE_EXISTS'
  /** The token has expired; request a new one. */
  | 'TOKEN_EXPIRED'
  /** A refresh token was presented after it had been rotated: the whole login was revoked as a precaution. */
  | 'TOKEN_REUSED'
  /** Another shipment already has this carrier and tracking number. */
  | 'TRACKING_NUMBER_TAKEN'
  /** Only JPEG, PNG and WebP images are accepted (checked by content). */
  | 'UNSUPPORTED_IMAGE_TYPE'
  /** The URL's host cannot be resolved, or resolves to a private, loopback, link-local or otherwise non-public address (allowed only with WEBHOOK_ALLOW_PRIVATE_URLS). */
  | 'URL_NOT_ALLOWED'
  /** The variant does not exist. */
  | 'VARIANT_NOT_FOUND'
  /** The password is shorter than 8 bytes, lacks a letter or a digit, or equals the email. */
  | 'WEAK_PASSWORD'
  /** The current password given to confirm a change is wrong. */
  | 'WRONG_PASSWORD';

/** A stock change recorded in the ledger. */
export type InventoryAdjustInput = {
  /** Units in (positive) or out (negative); stock never goes below zero. */
  delta: number;
  /** Free text kept in the ledger, at most 500 characters. */
  note?: string | null | undefined;
  /** Why, kept in the ledger: usually RESTOCK or ADJUSTMENT (orders record their own movements). */
  reason: StockMovementReason;
  /** E.g. a delivery note or order number, at most 200 characters. */
  reference?: string | null | undefined;
  /** The variant whose stock changes. */
  variantId: string | number;
};

/** Which variants an inventory report covers; every condition given must hold. */
export type InventoryReportFilterInput = {
  /** Only variants of products in these categories or any category below them; unknown ids match nothing. At most 100 items. */
  categoryIds?: Array<string | number> | null | undefined;
  /** Only variants at or below `lowStockThreshold` units. */
  lowStockOnly?: boolean;
  /** A variant with at most this many units is low on stock (0 to 1,000,000): what `lowStockOnly` and `InventoryTotals.lowStockCount` use. */
  lowStockThreshold?: number;
  /** Only variants of these products; unknown ids match nothing. At most 100 items. */
  productIds?: Array<string | number> | null | undefined;
  /** Only variants whose SKU or product title contains this text, in any letter case (1 to 100 characters). */
  search?: string | null | undefined;
};

/** Who caused an order event. */
export type OrderActorKind =
  /** Store staff. */
  | 'ADMIN'
  /** The buyer. */
  | 'CUSTOMER'
  /** The server itself (payment results, reservation expiry). */
  | 'SYSTEM';

/** Cancels an order. */
export type OrderCancelInput = {
  /** The order to cancel. */
  orderId: string | number;
  /** Why (at most 500 characters); shown on the order timeline. */
  reason?: string | null | undefined;
};

/** What happened on an order's timeline. */
export type OrderEventType =
  /** Cancelled (see reason and actorKind). */
  | 'CANCELLED'
  /** Confirmed for cash on delivery. */
  | 'CASH_ON_DELIVERY_CONFIRMED'
  /** Delivered. */
  | 'DELIVERED'
  /** A payment arrived after cancellation and was refunded at once. */
  | 'LATE_PAYMENT_REFUNDED'
  /** Part of the payment was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** The cash was collected on delivery. */
  | 'PAYMENT_COLLECTED'
  /** A card payment attempt failed (see reason); the order waits for payment. */
  | 'PAYMENT_FAILED'
  /** A card payment succeeded: the order is confirmed. */
  | 'PAYMENT_SUCCEEDED'
  /** The order was placed at checkout (stock reserved). */
  | 'PLACED'
  /** The order was refunded in full. */
  | 'REFUNDED'
  /** Not paid in time: cancelled and its stock returned. */
  | 'RESERVATION_EXPIRED'
  /** The return was approved: the customer may send the items back. */
  | 'RETURN_APPROVED'
  /** The returned items arrived: restocked and refunded. */
  | 'RETURN_RECEIVED'
  /** The return was rejected (see the return). */
  | 'RETURN_REJECTED'
  /** The customer asked to return items. */
  | 'RETURN_REQUESTED'
  /** A shipment of some or all of the lines was created. */
  | 'SHIPMENT_CREATED'
  /** A shipment's status changed (by an admin or the carrier). */
  | 'SHIPMENT_STATUS_CHANGED'
  /** Handed to the carrier. */
  | 'SHIPPED';

/** Narrows an order list; every given condition must hold. */
export type OrderFilterInput = {
  /** Only this customer's orders (for admins; a customer only ever sees their own). */
  customerId?: string | number | null | undefined;
  /** Only orders placed at or after this moment. */
  from?: string | null | undefined;
  /** Only orders in this status. */
  status?: OrderStatus | null | undefined;
  /** Only orders placed before this moment. */
  to?: string | null | undefined;
};

/** Refers to one order. */
export type OrderIdInput = {
  /** The order. */
  orderId: string | number;
};

/** A new card payment attempt for an order awaiting payment. */
export type OrderPayInput = {
  /** The card to charge the order total to; required, except when the store takes cards with Stripe: then omit it (sending it is refused with INVALID_INPUT) and confirm in the browser with the returned `clientSecret`. */
  card?: CardInput | null | undefined;
  /** The order to pay (yours, PENDING_PAYMENT). */
  orderId: string | number;
};

/** Where an order stands. Status changes follow the order state machine; each is on the order's timeline. */
export type OrderStatus =
  /** Cancelled by the shopper or the store, or its reservation expired unpaid; stock was returned. */
  | 'CANCELLED'
  /** Paid by card, or confirmed for cash on delivery: the store prepares it. */
  | 'CONFIRMED'
  /** Every unit was delivered to the shopper (see shipments). */
  | 'DELIVERED'
  /** Placed, stock reserved, waiting for a card payment (the first attempt failed): pay with orderPay before `reservedUntil`. */
  | 'PENDING_PAYMENT'
  /** Fully refunded by the store: nothing of its payment is left captured. */
  | 'REFUNDED'
  /** Every unit is in a parcel that has left the store (see shipments). */
  | 'SHIPPED';

/** Delivery state of an outgoing message. */
export type OutboxStatus =
  /** Gave up after OUTBOX_MAX_ATTEMPTS attempts. */
  | 'FAILED'
  /** Waiting for (another) delivery attempt. */
  | 'PENDING'
  /** Delivered (or, in development, kept in the mailbox). */
  | 'SENT';

/** How an order is paid. */
export type PaymentMethod =
  /** By card, charged at checkout (simulated gateway in this build). */
  | 'CARD'
  /** Cash to the courier: the order is confirmed at once, its payment stays PENDING until collected. */
  | 'CASH_ON_DELIVERY';

/** Refunds all or part of a captured payment. */
export type PaymentRefundInput = {
  /** Decimal amount to give back, e.g. "12.50"; at most what is still refundable (captured − refunded). Omitted: everything still refundable. */
  amount?: string | null | undefined;
  /** The payment to refund (SUCCEEDED or PARTIALLY_REFUNDED). */
  paymentId: string | number;
  /** Why (at most 500 characters); shown on the timeline. */
  reason?: string | null | undefined;
};

/** State of the money of an order or of one payment attempt. */
export type PaymentStatus =
  /** The attempt failed (declined, insufficient funds, ...); nothing was charged. */
  | 'FAILED'
  /** Part of the captured amount was given back. */
  | 'PARTIALLY_REFUNDED'
  /** Nothing captured yet (cash on delivery: paid to the courier). */
  | 'PENDING'
  /** Everything captured was given back. */
  | 'REFUNDED'
  /** The money is captured. */
  | 'SUCCEEDED';

/** A new product with at least one variant. */
export type ProductCreateInput = {
  /** Brand or maker, at most 100 characters. Default: none. */
  brand?: string | null | undefined;
  /** Categories the product is directly in (it also lists under their ancestors). Default: none. */
  categoryIds?: Array<string | number> | null | undefined;
  /** Long description, plain text, at most 20000 characters. Default: empty. */
  description?: string | null | undefined;
  /** Default: generated from the title, made unique. */
  slug?: string | null | undefined;
  /** Default DRAFT. */
  status?: ProductStatus | null | undefined;
  /** Tags, stored trimmed, lower-cased and without duplicates: at most 50, of at most 50 characters each. */
  tags?: Array<string> | null | undefined;
  /** Default STANDARD. */
  taxClass?: TaxClass | null | undefined;
  /** Display name, 1 to 200 characters (trimmed). */
  title: string;
  /** Its variants in display order: 1 to 100, each SKU unused. Stock given here is recorded as RESTOCK. */
  variants: Array<VariantInput>;
};

/** Conditions a product must all meet (values within one list are alternatives). */
export type ProductFilterInput = {
  /** Any of these brands (case-insensitive). */
  brands?: Array<string> | null | undefined;
  /** In any of these categories or their descendants. */
  categoryIds?: Array<string | number> | null | undefined;
  /** true: some variant in stock; false: none. */
  inStock?: boolean | null | undefined;
  /** Average rating at least this (0 to 5). */
  minRating?: number | null | undefined;
  /** A variant costs at most this much, e.g. "49.99". */
  priceMax?: string | null | undefined;
  /** A variant costs at least this much, e.g. "10.00". */
  priceMin?: string | null | undefined;
  /** Full-text search over title, brand, tags and description, tolerant of typos in the title. */
  query?: string | null | undefined;
  /** Any of these tags. */
  tags?: Array<string> | null | undefined;
};

/** An image file for a product (GraphQL multipart request). */
export type ProductImageUploadInput = {
  /** Alternative text for screen readers, at most 500 characters. Default: empty. */
  alt?: string | null | undefined;
  /** JPEG, PNG or WebP, up to UPLOAD_MAX_FILE_SIZE (5 MB by default). */
  file: unknown;
  /** The product the image is for. */
  productId: string | number;
};

/** The new order of a product's images. */
export type ProductImagesReorderInput = {
  /** Every image id of the product, in the wanted order. */
  imageIds: Array<string | number>;
  /** The product whose images to reorder. */
  productId: string | number;
};

/** Which published reviews of a product to list. */
export type ProductReviewsFilterInput = {
  /** Only reviews with exactly this many stars (1 to 5). */
  rating?: number | null | undefined;
  /** True: only verified purchases. */
  verifiedOnly?: boolean | null | undefined;
  /** True: only reviews with a written text (body). */
  withText?: boolean | null | undefined;
};

/** Order of a product list. Every order pages by keyset cursor and is stable under ties. */
export type ProductSort =
  /** Most recently created first (default without a `query`). */
  | 'NEWEST'
  /** Most units sold first (Product.unitsSold: a sale counts about a second after it). */
  | 'POPULARITY'
  /** Lowest variant price, cheapest first. */
  | 'PRICE_ASC'
  /** Lowest variant price, most expensive first. */
  | 'PRICE_DESC'
  /** Highest average rating first. */
  | 'RATING'
  /** Best text match first (default with a `query`; NEWEST without one): products whose title holds the whole query, the shortest title first, then the rest by full-text rank (matches in the title weigh most, then brand and tags, then the description). */
  | 'RELEVANCE'
  /** Title, A to Z (case-insensitive). */
  | 'TITLE';

/** Lifecycle of a product. Only ACTIVE products are visible to the public. */
export type ProductStatus =
  /** For sale and visible. */
  | 'ACTIVE'
  /** No longer sold; kept for order history; hidden from the storefront. */
  | 'ARCHIVED'
  /** Being prepared; hidden from the storefront. */
  | 'DRAFT';

/** Product changes; omitted fields stay as they are. */
export type ProductUpdateInput = {
  /** An empty string clears the brand. */
  brand?: string | null | undefined;
  /** Replaces the product's categories. */
  categoryIds?: Array<string | number> | null | undefined;
  /** New long description, at most 20000 characters; an empty string clears it. */
  description?: string | null | undefined;
  /** The product to change. */
  id: string | number;
  /** New URL key: lower-case letters, digits and single hyphens, at most 100 characters, unique among products. */
  slug?: string | null | undefined;
  /** New lifecycle state: ACTIVE publishes the product, DRAFT and ARCHIVED hide it from the storefront. */
  status?: ProductStatus | null | undefined;
  /** Replaces the tags (same rules as at creation); an empty list removes them all. */
  tags?: Array<string> | null | undefined;
  /** New tax class, for carts priced from now on; placed orders keep the class they were taxed at. */
  taxClass?: TaxClass | null | undefined;
  /** New display name, 1 to 200 characters (trimmed). */
  title?: string | null | undefined;
};

/** What caused a refund. */
export type RefundSource =
  /** An admin refunded the payment (paymentRefund). */
  | 'ADMIN'
  /** The order was cancelled after payment, or paid after it was cancelled. */
  | 'CANCELLATION'
  /** Made at the payment provider (e.g. Stripe's dashboard) and reported by its webhook. */
  | 'PROVIDER'
  /** Returned items were received (returnReceive). */
  | 'RETURN';

/** How a report divides its period, in the report time zone. */
export type ReportBucket =
  /** Calendar days (a daylight-saving day is 23 or 25 hours long and still one bucket). */
  | 'DAY'
  /** Calendar months. */
  | 'MONTH'
  /** ISO weeks, Monday to Sunday, labelled by ISO week-year (2026-W53). */
  | 'WEEK'
  /** Calendar years. */
  | 'YEAR';

/** Approves or rejects a requested return. */
export type ReturnDecisionInput = {
  /** A note for the customer (at most 500 characters), emailed and shown on the return. */
  note?: string | null | undefined;
  /** The return (REQUESTED). */
  returnId: string | number;
};

/** Narrows the return list; every given condition must hold. */
export type ReturnFilterInput = {
  /** Only returns in this status. */
  status?: ReturnStatus | null | undefined;
};

/** Refers to one return. */
export type ReturnIdInput = {
  /** The return. */
  returnId: string | number;
};

/** Units of one order line to return. */
export type ReturnLineInput = {
  /** The order line. */
  orderLineId: string | number;
  /** Units to return: at least 1, at most those delivered less those in other (not rejected) returns. */
  quantity: number;
};

/** Asks to return units of one of your delivered orders. */
export type ReturnRequestInput = {
  /** The units to return: 1 to 100 lines, each order line once. */
  lines: Array<ReturnLineInput>;
  /** Your order (DELIVERED, within the return window). */
  orderId: string | number;
  /** Why (1 to 500 characters). */
  reason: string;
};

/** Where a return stands: REQUESTED → APPROVED → RECEIVED, or REQUESTED → REJECTED. */
export type ReturnStatus =
  /** Accepted: the customer sends the items back. */
  | 'APPROVED'
  /** The items arrived: restocked and refunded. */
  | 'RECEIVED'
  /** Declined by the store (see note); its units may be requested again. */
  | 'REJECTED'
  /** Asked for by the customer; the store has not decided yet. */
  | 'REQUESTED';

/** A new review. */
export type ReviewCreateInput = {
  /** The review, plain text, at most 5000 characters; line breaks kept, no other control characters (trimmed). */
  body?: string | null | undefined;
  /** The product, bought by you in an order that was delivered. */
  productId: string | number;
  /** Stars, 1 to 5 (whole stars). */
  rating: number;
  /** Headline, plain text, at most 150 characters, no control characters (trimmed). */
  title?: string | null | undefined;
};

/** A review to act on. */
export type ReviewIdInput = {
  /** The review. */
  reviewId: string | number;
};

/** Why a review is rejected. */
export type ReviewRejectInput = {
  /** Reason shown to the author, 1 to 500 characters. */
  reason: string;
  /** The review. */
  reviewId: string | number;
};

/** The store's reply to a review. */
export type ReviewReplyInput = {
  /** Public reply, plain text, 1 to 5000 characters; replaces an earlier reply. */
  body: string;
  /** The review. */
  reviewId: string | number;
};

/** Whether you get review request emails. */
export type ReviewRequestEmailsInput = {
  /** False: no more "How was your order?" emails; true: them again. */
  enabled: boolean;
};

/** Order of a product page of reviews. */
export type ReviewSort =
  /** Most stars first. */
  | 'HIGHEST'
  /** Fewest stars first. */
  | 'LOWEST'
  /** Most "helpful" votes first. */
  | 'MOST_HELPFUL'
  /** Most recently written first (the default). */
  | 'NEWEST';

/** Where a review stands in moderation. Only PUBLISHED reviews are public and count in ratings. */
export type ReviewStatus =
  /** Waiting for approval (REVIEW_MODERATION=hold); seen by its author and admins. */
  | 'PENDING'
  /** Public, and counted in the product rating. */
  | 'PUBLISHED'
  /** Refused by the store, with a reason its author sees. */
  | 'REJECTED';

/** Changes to your review; fields left out stay as they are. */
export type ReviewUpdateInput = {
  /** New text, at most 5000 characters. */
  body?: string | null | undefined;
  /** New stars, 1 to 5. */
  rating?: number | null | undefined;
  /** Your review. */
  reviewId: string | number;
  /** New headline, at most 150 characters. */
  title?: string | null | undefined;
};

/** Your vote on a review. */
export type ReviewVoteInput = {
  /** True: helpful; false: not helpful; null: withdraw your vote. */
  helpful?: boolean | null | undefined;
  /** Another customer's published review. */
  reviewId: string | number;
};

/** Access level of an account. CUSTOMER < VENDOR < ADMIN: a higher role may do what a lower one may. */
export type Role =
  /** Store staff with access to every administration operation. */
  | 'ADMIN'
  /** A shopper: their own cart, orders, addresses and account. */
  | 'CUSTOMER'
  /** A seller managing their own products (marketplace setups). */
  | 'VENDOR';

/** A sales report: period, buckets, time zone and an optional product filter. */
export type SalesReportInput = {
  /** Bucket size; at most 1,500 buckets per report (e.g. four years of days). */
  bucket?: ReportBucket;
  /** Only lines of products currently in these categories or their descendants count (at most 50 ids; an unknown id is an error). */
  categoryIds?: Array<string | number> | null | undefined;
  /** First day of the period, a local calendar date (YYYY-MM-DD) in `timeZone`, included. */
  from: string;
  /** Whether each bucket lists its sale lines (`items`); null items otherwise. */
  includeItems?: boolean;
  /** Only lines of these products count (at most 100 ids; an unknown id is an error). With `categoryIds` too, a line must match both. */
  productIds?: Array<string | number> | null | undefined;
  /** IANA time zone of the period and its buckets, e.g. "Europe/Berlin"; default the store's STORE_TIME_ZONE. */
  timeZone?: string | null | undefined;
  /** Last day of the period, a local calendar date (YYYY-MM-DD) in `timeZone`, included; not before `from`. */
  to: string;
};

/** A new parcel of a confirmed order. */
export type ShipmentCreateInput = {
  /** The carrier, e.g. UPS (1 to 100 characters). */
  carrier: string;
  /** What is in the parcel; omitted: every unit of the order not in a shipment yet. */
  lines?: Array<ShipmentLineInput> | null | undefined;
  /** The order (CONFIRMED, or SHIPPED with units to ship again). */
  orderId: string | number;
  /** The starting status (default PENDING; IN_TRANSIT when it is handed over at once). */
  status?: ShipmentStatus | null | undefined;
  /** The carrier's tracking number (1 to 100 characters), unique per carrier. */
  trackingNumber: string;
  /** The carrier's tracking page (http or https URL). */
  trackingUrl?: string | null | undefined;
};

/** Who reported a shipment's status. */
export type ShipmentEventSource =
  /** Store staff, through the admin API. */
  | 'ADMIN'
  /** The carrier's webhook. */
  | 'CARRIER';

/** Units of one order line to put in a shipment. */
export type ShipmentLineInput = {
  /** The order line. */
  orderLineId: string | number;
  /** Units (at least 1, at most what is not in a shipment yet). */
  quantity: number;
};

/** Where a parcel stands. Nothing goes back to PENDING; EXCEPTION is recoverable; DELIVERED only moves on to RETURNED; RETURNED is final. */
export type ShipmentStatus =
  /** Delivered to the shopper. */
  | 'DELIVERED'
  /** A problem on the way (delay, damage, address issue); its units still count as shipped. Recoverable. */
  | 'EXCEPTION'
  /** With the carrier, on its way. */
  | 'IN_TRANSIT'
  /** On the delivery vehicle today. */
  | 'OUT_FOR_DELIVERY'
  /** Prepared, not handed to the carrier yet: its units do not count as shipped. */
  | 'PENDING'
  /** Sent back to the store; its units are no longer in a shipment and may be shipped again. */
  | 'RETURNED';

/** A new status for a shipment (or a further scan of the same one). */
export type ShipmentUpdateStatusInput = {
  /** A note for the history (at most 500 characters); shown to the shopper. */
  note?: string | null | undefined;
  /** When it happened; default now. */
  occurredAt?: string | null | undefined;
  /** The shipment. */
  shipmentId: string | number;
  /** The new status. */
  status: ShipmentStatus;
};

/** A new shipping method. */
export type ShippingMethodCreateInput = {
  /** Offered to shoppers. Default true. */
  active?: boolean | null | undefined;
  /** Unique code, 2 to 40 letters, digits or underscores; upper-cased, e.g. "express" becomes "EXPRESS". */
  code: string;
  /** ISO 3166-1 alpha-2 codes served (any case; duplicates ignored). Default: every country. */
  countries?: Array<string> | null | undefined;
  /** At most 2000 characters. Default: empty. */
  description?: string | null | undefined;
  /** Free from this discounted subtotal on, e.g. "50.00". Default: never free. */
  freeAbove?: string | null | undefined;
  /** Most business days until delivery, minDeliveryDays to 365. */
  maxDeliveryDays: number;
  /** Fewest business days until delivery, 0 to 365. */
  minDeliveryDays: number;
  /** Name shown to shoppers, 1 to 100 characters. */
  name: string;
  /** Display order, ascending. Default 0. */
  position?: number | null | undefined;
  /** Price before tax as a decimal amount, e.g. "4.99". */
  price: string;
};

/** Narrows the shipping method list; every given condition must hold. */
export type ShippingMethodFilterInput = {
  /** true: only methods offered to shoppers; false: only inactive ones; omitted: both (as CouponFilterInput.active). */
  active?: boolean | null | undefined;
};

/** Shipping method changes; omitted fields stay as they are. */
export type ShippingMethodUpdateInput = {
  /** false hides the method from shoppers. */
  active?: boolean | null | undefined;
  /** New unique code (upper-cased). Carts that chose the old code lose their choice. */
  code?: string | null | undefined;
  /** Replaces the countries served; an empty list serves every country. */
  countries?: Array<string> | null | undefined;
  /** New description; an empty string clears it. */
  description?: string | null | undefined;
  /** New free-shipping threshold, e.g. "75.00"; null or an empty string: never free. */
  freeAbove?: string | null | undefined;
  /** The method to change. */
  id: string | number;
  /** New most business days, at least the minimum, up to 365. */
  maxDeliveryDays?: number | null | undefined;
  /** New fewest business days, 0 to 365. */
  minDeliveryDays?: number | null | undefined;
  /** New name, 1 to 100 characters. */
  name?: string | null | undefined;
  /** New display order. */
  position?: number | null | undefined;
  /** New price before tax, e.g. "5.99". */
  price?: string | null | undefined;
};

/** The period over which stock movements are summed. */
export type StockMovementPeriodInput = {
  /** Also divide the period into these buckets (at most 1,500); null: period totals only. */
  bucket?: ReportBucket | null | undefined;
  /** First local date of the period (YYYY-MM-DD), included. */
  from: string;
  /** IANA time zone of the dates and buckets, e.g. Europe/Berlin; default the store's STORE_TIME_ZONE. */
  timeZone?: string | null | undefined;
  /** Last local date of the period (YYYY-MM-DD), included; not before `from`. */
  to: string;
};

/** Why stock changed. */
export type StockMovementReason =
  /** A correction after a count, damage or loss. */
  | 'ADJUSTMENT'
  /** Returned to stock by a cancelled order. */
  | 'CANCEL'
  /** Sold in an order. */
  | 'ORDER'
  /** Goods received (also the initial stock of a new variant). */
  | 'RESTOCK'
  /** Returned by a customer. */
  | 'RETURN';

/** Which tax rate applies to a product. */
export type TaxClass =
  /** The lower rate some goods get (e.g. food, books), as the REDUCED tax rates set it. */
  | 'REDUCED'
  /** The general rate of the destination (e.g. full VAT); the default for new products. */
  | 'STANDARD'
  /** Zero-rated goods (e.g. children's clothing in the UK): the ZERO tax rates apply, normally 0 %. */
  | 'ZERO';

/** A new tax rate. */
export type TaxRateCreateInput = {
  /** ISO 3166-1 alpha-2 country code (any case), e.g. "DE". */
  country: string;
  /** Label shown on receipts, e.g. "VAT", at most 100 characters. Default: empty. */
  name?: string | null | undefined;
  /** The rate in percent, 0 to 100 with at most 2 decimals, e.g. "19" or "7.5". */
  rate: string;
  /** Limits the rate to one region (state, province) as addresses spell it, e.g. "CA". Omitted, null or empty: the whole country. */
  region?: string | null | undefined;
  /** The product tax class the rate applies to. */
  taxClass: TaxClass;
};

/** Narrows the tax rate list; every given condition must hold. */
export type TaxRateFilterInput = {
  /** Only this country (ISO 3166-1 alpha-2, any case). Default: every country. */
  country?: string | null | undefined;
};

/** Tax rate changes; omitted fields stay as they are. */
export type TaxRateUpdateInput = {
  /** New ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** The rate to change. */
  id: string | number;
  /** New label; an empty string clears it. */
  name?: string | null | undefined;
  /** New rate in percent, e.g. "20". */
  rate?: string | null | undefined;
  /** New region; null or an empty string makes the rate country-wide. */
  region?: string | null | undefined;
  /** New tax class. */
  taxClass?: TaxClass | null | undefined;
};

/** What a top list ranks by (highest first, ties by id). */
export type TopRanking =
  /** Net sales in the period (see SalesFigures.net). */
  | 'NET'
  /** Units sold in the period. */
  | 'UNITS';

/** A ranking of products or categories over a period. */
export type TopReportInput = {
  /** What to rank by. */
  by?: TopRanking;
  /** topProducts: only products currently in these categories or their descendants. topCategories: rank only these categories. At most 50 ids; an unknown id is an error. */
  categoryIds?: Array<string | number> | null | undefined;
  /** How many to return, 1 to 100. */
  first?: number;
  /** First day of the period, a local calendar date (YYYY-MM-DD) in `timeZone`, included. */
  from: string;
  /** IANA time zone of the period and its buckets, e.g. "Europe/Berlin"; default the store's STORE_TIME_ZONE. */
  timeZone?: string | null | undefined;
  /** Last day of the period, a local calendar date (YYYY-MM-DD) in `timeZone`, included; not before `from`. */
  to: string;
};

/** The account an administrator deletes. */
export type UserDeleteInput = {
  /** The account to delete: not your own (ACCOUNT_PROTECTED: use accountDelete), not the ADMIN_EMAIL administrator (ACCOUNT_PROTECTED), not the last active administrator (LAST_ADMIN). */
  id: string | number;
};

/** Filter of the admin user list; every given condition must hold. */
export type UserFilterInput = {
  /** true: only disabled users; false: only active ones. */
  disabled?: boolean | null | undefined;
  /** Case-insensitive substring of the email or name. */
  query?: string | null | undefined;
  /** Only accounts with exactly this role. */
  role?: Role | null | undefined;
};

/** Administrative changes to a user; omitted fields stay as they are. */
export type UserUpdateInput = {
  /** true disables the account (signing it out everywhere at once); false enables it again. */
  disabled?: boolean | null | undefined;
  /** The account to change. */
  id: string | number;
  /** The new role, effective on their next request. */
  role?: Role | null | undefined;
};

/** A new variant of an existing product. */
export type VariantCreateInput = {
  /** Former or list price shown struck through, a decimal amount like `price`, e.g. "24.99". Default: none. */
  compareAtPrice?: string | null | undefined;
  /** What tells this variant from its siblings, e.g. Size: M. Default: none. */
  options?: Array<VariantOptionInput> | null | undefined;
  /** Display order among the product's variants (ascending). Default: after the variants before it. */
  position?: number | null | undefined;
  /** Decimal amount before tax, e.g. "19.99". */
  price: string;
  /** The product to add the variant to. */
  productId: string | number;
  /** Stock keeping unit: 1 to 64 letters, digits, dots, dashes, underscores or slashes, starting with a letter or digit; unique across the store (case-insensitive). */
  sku: string;
  /** Initial stock (recorded as a RESTOCK movement). Default 0. */
  stock?: number | null | undefined;
  /** Default: option values joined by " / ", or "Default". */
  title?: string | null | undefined;
  /** Shipping weight in whole grams, zero or more. Default: none (unknown). */
  weightGrams?: number | null | undefined;
};

/** A new variant. */
export type VariantInput = {
  /** Former or list price shown struck through, a decimal amount like `price`, e.g. "24.99". Default: none. */
  compareAtPrice?: string | null | undefined;
  /** What tells this variant from its siblings, e.g. Size: M. Default: none. */
  options?: Array<VariantOptionInput> | null | undefined;
  /** Display order among the product's variants (ascending). Default: after the variants before it. */
  position?: number | null | undefined;
  /** Decimal amount before tax, e.g. "19.99". */
  price: string;
  /** Stock keeping unit: 1 to 64 letters, digits, dots, dashes, underscores or slashes, starting with a letter or digit; unique across the store (case-insensitive). */
  sku: string;
  /** Initial stock (recorded as a RESTOCK movement). Default 0. */
  stock?: number | null | undefined;
  /** Default: option values joined by " / ", or "Default". */
  title?: string | null | undefined;
  /** Shipping weight in whole grams, zero or more. Default: none (unknown). */
  weightGrams?: number | null | undefined;
};

/** A variant option. */
export type VariantOptionInput = {
  /** The option, e.g. "Size": 1 to 50 characters (trimmed), distinct within the variant. */
  name: string;
  /** The choice, e.g. "M": 1 to 100 characters (trimmed). */
  value: string;
};

/** Variant changes; stock changes go through inventoryAdjust. */
export type VariantUpdateInput = {
  /** An empty string clears it. */
  compareAtPrice?: string | null | undefined;
  /** The variant to change. */
  id: string | number;
  /** Replaces the options (distinct names); an empty list removes them all. */
  options?: Array<VariantOptionInput> | null | undefined;
  /** New display order among the product's variants (ascending). */
  position?: number | null | undefined;
  /** New price before tax, a decimal amount, e.g. "19.99". */
  price?: string | null | undefined;
  /** New SKU (same rules as at creation), unused by any other variant. */
  sku?: string | null | undefined;
  /** New display name, 1 to 200 characters (trimmed). */
  title?: string | null | undefined;
  /** New shipping weight in whole grams, zero or more; an explicit null clears it. */
  weightGrams?: number | null | undefined;
};

/** A new webhook endpoint. */
export type WebhookCreateInput = {
  /** What the endpoint is for; at most 500 characters. */
  description?: string | null | undefined;
  /** The event types to receive (order and review events); at least one. */
  events: Array<WebhookEventType>;
  /** Where to POST: an http(s) URL without user name or password, whose host resolves to public addresses only (unless WEBHOOK_ALLOW_PRIVATE_URLS). */
  url: string;
};

/** Which deliveries to list: one endpoint's, optionally in one status. */
export type WebhookDeliveryFilterInput = {
  /** The endpoint whose deliveries to list. */
  endpointId: string | number;
  /** Only deliveries in this status. */
  status?: WebhookDeliveryStatus | null | undefined;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed (WEBHOOK_MAX_ATTEMPTS); no more retries. */
  | 'FAILED'
  /** Not delivered yet: waiting for its first attempt or for a retry. */
  | 'PENDING'
  /** The endpoint answered with a 2xx status. */
  | 'SUCCEEDED';

/** What an endpoint can subscribe to: every event of an order's timeline (the OrderEventType values) and the REVIEW_* events of product reviews. Sent as X-Webhook-Event and `type` in the body. */
export type WebhookEventType =
  /** Cancelled (see reason and actorKind). */
  | 'CANCELLED'
  /** Confirmed for cash on delivery. */
  | 'CASH_ON_DELIVERY_CONFIRMED'
  /** Delivered. */
  | 'DELIVERED'
  /** A payment arrived after cancellation and was refunded at once. */
  | 'LATE_PAYMENT_REFUNDED'
  /** Part of the payment was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** The cash was collected on delivery. */
  | 'PAYMENT_COLLECTED'
  /** A card payment attempt failed (see reason); the order waits for payment. */
  | 'PAYMENT_FAILED'
  /** A card payment succeeded: the order is confirmed. */
  | 'PAYMENT_SUCCEEDED'
  /** The order was placed at checkout (stock reserved). */
  | 'PLACED'
  /** The order was refunded in full. */
  | 'REFUNDED'
  /** Not paid in time: cancelled and its stock returned. */
  | 'RESERVATION_EXPIRED'
  /** The return was approved: the customer may send the items back. */
  | 'RETURN_APPROVED'
  /** The returned items arrived: restocked and refunded. */
  | 'RETURN_RECEIVED'
  /** The return was rejected (see the return). */
  | 'RETURN_REJECTED'
  /** The customer asked to return items. */
  | 'RETURN_REQUESTED'
  /** A customer wrote a review (PUBLISHED at once, or PENDING when the store moderates). */
  | 'REVIEW_CREATED'
  /** A review was deleted by its author or an administrator (the body holds it as it was). */
  | 'REVIEW_DELETED'
  /** A review, or its new text, became public: written or edited where reviews are published at once, or approved. */
  | 'REVIEW_PUBLISHED'
  /** An administrator rejected a review, or changed the reason (review.rejectionReason). */
  | 'REVIEW_REJECTED'
  /** An administrator set or replaced the store's public reply (review.reply). */
  | 'REVIEW_REPLIED'
  /** A customer edited their review: it is submitted again (PENDING when the store moderates). */
  | 'REVIEW_UPDATED'
  /** A shipment of some or all of the lines was created. */
  | 'SHIPMENT_CREATED'
  /** A shipment's status changed (by an admin or the carrier). */
  | 'SHIPMENT_STATUS_CHANGED'
  /** Handed to the carrier. */
  | 'SHIPPED';

/** Names a webhook endpoint. */
export type WebhookIdInput = {
  /** Id of the endpoint. */
  id: string | number;
};

/** Changes to a webhook endpoint; omitted fields stay as they are. */
export type WebhookUpdateInput = {
  /** false switches the endpoint off (nothing is queued or sent for it); true switches it on. */
  active?: boolean | null | undefined;
  /** New description; an empty string clears it. */
  description?: string | null | undefined;
  /** New event types; at least one. */
  events?: Array<WebhookEventType> | null | undefined;
  /** Id of the endpoint. */
  id: string | number;
  /** New URL; same rules as in webhookCreate. */
  url?: string | null | undefined;
};

/** A product, and optionally one of its variants, to save to the wishlist. */
export type WishlistAddInput = {
  /** The product to save; it must be for sale (ACTIVE). */
  productId: string | number;
  /** A variant of that product (a size, a colour) to save; omit it to save the product as a whole. The same product may be saved once as a whole and once per variant. */
  variantId?: string | number | null | undefined;
};

/** A wishlist item to move into the cart, and how many units. */
export type WishlistMoveToCartInput = {
  /** The item to move; must be one of your own. */
  itemId: string | number;
  /** Units to add to the cart, 1 to 999 (omitted or null: 1); added to the cart line of the same variant if there is one. */
  quantity?: number | null | undefined;
  /** A variant of the item's product to put in the cart instead of the item's own. Needed when the item names no variant and the product has several. */
  variantId?: string | number | null | undefined;
};

/** The wishlist item to remove. */
export type WishlistRemoveInput = {
  /** The item to remove; must be one of your own. */
  itemId: string | number;
};

export type DeletionAdminOrderQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DeletionAdminOrderQuery = { order: { id: string, number: string, customerId: string, shippingAddress: { name: string, phone: string | null }, billingAddress: { name: string, phone: string | null } } | null };

export type DeletionAdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type DeletionAdminUserQuery = { user: { id: string, email: string, name: string, phone: string | null, pendingEmail: string | null, disabled: boolean, deletedAt: string | null } | null };

export type CookieMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CookieMeQuery = { me: { id: string, email: string, name: string } | null };

export type CookieRenameMutationVariables = Exact<{
  input: AccountUpdateInput;
}>;


export type CookieRenameMutation = { accountUpdate: { user: { id: string, name: string } | null, errors: Array<{ code: ErrorCode }> } };

export type CookieLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type CookieLogoutMutation = { accountLogout: { errors: Array<{ code: ErrorCode }> } };

export type CookieRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type CookieRefreshMutation = { accountTokenRefresh: { accessToken: string | null, refreshToken: string | null, user: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type CookieCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CookieCategoriesQuery = { categories: Array<{ id: string, slug: string }> };

export type ExportReviewEmailsOffMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportReviewEmailsOffMutation = { reviewRequestEmailsSet: { enabled: boolean, errors: Array<{ code: ErrorCode }> } };

export type AccountDeleteMutationVariables = Exact<{
  input: AccountDeleteInput;
}>;


export type AccountDeleteMutation = { accountDelete: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UserDeleteMutationVariables = Exact<{
  input: UserDeleteInput;
}>;


export type UserDeleteMutation = { userDelete: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AccountDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountDataExportMutation = { accountDataExport: { url: string | null, expiresAt: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, phone: string | null, role: Role, emailVerified: boolean, pendingEmail: string | null } | null };

export type RefreshMutationVariables = Exact<{
  input?: AccountTokenRefreshInput | null | undefined;
}>;


export type RefreshMutation = { accountTokenRefresh: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, user: { id: string, email: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type LogoutMutationVariables = Exact<{
  input?: AccountLogoutInput | null | undefined;
}>;


export type LogoutMutation = { accountLogout: { errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type LogoutAllMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutAllMutation = { accountLogoutAll: { revokedSessions: number, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type VerifyMutationVariables = Exact<{
  input: AccountEmailVerifyInput;
}>;


export type VerifyMutation = { accountEmailVerify: { user: { id: string, email: string, name: string, phone: string | null, role: Role, emailVerified: boolean, pendingEmail: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RequestVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestVerificationMutation = { accountEmailVerificationRequest: { errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UpdateMutationVariables = Exact<{
  input: AccountUpdateInput;
}>;


export type UpdateMutation = { accountUpdate: { user: { id: string, email: string, name: string, phone: string | null, role: Role, emailVerified: boolean, pendingEmail: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ChangeEmailMutationVariables = Exact<{
  input: AccountEmailChangeInput;
}>;


export type ChangeEmailMutation = { accountEmailChange: { user: { id: string, email: string, name: string, phone: string | null, role: Role, emailVerified: boolean, pendingEmail: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: AccountPasswordChangeInput;
}>;


export type ChangePasswordMutation = { accountPasswordChange: { user: { id: string, email: string, name: string, phone: string | null, role: Role, emailVerified: boolean, pendingEmail: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ResetRequestMutationVariables = Exact<{
  input: AccountPasswordResetRequestInput;
}>;


export type ResetRequestMutation = { accountPasswordResetRequest: { errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ResetMutationVariables = Exact<{
  input: AccountPasswordResetInput;
}>;


export type ResetMutation = { accountPasswordReset: { errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type UserUpdateMutationVariables = Exact<{
  input: UserUpdateInput;
}>;


export type UserUpdateMutation = { userUpdate: { user: { id: string, role: Role, disabled: boolean } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AccountMailboxQueryVariables = Exact<{
  to?: string | null | undefined;
}>;


export type AccountMailboxQuery = { devMailbox: { totalCount: number, nodes: Array<{ subject: string, text: string, html: string, status: OutboxStatus, template: string, to: string }> } };

export type UserLastLoginQueryVariables = Exact<{
  id: string | number;
}>;


export type UserLastLoginQuery = { user: { id: string, lastLoginAt: string | null } | null };

export type MeLastLoginQueryVariables = Exact<{ [key: string]: never; }>;


export type MeLastLoginQuery = { me: { id: string, lastLoginAt: string | null } | null };

export type UsersLastLoginQueryVariables = Exact<{
  query?: string | null | undefined;
}>;


export type UsersLastLoginQuery = { users: { nodes: Array<{ id: string, email: string, lastLoginAt: string | null }> } };

export type LastLoginWrongPasswordMutationVariables = Exact<{
  input: AccountLoginInput;
}>;


export type LastLoginWrongPasswordMutation = { accountLogin: { accessToken: string | null, errors: Array<{ code: ErrorCode }> } };

export type LastLoginDisabledMutationVariables = Exact<{
  input: AccountLoginInput;
}>;


export type LastLoginDisabledMutation = { accountLogin: { accessToken: string | null, errors: Array<{ code: ErrorCode }> } };

export type AccountUsersTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountUsersTotalQuery = { users: { totalCount: number } };

export type OidcProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type OidcProvidersQuery = { oidcProviders: Array<{ name: string, displayName: string }> };

export type OidcStartMutationVariables = Exact<{
  input: AccountOidcStartInput;
}>;


export type OidcStartMutation = { accountOidcStart: { authorizationUrl: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type OidcCompleteMutationVariables = Exact<{
  input: AccountOidcCompleteInput;
}>;


export type OidcCompleteMutation = { accountOidcComplete: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, user: { id: string, email: string, name: string, emailVerified: boolean } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type IdentityLinkStartMutationVariables = Exact<{
  input: AccountOidcStartInput;
}>;


export type IdentityLinkStartMutation = { accountIdentityLinkStart: { authorizationUrl: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type IdentityLinkCompleteMutationVariables = Exact<{
  input: AccountOidcCompleteInput;
}>;


export type IdentityLinkCompleteMutation = { accountIdentityLinkComplete: { identity: { provider: string, subject: string, email: string | null, emailVerified: boolean, linkedAt: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type IdentityUnlinkMutationVariables = Exact<{
  input: AccountIdentityUnlinkInput;
}>;


export type IdentityUnlinkMutation = { accountIdentityUnlink: { identity: { provider: string, subject: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type MeIdentitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeIdentitiesQuery = { me: { id: string, email: string, identities: Array<{ provider: string, subject: string, email: string | null, emailVerified: boolean, linkedAt: string }> } | null };

export type UserIdentitiesQueryVariables = Exact<{
  id: string | number;
}>;


export type UserIdentitiesQuery = { user: { id: string, identities: Array<{ provider: string, subject: string, email: string | null }> } | null };

export type AccountMeDisabledQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountMeDisabledQuery = { me: { id: string, disabled: boolean } | null };

export type AccountAdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountAdminUserQuery = { user: { id: string, email: string, name: string, role: Role, emailVerified: boolean, disabled: boolean, phone: string | null } | null };

export type AddressFieldsFragment = { id: string, name: string, line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean, createdAt: string, updatedAt: string };

export type AddressListQueryVariables = Exact<{ [key: string]: never; }>;


export type AddressListQuery = { addresses: Array<{ id: string, name: string, line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean, createdAt: string, updatedAt: string }> };

export type AddressCreateMutationVariables = Exact<{
  input: AddressCreateInput;
}>;


export type AddressCreateMutation = { addressCreate: { address: { id: string, name: string, line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean, createdAt: string, updatedAt: string } | null, addresses: Array<{ id: string, isDefaultShipping: boolean, isDefaultBilling: boolean }> | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AddressUpdateMutationVariables = Exact<{
  input: AddressUpdateInput;
}>;


export type AddressUpdateMutation = { addressUpdate: { address: { id: string, name: string, line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean, createdAt: string, updatedAt: string } | null, addresses: Array<{ id: string }> | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AddressDeleteMutationVariables = Exact<{
  input: AddressDeleteInput;
}>;


export type AddressDeleteMutation = { addressDelete: { deletedId: string | null, addresses: Array<{ id: string, isDefaultShipping: boolean, isDefaultBilling: boolean }> | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AddressSetDefaultMutationVariables = Exact<{
  input: AddressSetDefaultInput;
}>;


export type AddressSetDefaultMutation = { addressSetDefault: { address: { id: string, name: string, line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean, createdAt: string, updatedAt: string } | null, addresses: Array<{ id: string, isDefaultShipping: boolean, isDefaultBilling: boolean }> | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AddressCreateIdMutationVariables = Exact<{
  input: AddressCreateInput;
}>;


export type AddressCreateIdMutation = { addressCreate: { address: { id: string } | null } };

export type CartAddWithoutQuantityMutationVariables = Exact<{
  v: string | number;
}>;


export type CartAddWithoutQuantityMutation = { cartAddItem: { cart: { itemCount: number } | null, errors: Array<{ code: ErrorCode }> } };

export type CartAddItemCountMutationVariables = Exact<{
  input: CartAddItemInput;
}>;


export type CartAddItemCountMutation = { cartAddItem: { cart: { itemCount: number } | null, errors: Array<{ code: ErrorCode }> } };

export type CartBudgetFullQueryVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartBudgetFullQuery = { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, addedAt: string, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, title: string, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string }, compareAtPrice: { amount: string } | null, product: { id: string, slug: string } }, product: { id: string, slug: string, title: string, brand: string | null, status: ProductStatus, taxClass: TaxClass, inStock: boolean, images: Array<{ id: string, url: string, alt: string, width: number, height: number, renditions: Array<{ url: string, width: number }> }>, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, price: { amount: string } }>, priceRange: { min: { amount: string }, max: { amount: string } } } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null, minSubtotal: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string, phone: string | null, addressId: string | null } | null, shippingMethod: { code: string, name: string, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } } | null, availableShippingMethods: Array<{ code: string, name: string, description: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null };

export type CartBudgetAddItemMutationVariables = Exact<{
  v: string | number;
}>;


export type CartBudgetAddItemMutation = { cartAddItem: { errors: Array<{ code: ErrorCode }>, cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, addedAt: string, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, title: string, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string }, compareAtPrice: { amount: string } | null, product: { id: string, slug: string } }, product: { id: string, slug: string, title: string, brand: string | null, status: ProductStatus, taxClass: TaxClass, inStock: boolean, images: Array<{ id: string, url: string, alt: string, width: number, height: number, renditions: Array<{ url: string, width: number }> }>, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, price: { amount: string } }>, priceRange: { min: { amount: string }, max: { amount: string } } } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null, minSubtotal: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string, phone: string | null, addressId: string | null } | null, shippingMethod: { code: string, name: string, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } } | null, availableShippingMethods: Array<{ code: string, name: string, description: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null } };

export type CartTestAddressCreateMutationVariables = Exact<{
  input: AddressCreateInput;
}>;


export type CartTestAddressCreateMutation = { addressCreate: { address: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartFieldsFragment = { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> };

export type CartBudgetFieldsFragment = { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, addedAt: string, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, title: string, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string }, compareAtPrice: { amount: string } | null, product: { id: string, slug: string } }, product: { id: string, slug: string, title: string, brand: string | null, status: ProductStatus, taxClass: TaxClass, inStock: boolean, images: Array<{ id: string, url: string, alt: string, width: number, height: number, renditions: Array<{ url: string, width: number }> }>, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, price: { amount: string } }>, priceRange: { min: { amount: string }, max: { amount: string } } } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null, minSubtotal: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string, phone: string | null, addressId: string | null } | null, shippingMethod: { code: string, name: string, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } } | null, availableShippingMethods: Array<{ code: string, name: string, description: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> };

export type CartViewQueryVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartViewQuery = { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null };

export type CartCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type CartCreateMutation = { cartCreate: { cartToken: string | null, cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartAddItemMutationVariables = Exact<{
  input: CartAddItemInput;
  cartToken?: string | null | undefined;
}>;


export type CartAddItemMutation = { cartAddItem: { quantityAvailable: number | null, line: { id: string, quantity: number } | null, cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartUpdateItemMutationVariables = Exact<{
  input: CartUpdateItemInput;
  cartToken?: string | null | undefined;
}>;


export type CartUpdateItemMutation = { cartUpdateItem: { quantityAvailable: number | null, line: { id: string, quantity: number } | null, cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartRemoveItemMutationVariables = Exact<{
  input: CartRemoveItemInput;
  cartToken?: string | null | undefined;
}>;


export type CartRemoveItemMutation = { cartRemoveItem: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartClearMutationVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartClearMutation = { cartClear: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartAcceptChangesMutationVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartAcceptChangesMutation = { cartAcceptChanges: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartApplyCouponMutationVariables = Exact<{
  input: CartApplyCouponInput;
  cartToken?: string | null | undefined;
}>;


export type CartApplyCouponMutation = { cartApplyCoupon: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartRemoveCouponMutationVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartRemoveCouponMutation = { cartRemoveCoupon: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartSetShippingAddressMutationVariables = Exact<{
  input: CartSetShippingAddressInput;
  cartToken?: string | null | undefined;
}>;


export type CartSetShippingAddressMutation = { cartSetShippingAddress: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartSetShippingMethodMutationVariables = Exact<{
  input: CartSetShippingMethodInput;
  cartToken?: string | null | undefined;
}>;


export type CartSetShippingMethodMutation = { cartSetShippingMethod: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartTestVariantUpdateMutationVariables = Exact<{
  input: VariantUpdateInput;
}>;


export type CartTestVariantUpdateMutation = { variantUpdate: { variant: { id: string, price: { amount: string } } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartTestProductUpdateMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type CartTestProductUpdateMutation = { productUpdate: { product: { id: string, status: ProductStatus } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartTestInventoryAdjustMutationVariables = Exact<{
  input: InventoryAdjustInput;
}>;


export type CartTestInventoryAdjustMutation = { inventoryAdjust: { variant: { id: string, quantityAvailable: number } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartTestShippingMethodCreateMutationVariables = Exact<{
  input: ShippingMethodCreateInput;
}>;


export type CartTestShippingMethodCreateMutation = { shippingMethodCreate: { shippingMethod: { id: string, code: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartTestShippingMethodUpdateMutationVariables = Exact<{
  input: ShippingMethodUpdateInput;
}>;


export type CartTestShippingMethodUpdateMutation = { shippingMethodUpdate: { shippingMethod: { id: string, code: string, active: boolean } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartTestTaxRateCreateMutationVariables = Exact<{
  input: TaxRateCreateInput;
}>;


export type CartTestTaxRateCreateMutation = { taxRateCreate: { taxRate: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartTestCouponCreateMutationVariables = Exact<{
  input: CouponCreateInput;
}>;


export type CartTestCouponCreateMutation = { couponCreate: { coupon: { id: string, code: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartTestCouponUpdateMutationVariables = Exact<{
  input: CouponUpdateInput;
}>;


export type CartTestCouponUpdateMutation = { couponUpdate: { coupon: { id: string, code: string, active: boolean } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogCategoryBySlugQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type CatalogCategoryBySlugQuery = { category: { id: string } | null };

export type CatalogCategoryFamilyQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type CatalogCategoryFamilyQuery = { category: { children: Array<{ id: string }>, ancestors: Array<{ id: string }> } | null };

export type CatalogCategoryChildrenQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type CatalogCategoryChildrenQuery = { category: { children: Array<{ id: string }> } | null };

export type CatalogRootCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogRootCategoriesQuery = { categories: Array<{ id: string }> };

export type CatalogLowStockDefaultQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CatalogLowStockDefaultQuery = { lowStockVariants: { nodes: Array<{ id: string }> } };

export type CatalogCategoryIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogCategoryIdsQuery = { categories: Array<{ id: string }> };

export type CatalogProductIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogProductIdQuery = { product: { id: string } | null };

export type CatalogVariantFieldsFragment = { id: string, sku: string, title: string, position: number, quantityAvailable: number, inStock: boolean, weightGrams: number | null, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null };

export type CatalogProductFieldsFragment = { id: string, slug: string, title: string, description: string, brand: string | null, tags: Array<string>, status: ProductStatus, taxClass: TaxClass, priceRange: { min: { amount: string }, max: { amount: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null, categories: Array<{ id: string, slug: string }>, variants: Array<{ id: string, sku: string, title: string, position: number, quantityAvailable: number, inStock: boolean, weightGrams: number | null, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null }> };

export type CatalogProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type CatalogProductCreateMutation = { productCreate: { product: { id: string, slug: string, title: string, description: string, brand: string | null, tags: Array<string>, status: ProductStatus, taxClass: TaxClass, priceRange: { min: { amount: string }, max: { amount: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null, categories: Array<{ id: string, slug: string }>, variants: Array<{ id: string, sku: string, title: string, position: number, quantityAvailable: number, inStock: boolean, weightGrams: number | null, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogProductUpdateMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type CatalogProductUpdateMutation = { productUpdate: { product: { id: string, slug: string, title: string, description: string, brand: string | null, tags: Array<string>, status: ProductStatus, taxClass: TaxClass, priceRange: { min: { amount: string }, max: { amount: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null, categories: Array<{ id: string, slug: string }>, variants: Array<{ id: string, sku: string, title: string, position: number, quantityAvailable: number, inStock: boolean, weightGrams: number | null, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogProductDeleteMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type CatalogProductDeleteMutation = { productDelete: { deletedId: string | null, archivedProduct: { id: string, status: ProductStatus } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogProductQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogProductQuery = { product: { id: string, slug: string, title: string, description: string, brand: string | null, tags: Array<string>, status: ProductStatus, taxClass: TaxClass, priceRange: { min: { amount: string }, max: { amount: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null, categories: Array<{ id: string, slug: string }>, variants: Array<{ id: string, sku: string, title: string, position: number, quantityAvailable: number, inStock: boolean, weightGrams: number | null, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null }> } | null };

export type CatalogAdminProductsQueryVariables = Exact<{
  filter?: AdminProductFilterInput | null | undefined;
  first?: number | null | undefined;
}>;


export type CatalogAdminProductsQuery = { adminProducts: { totalCount: number, nodes: Array<{ id: string, slug: string, title: string, status: ProductStatus }> } };

export type CatalogVariantCreateMutationVariables = Exact<{
  input: VariantCreateInput;
}>;


export type CatalogVariantCreateMutation = { variantCreate: { variant: { id: string, sku: string, title: string, position: number, quantityAvailable: number, inStock: boolean, weightGrams: number | null, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogVariantUpdateMutationVariables = Exact<{
  input: VariantUpdateInput;
}>;


export type CatalogVariantUpdateMutation = { variantUpdate: { variant: { id: string, sku: string, title: string, position: number, quantityAvailable: number, inStock: boolean, weightGrams: number | null, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogVariantDeleteMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type CatalogVariantDeleteMutation = { variantDelete: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogCategoryFieldsFragment = { id: string, slug: string, name: string, description: string, position: number, parent: { id: string } | null };

export type CatalogCategoryCreateMutationVariables = Exact<{
  input: CategoryCreateInput;
}>;


export type CatalogCategoryCreateMutation = { categoryCreate: { category: { id: string, slug: string, name: string, description: string, position: number, parent: { id: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogCategoryUpdateMutationVariables = Exact<{
  input: CategoryUpdateInput;
}>;


export type CatalogCategoryUpdateMutation = { categoryUpdate: { category: { id: string, slug: string, name: string, description: string, position: number, parent: { id: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogCategoryMoveMutationVariables = Exact<{
  input: CategoryMoveInput;
}>;


export type CatalogCategoryMoveMutation = { categoryMove: { category: { id: string, slug: string, name: string, description: string, position: number, parent: { id: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogCategoryDeleteMutationVariables = Exact<{
  input: CategoryDeleteInput;
}>;


export type CatalogCategoryDeleteMutation = { categoryDelete: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogCategoriesFlatQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogCategoriesFlatQuery = { categories: Array<{ id: string, slug: string, name: string, description: string, position: number, parent: { id: string } | null }> };

export type CatalogInventoryAdjustMutationVariables = Exact<{
  input: InventoryAdjustInput;
}>;


export type CatalogInventoryAdjustMutation = { inventoryAdjust: { variant: { id: string, quantityAvailable: number, inStock: boolean } | null, movement: { id: string, delta: number, reason: StockMovementReason, note: string | null, reference: string | null, actorId: string | null, createdAt: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CatalogStockMovementsQueryVariables = Exact<{
  variantId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogStockMovementsQuery = { stockMovements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, delta: number, reason: StockMovementReason, note: string | null, reference: string | null, actorId: string | null, createdAt: string }> } };

export type CatalogLowStockQueryVariables = Exact<{
  threshold: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogLowStockQuery = { lowStockVariants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, sku: string, quantityAvailable: number }> } };

export type SmokeCategoryCreateMutationVariables = Exact<{
  input: CategoryCreateInput;
}>;


export type SmokeCategoryCreateMutation = { categoryCreate: { category: { id: string, slug: string } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SmokeProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type SmokeProductCreateMutation = { productCreate: { product: { id: string, slug: string, status: ProductStatus, priceRange: { min: { amount: string }, max: { amount: string } } } | null, errors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SmokeSearchQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
}>;


export type SmokeSearchQuery = { products: { totalCount: number, nodes: Array<{ title: string, inStock: boolean, categories: Array<{ slug: string }>, variants: Array<{ sku: string, inStock: boolean, price: { amount: string } }> }>, facets: { inStock: number, brands: Array<{ value: string, count: number }>, categories: Array<{ count: number, category: { slug: string } }>, priceBuckets: Array<{ count: number, min: { amount: string } }>, ratings: Array<{ minRating: number, count: number }> } } };

export type SeedAllProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedAllProductsQuery = { adminProducts: { totalCount: number, nodes: Array<{ id: string, slug: string, title: string, status: ProductStatus, brand: string | null, tags: Array<string>, createdAt: string, priceRange: { min: { amount: string }, max: { amount: string } }, rating: { average: number, count: number }, categories: Array<{ id: string }>, images: Array<{ id: string }>, variants: Array<{ id: string, sku: string, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string }, compareAtPrice: { amount: string } | null }> }> } };

export type SeedCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedCategoriesQuery = { categories: Array<{ id: string, slug: string, parent: { id: string } | null, children: Array<{ id: string }>, ancestors: Array<{ id: string }> }> };

export type SeedLedgerFragment = { totalCount: number, nodes: Array<{ delta: number, reason: StockMovementReason }> };

export type SeedStorefrontQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedStorefrontQuery = { products: { totalCount: number, facets: { inStock: number, brands: Array<{ value: string, count: number }> }, nodes: Array<{ title: string }> } };

export type FacetIndexListingQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
}>;


export type FacetIndexListingQuery = { products: { totalCount: number, totalCountIsExact: boolean, facets: { inStock: number, categories: Array<{ count: number, category: { id: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number, min: { amount: string } }>, ratings: Array<{ minRating: number, count: number }> } } };

export type FacetIndexAdminListingQueryVariables = Exact<{
  filter?: AdminProductFilterInput | null | undefined;
}>;


export type FacetIndexAdminListingQuery = { adminProducts: { totalCount: number, facets: { inStock: number, categories: Array<{ count: number, category: { id: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number }>, ratings: Array<{ count: number }> } } };

export type FacetRobustnessListingQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
}>;


export type FacetRobustnessListingQuery = { products: { totalCount: number, totalCountIsExact: boolean, nodes: Array<{ title: string }>, facets: { inStock: number, categories: Array<{ count: number, category: { id: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number, min: { amount: string } }>, ratings: Array<{ minRating: number, count: number }> } } };

export type FixtureCategoryCreateMutationVariables = Exact<{
  input: CategoryCreateInput;
}>;


export type FixtureCategoryCreateMutation = { categoryCreate: { category: { id: string, slug: string, position: number } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type FixtureProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type FixtureProductCreateMutation = { productCreate: { product: { id: string, slug: string, status: ProductStatus, variants: Array<{ id: string, sku: string }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type FixtureProductUpdateMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type FixtureProductUpdateMutation = { productUpdate: { product: { id: string, status: ProductStatus } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type FixtureInventoryAdjustMutationVariables = Exact<{
  input: InventoryAdjustInput;
}>;


export type FixtureInventoryAdjustMutation = { inventoryAdjust: { variant: { id: string, quantityAvailable: number } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ProductsQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
  sort?: ProductSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string } }> } };

export type StorefrontFacetsFragment = { facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number, min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } | null }>, ratings: Array<{ minRating: number, count: number }> } };

export type ImageFieldsFragment = { id: string, alt: string, width: number, height: number, position: number, url: string, renditions: Array<{ width: number, height: number, url: string }> };

export type ImageUploadMutationVariables = Exact<{
  input: ProductImageUploadInput;
}>;


export type ImageUploadMutation = { productImageUpload: { image: { id: string, alt: string, width: number, height: number, position: number, url: string, renditions: Array<{ width: number, height: number, url: string }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ImageProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type ImageProductCreateMutation = { productCreate: { product: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type ImageProductQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ImageProductQuery = { product: { images: Array<{ id: string, alt: string, width: number, height: number, position: number, url: string, renditions: Array<{ width: number, height: number, url: string }> }> } | null };

export type ImageListingQueryVariables = Exact<{ [key: string]: never; }>;


export type ImageListingQuery = { products: { nodes: Array<{ id: string, images: Array<{ id: string, alt: string, width: number, height: number, position: number, url: string, renditions: Array<{ width: number, height: number, url: string }> }> }> } };

export type ImageOrderQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ImageOrderQuery = { product: { images: Array<{ id: string, alt: string, position: number }> } | null };

export type ImageReorderMutationVariables = Exact<{
  input: ProductImagesReorderInput;
}>;


export type ImageReorderMutation = { productImagesReorder: { images: Array<{ id: string, position: number }> | null, errors: Array<{ code: ErrorCode }> } };

export type ImageDeleteMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type ImageDeleteMutation = { productImageDelete: { deletedId: string | null, errors: Array<{ code: ErrorCode }> } };

export type BreadcrumbProductQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | number | null | undefined;
}>;


export type BreadcrumbProductQuery = { product: { id: string, categories: Array<{ id: string, slug: string, ancestors: Array<{ id: string, slug: string, name: string, ancestors: Array<{ id: string }> }> }> } | null };

export type BreadcrumbEveryFieldQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | number | null | undefined;
}>;


export type BreadcrumbEveryFieldQuery = { product: { id: string, slug: string, title: string, description: string, brand: string | null, tags: Array<string>, status: ProductStatus, taxClass: TaxClass, createdAt: string, updatedAt: string, unitsSold: number, inStock: boolean, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null, rating: { average: number, count: number, histogram: Array<{ stars: number, count: number }> }, categories: Array<{ id: string, slug: string, name: string, description: string, position: number, parent: { id: string } | null }>, images: Array<{ id: string, url: string, alt: string, width: number, height: number, position: number, renditions: Array<{ width: number, height: number, url: string }> }>, variants: Array<{ id: string, sku: string, title: string, position: number, weightGrams: number | null, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null }> } | null };

export type BreadcrumbCategoryQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type BreadcrumbCategoryQuery = { category: { ancestors: Array<{ id: string, slug: string, name: string, ancestors: Array<{ id: string }> }> } | null };

export type BreadcrumbMoveMutationVariables = Exact<{
  input: CategoryMoveInput;
}>;


export type BreadcrumbMoveMutation = { categoryMove: { category: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type BudgetProductPageFragment = { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, brand: string | null, tags: Array<string>, inStock: boolean, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, title: string, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null }>, images: Array<{ id: string, url: string, alt: string, width: number, height: number, renditions: Array<{ url: string, width: number, height: number }> }>, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null, rating: { average: number, count: number } } }>, facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number, min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } | null }>, ratings: Array<{ minRating: number, count: number }> } };

export type BudgetProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProductFilterInput | null | undefined;
  sort?: ProductSort | null | undefined;
}>;


export type BudgetProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, brand: string | null, tags: Array<string>, inStock: boolean, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, title: string, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null }>, images: Array<{ id: string, url: string, alt: string, width: number, height: number, renditions: Array<{ url: string, width: number, height: number }> }>, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null, rating: { average: number, count: number } } }>, facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number, min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } | null }>, ratings: Array<{ minRating: number, count: number }> } } };

export type BudgetAdminProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AdminProductFilterInput | null | undefined;
  sort?: ProductSort | null | undefined;
}>;


export type BudgetAdminProductsQuery = { adminProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, brand: string | null, tags: Array<string>, inStock: boolean, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, title: string, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null }>, images: Array<{ id: string, url: string, alt: string, width: number, height: number, renditions: Array<{ url: string, width: number, height: number }> }>, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null, rating: { average: number, count: number } } }>, facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number, min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } | null }>, ratings: Array<{ minRating: number, count: number }> } } };

export type BudgetSearchQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  query: string;
}>;


export type BudgetSearchQuery = { products: { totalCount: number, totalCountIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, variants: Array<{ id: string }>, images: Array<{ id: string }>, categories: Array<{ id: string }> }> } };

export type BudgetCategoryQueryVariables = Exact<{
  first: number;
}>;


export type BudgetCategoryQuery = { category: { id: string, name: string, parent: { id: string } | null, children: Array<{ id: string }>, ancestors: Array<{ id: string }>, products: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, brand: string | null, tags: Array<string>, inStock: boolean, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, title: string, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string } | null }>, images: Array<{ id: string, url: string, alt: string, width: number, height: number, renditions: Array<{ url: string, width: number, height: number }> }>, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null, rating: { average: number, count: number } } }>, facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number, min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } | null }>, ratings: Array<{ minRating: number, count: number }> } } } | null };

export type BudgetProductDetailQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | number | null | undefined;
}>;


export type BudgetProductDetailQuery = { product: { id: string, slug: string, title: string, description: string, brand: string | null, tags: Array<string>, status: ProductStatus, createdAt: string, updatedAt: string, inStock: boolean, rating: { average: number, count: number }, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, title: string, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string }, compareAtPrice: { amount: string } | null, product: { id: string, title: string, slug: string, priceRange: { min: { amount: string } } } }>, images: Array<{ id: string, url: string, alt: string, renditions: Array<{ url: string, width: number }> }>, priceRange: { min: { amount: string }, max: { amount: string } }, compareAtPriceRange: { min: { amount: string }, max: { amount: string } } | null } | null };

export type BudgetTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetTotalQuery = { products: { totalCount: number } };

export type BudgetSaleQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetSaleQuery = { category: { id: string } | null };

export type TypoSearchQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type TypoSearchQuery = { products: { totalCount: number, totalCountIsExact: boolean, nodes: Array<{ title: string, description: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TypoAdminSearchQueryVariables = Exact<{
  query: string;
}>;


export type TypoAdminSearchQuery = { adminProducts: { totalCount: number, totalCountIsExact: boolean } };

export type TypoCategorySearchQueryVariables = Exact<{
  slug: string;
  query: string;
}>;


export type TypoCategorySearchQuery = { category: { products: { totalCount: number, totalCountIsExact: boolean } } | null };

export type TypoProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type TypoProductCreateMutation = { productCreate: { product: { id: string } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type TypoProductUpdateMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type TypoProductUpdateMutation = { productUpdate: { product: { id: string, title: string } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type StorefrontCategoryQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type StorefrontCategoryQuery = { category: { id: string, slug: string, name: string, description: string, position: number, parent: { id: string, slug: string, name: string } | null, children: Array<{ id: string, slug: string, name: string }>, ancestors: Array<{ id: string, slug: string, name: string }>, products: { totalCount: number, nodes: Array<{ id: string }> } } | null };

export type StorefrontCategoryIdQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type StorefrontCategoryIdQuery = { category: { id: string } | null };

export type StorefrontCategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontCategoryTreeQuery = { category: { parent: { slug: string, parent: { slug: string, parent: { slug: string } | null, children: Array<{ slug: string }> } | null } | null, ancestors: Array<{ slug: string, children: Array<{ slug: string }> }> } | null };

export type StorefrontCategoryRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontCategoryRootsQuery = { categories: Array<{ slug: string, position: number, children: Array<{ slug: string, children: Array<{ slug: string, children: Array<{ slug: string }> }> }> }> };

export type StorefrontCategoriesFlatQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontCategoriesFlatQuery = { categories: Array<{ slug: string, parent: { slug: string } | null }> };

export type StorefrontCategoriesNotFlatQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontCategoriesNotFlatQuery = { categories: Array<{ slug: string }> };

export type StorefrontFacetsQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
}>;


export type StorefrontFacetsQuery = { products: { totalCount: number, facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number, min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } | null }>, ratings: Array<{ minRating: number, count: number }> } } };

export type StorefrontCategoryFacetsQueryVariables = Exact<{
  slug: string;
}>;


export type StorefrontCategoryFacetsQuery = { category: { products: { totalCount: number, facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, brands: Array<{ value: string, count: number }>, priceBuckets: Array<{ count: number, min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } | null }>, ratings: Array<{ minRating: number, count: number }> } } } | null };

export type StorefrontCategoryFilteredQueryVariables = Exact<{
  slug: string;
  filter?: ProductFilterInput | null | undefined;
}>;


export type StorefrontCategoryFilteredQuery = { category: { products: { totalCount: number, nodes: Array<{ id: string }> } } | null };

export type StorefrontCategoryPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type StorefrontCategoryPageQuery = { category: { products: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> } } | null };

export type StorefrontDefaultPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontDefaultPageQuery = { products: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } };

export type StorefrontProductFieldsFragment = { id: string, slug: string, title: string, description: string, brand: string | null, tags: Array<string>, status: ProductStatus, taxClass: TaxClass, unitsSold: number, createdAt: string, updatedAt: string, inStock: boolean, rating: { average: number, count: number }, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, title: string, position: number, weightGrams: number | null, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string, currencyCode: string } | null, product: { id: string } }>, images: Array<{ id: string }>, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } }, compareAtPriceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } } | null };

export type StorefrontProductPageQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type StorefrontProductPageQuery = { product: { id: string, slug: string, title: string, description: string, brand: string | null, tags: Array<string>, status: ProductStatus, taxClass: TaxClass, unitsSold: number, createdAt: string, updatedAt: string, inStock: boolean, rating: { average: number, count: number }, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, title: string, position: number, weightGrams: number | null, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string, currencyCode: string } | null, product: { id: string } }>, images: Array<{ id: string }>, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } }, compareAtPriceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } } | null } | null };

export type StorefrontProductListingQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontProductListingQuery = { products: { nodes: Array<{ id: string, slug: string, title: string, description: string, brand: string | null, tags: Array<string>, status: ProductStatus, taxClass: TaxClass, unitsSold: number, createdAt: string, updatedAt: string, inStock: boolean, rating: { average: number, count: number }, categories: Array<{ id: string, slug: string, name: string }>, variants: Array<{ id: string, sku: string, title: string, position: number, weightGrams: number | null, inStock: boolean, quantityAvailable: number, options: Array<{ name: string, value: string }>, price: { amount: string, currencyCode: string }, compareAtPrice: { amount: string, currencyCode: string } | null, product: { id: string } }>, images: Array<{ id: string }>, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } }, compareAtPriceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } } | null }> } };

export type VisibilityProductQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type VisibilityProductQuery = { product: { id: string, slug: string, title: string, status: ProductStatus } | null };

export type VisibilityAdminProductsQueryVariables = Exact<{
  filter?: AdminProductFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VisibilityAdminProductsQuery = { adminProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ProductStatus }> } };

export type VisibilityCategoryProductsQueryVariables = Exact<{
  slug: string;
}>;


export type VisibilityCategoryProductsQuery = { category: { products: { totalCount: number, nodes: Array<{ id: string }> } } | null };

export type VisibilityVariantProductsQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type VisibilityVariantProductsQuery = { product: { variants: Array<{ product: { id: string, status: ProductStatus } }> } | null };

export type VisibilityBrandFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityBrandFacetsQuery = { products: { facets: { brands: Array<{ value: string }> } } };

export type CheckoutRefusalsAcceptChangesMutationVariables = Exact<{ [key: string]: never; }>;


export type CheckoutRefusalsAcceptChangesMutation = { cartAcceptChanges: { cart: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type CheckoutRefusalsProductUpdateMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type CheckoutRefusalsProductUpdateMutation = { productUpdate: { errors: Array<{ code: ErrorCode }> } };

export type PartialCheckoutMutationVariables = Exact<{
  input: CheckoutCompleteInput;
}>;


export type PartialCheckoutMutation = { checkoutComplete: { order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, customerId: string, couponCode: string | null, note: string | null, reservedUntil: string | null, createdAt: string, canCancel: boolean, totals: { subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, phone: string | null }, billingAddress: { name: string, line1: string, city: string, country: string }, shippingMethod: { code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string } }, lines: Array<{ id: string, position: number, productId: string | null, variantId: string | null, productTitle: string, variantTitle: string, sku: string, taxClass: TaxClass, quantity: number, options: Array<{ name: string, value: string }>, unitPrice: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string } }>, payments: Array<{ id: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, amount: { amount: string } }>, events: Array<{ type: OrderEventType, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, fromPaymentStatus: PaymentStatus | null, toPaymentStatus: PaymentStatus | null, actorKind: OrderActorKind, reason: string | null }> } | null, payment: { id: string, orderId: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, amount: { amount: string, currencyCode: string }, refundedAmount: { amount: string } } | null, lines: Array<{ cartLineId: string, variantId: string, productTitle: string, variantTitle: string, sku: string, requestedQuantity: number, boughtQuantity: number, status: CheckoutLineStatus }>, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CheckoutOrderFieldsFragment = { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, customerId: string, couponCode: string | null, note: string | null, reservedUntil: string | null, createdAt: string, canCancel: boolean, totals: { subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, phone: string | null }, billingAddress: { name: string, line1: string, city: string, country: string }, shippingMethod: { code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string } }, lines: Array<{ id: string, position: number, productId: string | null, variantId: string | null, productTitle: string, variantTitle: string, sku: string, taxClass: TaxClass, quantity: number, options: Array<{ name: string, value: string }>, unitPrice: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string } }>, payments: Array<{ id: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, amount: { amount: string } }>, events: Array<{ type: OrderEventType, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, fromPaymentStatus: PaymentStatus | null, toPaymentStatus: PaymentStatus | null, actorKind: OrderActorKind, reason: string | null }> };

export type CheckoutPaymentFieldsFragment = { id: string, orderId: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, amount: { amount: string, currencyCode: string }, refundedAmount: { amount: string } };

export type CheckoutCompleteMutationVariables = Exact<{
  input: CheckoutCompleteInput;
}>;


export type CheckoutCompleteMutation = { checkoutComplete: { order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, customerId: string, couponCode: string | null, note: string | null, reservedUntil: string | null, createdAt: string, canCancel: boolean, totals: { subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, phone: string | null }, billingAddress: { name: string, line1: string, city: string, country: string }, shippingMethod: { code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string } }, lines: Array<{ id: string, position: number, productId: string | null, variantId: string | null, productTitle: string, variantTitle: string, sku: string, taxClass: TaxClass, quantity: number, options: Array<{ name: string, value: string }>, unitPrice: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string } }>, payments: Array<{ id: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, amount: { amount: string } }>, events: Array<{ type: OrderEventType, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, fromPaymentStatus: PaymentStatus | null, toPaymentStatus: PaymentStatus | null, actorKind: OrderActorKind, reason: string | null }> } | null, payment: { id: string, orderId: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, amount: { amount: string, currencyCode: string }, refundedAmount: { amount: string } } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CheckoutOrderQueryVariables = Exact<{
  id?: string | number | null | undefined;
  number?: string | null | undefined;
}>;


export type CheckoutOrderQuery = { order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, customerId: string, couponCode: string | null, note: string | null, reservedUntil: string | null, createdAt: string, canCancel: boolean, totals: { subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, phone: string | null }, billingAddress: { name: string, line1: string, city: string, country: string }, shippingMethod: { code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string } }, lines: Array<{ id: string, position: number, productId: string | null, variantId: string | null, productTitle: string, variantTitle: string, sku: string, taxClass: TaxClass, quantity: number, options: Array<{ name: string, value: string }>, unitPrice: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string } }>, payments: Array<{ id: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, amount: { amount: string } }>, events: Array<{ type: OrderEventType, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, fromPaymentStatus: PaymentStatus | null, toPaymentStatus: PaymentStatus | null, actorKind: OrderActorKind, reason: string | null }> } | null };

export type StorefrontProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type StorefrontProductsQuery = { products: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, priceRange: { min: { amount: string, currencyCode: string }, max: { amount: string, currencyCode: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StorefrontProductQueryVariables = Exact<{
  slug: string;
}>;


export type StorefrontProductQuery = { product: { id: string, title: string, description: string, priceRange: { min: { amount: string }, max: { amount: string, currencyCode: string } }, rating: { average: number, count: number }, variants: Array<{ id: string, sku: string, quantityAvailable: number, price: { amount: string, currencyCode: string } }> } | null };

export type StorefrontCartFragment = { id: string, itemCount: number, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, subtotal: { amount: string }, total: { amount: string }, variant: { id: string } }>, totals: { subtotal: { amount: string, currencyCode: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string, currencyCode: string } } };

export type StorefrontAddMutationVariables = Exact<{
  input: CartAddItemInput;
}>;


export type StorefrontAddMutation = { cartAddItem: { cart: { id: string, itemCount: number, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, subtotal: { amount: string }, total: { amount: string }, variant: { id: string } }>, totals: { subtotal: { amount: string, currencyCode: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string, currencyCode: string } } } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type StorefrontCartViewQueryVariables = Exact<{ [key: string]: never; }>;


export type StorefrontCartViewQuery = { cart: { id: string, itemCount: number, totals: { taxIsEstimate: boolean, discount: { amount: string }, subtotal: { amount: string, currencyCode: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string, currencyCode: string } }, shippingMethod: { code: string, price: { amount: string } } | null, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, subtotal: { amount: string }, total: { amount: string }, variant: { id: string } }> } | null };

export type StorefrontShipToMutationVariables = Exact<{
  address: AddressInput;
}>;


export type StorefrontShipToMutation = { cartSetShippingAddress: { cart: { id: string, availableShippingMethods: Array<{ code: string, name: string, price: { amount: string } }> } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type StorefrontShipByMutationVariables = Exact<{
  code: string;
}>;


export type StorefrontShipByMutation = { cartSetShippingMethod: { cart: { id: string, itemCount: number, shippingMethod: { code: string, price: { amount: string } } | null, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, subtotal: { amount: string }, total: { amount: string }, variant: { id: string } }>, totals: { subtotal: { amount: string, currencyCode: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string, currencyCode: string } } } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type StorefrontCheckoutMutationVariables = Exact<{
  input: CheckoutCompleteInput;
}>;


export type StorefrontCheckoutMutation = { checkoutComplete: { order: { id: string, number: string, status: OrderStatus, totals: { total: { amount: string, currencyCode: string } }, lines: Array<{ id: string, quantity: number, subtotal: { amount: string } }> } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type StorefrontOrderUpdatedSubscriptionVariables = Exact<{
  orderId: string | number;
}>;


export type StorefrontOrderUpdatedSubscription = { orderUpdated: { event: { id: string, type: OrderEventType }, order: { id: string, status: OrderStatus } } };

export type StorefrontCancelMutationVariables = Exact<{
  orderId: string | number;
}>;


export type StorefrontCancelMutation = { orderCancel: { order: { id: string, status: OrderStatus } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type StorefrontNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type StorefrontNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { number: string, status: OrderStatus, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type FulfillmentOrdersWithShipmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type FulfillmentOrdersWithShipmentsQuery = { orders: { totalCount: number, edges: Array<{ node: { id: string, number: string, status: OrderStatus, carrier: string | null, trackingNumber: string | null, lines: Array<{ id: string, quantity: number }>, shipments: Array<{ id: string, carrier: string, trackingNumber: string, status: ShipmentStatus, lines: Array<{ quantity: number, orderLine: { id: string, sku: string } }>, events: Array<{ status: ShipmentStatus, note: string | null, occurredAt: string }> }> } }> } };

export type FulfillmentCanCancelQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type FulfillmentCanCancelQuery = { order: { canCancel: boolean } | null };

export type FulfillmentTrackingFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type FulfillmentTrackingFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type FulfillmentOrderLinesQueryVariables = Exact<{
  id: string | number;
}>;


export type FulfillmentOrderLinesQuery = { order: { id: string, status: OrderStatus, lines: Array<{ id: string, quantity: number }> } | null };

export type FulfillmentOrderShipmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type FulfillmentOrderShipmentsQuery = { order: { id: string, status: OrderStatus, carrier: string | null, trackingNumber: string | null, shipments: Array<{ id: string, carrier: string, trackingNumber: string, trackingUrl: string | null, status: ShipmentStatus, createdAt: string, updatedAt: string, lines: Array<{ quantity: number, orderLine: { id: string, sku: string } }>, events: Array<{ status: ShipmentStatus, note: string | null, source: ShipmentEventSource, occurredAt: string }> }> } | null };

export type FulfillmentTrackingQueryVariables = Exact<{
  number: string;
  email: string;
}>;


export type FulfillmentTrackingQuery = { orderTracking: { number: string, status: OrderStatus, placedAt: string, items: Array<{ productTitle: string, variantTitle: string, quantity: number }>, shipments: Array<{ carrier: string, trackingNumber: string, trackingUrl: string | null, status: ShipmentStatus, items: Array<{ productTitle: string, quantity: number }>, events: Array<{ status: ShipmentStatus, note: string | null, source: ShipmentEventSource, occurredAt: string }> }> } | null };

export type SmtpVerifyMutationVariables = Exact<{
  input: AccountEmailVerifyInput;
}>;


export type SmtpVerifyMutation = { accountEmailVerify: { user: { email: string, emailVerified: boolean } | null, errors: Array<{ code: ErrorCode }> } };

export type SmtpDevMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type SmtpDevMailboxQuery = { devMailbox: { totalCount: number, nodes: Array<{ to: string, text: string }> } };

export type AtRestResetRequestMutationVariables = Exact<{
  input: AccountPasswordResetRequestInput;
}>;


export type AtRestResetRequestMutation = { accountPasswordResetRequest: { errors: Array<{ code: ErrorCode }> } };

export type AtRestResetMutationVariables = Exact<{
  input: AccountPasswordResetInput;
}>;


export type AtRestResetMutation = { accountPasswordReset: { errors: Array<{ code: ErrorCode }> } };

export type AccessLogProbeQueryVariables = Exact<{
  q?: string | null | undefined;
}>;


export type AccessLogProbeQuery = { products: { nodes: Array<{ id: string }> } };

export type AccessLogTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessLogTypenameQuery = { __typename: 'Query' };

export type MetricsProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsProbeQuery = { products: { nodes: Array<{ id: string, title: string }> } };

export type MetricsBadLoginMutationVariables = Exact<{
  input: AccountLoginInput;
}>;


export type MetricsBadLoginMutation = { accountLogin: { errors: Array<{ code: ErrorCode }> } };

export type MetricsAnonymousAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsAnonymousAdminQuery = { adminProducts: { nodes: Array<{ id: string }> } };

export type MetricsOrderEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MetricsOrderEventsSubscription = { orderEvents: { event: { id: string } } };

export type TracedProductsQueryVariables = Exact<{
  q?: string | null | undefined;
}>;


export type TracedProductsQuery = { products: { nodes: Array<{ id: string }> } };

export type BudgetOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetOrdersQuery = { orders: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, number: string, status: OrderStatus, canCancel: boolean, totals: { total: { amount: string } }, lines: Array<{ id: string, sku: string, quantity: number, total: { amount: string } }>, payments: Array<{ id: string, status: PaymentStatus }>, events: Array<{ type: OrderEventType }> } }> } };

export type OwnershipOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilterInput | null | undefined;
}>;


export type OwnershipOrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, status: OrderStatus, customerId: string } }> } };

export type OwnershipPaymentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnershipPaymentsQuery = { payments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, orderId: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, order: { id: string, number: string }, amount: { amount: string, currencyCode: string }, refundedAmount: { amount: string } }> } };

export type OwnershipPaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnershipPaymentQuery = { payment: { id: string, orderId: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, customerId: string, couponCode: string | null, note: string | null, reservedUntil: string | null, createdAt: string, canCancel: boolean, totals: { subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, phone: string | null }, billingAddress: { name: string, line1: string, city: string, country: string }, shippingMethod: { code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string } }, lines: Array<{ id: string, position: number, productId: string | null, variantId: string | null, productTitle: string, variantTitle: string, sku: string, taxClass: TaxClass, quantity: number, options: Array<{ name: string, value: string }>, unitPrice: { amount: string }, subtotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string } }>, payments: Array<{ id: string, status: PaymentStatus, method: PaymentMethod, provider: string, cardBrand: string | null, cardLast4: string | null, failureCode: string | null, failureMessage: string | null, amount: { amount: string } }>, events: Array<{ type: OrderEventType, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, fromPaymentStatus: PaymentStatus | null, toPaymentStatus: PaymentStatus | null, actorKind: OrderActorKind, reason: string | null }> }, amount: { amount: string, currencyCode: string }, refundedAmount: { amount: string } } | null };

export type TransitionOrderFieldsFragment = { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, carrier: string | null, trackingNumber: string | null, reservedUntil: string | null };

export type TransitionCheckoutMutationVariables = Exact<{
  input: CheckoutCompleteInput;
}>;


export type TransitionCheckoutMutation = { checkoutComplete: { order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, carrier: string | null, trackingNumber: string | null, reservedUntil: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type TransitionCancelMutationVariables = Exact<{
  input: OrderCancelInput;
}>;


export type TransitionCancelMutation = { orderCancel: { order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, carrier: string | null, trackingNumber: string | null, reservedUntil: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type TransitionPayMutationVariables = Exact<{
  input: OrderPayInput;
}>;


export type TransitionPayMutation = { orderPay: { order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, carrier: string | null, trackingNumber: string | null, reservedUntil: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type TransitionShipmentCreateMutationVariables = Exact<{
  input: ShipmentCreateInput;
}>;


export type TransitionShipmentCreateMutation = { shipmentCreate: { shipment: { id: string, carrier: string, trackingNumber: string, trackingUrl: string | null, status: ShipmentStatus, lines: Array<{ quantity: number, orderLine: { id: string } }> } | null, order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, carrier: string | null, trackingNumber: string | null, reservedUntil: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type TransitionShipmentUpdateStatusMutationVariables = Exact<{
  input: ShipmentUpdateStatusInput;
}>;


export type TransitionShipmentUpdateStatusMutation = { shipmentUpdateStatus: { shipment: { id: string, carrier: string, trackingNumber: string, trackingUrl: string | null, status: ShipmentStatus, lines: Array<{ quantity: number, orderLine: { id: string } }> } | null, order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, carrier: string | null, trackingNumber: string | null, reservedUntil: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type TransitionMarkCollectedMutationVariables = Exact<{
  input: OrderIdInput;
}>;


export type TransitionMarkCollectedMutation = { paymentMarkCollected: { order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, carrier: string | null, trackingNumber: string | null, reservedUntil: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AdminCliMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCliMeQuery = { me: { name: string, emailVerified: boolean, role: Role, disabled: boolean } | null };

export type AdminCliUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCliUsersQuery = { users: { totalCount: number, nodes: Array<{ email: string, role: Role }> } };

export type AuthUpdateNameMutationVariables = Exact<{
  input: AccountUpdateInput;
}>;


export type AuthUpdateNameMutation = { accountUpdate: { user: { id: string, name: string } | null, errors: Array<{ code: ErrorCode }> } };

export type AuthUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, email: string, role: Role }> } };

export type AuthUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthUserQuery = { user: { id: string, email: string, role: Role } | null };

export type AuthUserUpdateMutationVariables = Exact<{
  input: UserUpdateInput;
}>;


export type AuthUserUpdateMutation = { userUpdate: { user: { id: string, role: Role } | null, errors: Array<{ code: ErrorCode }> } };

export type AuthMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMailboxQuery = { devMailbox: { totalCount: number, nodes: Array<{ to: string, subject: string }> } };

export type AuthMeAdminFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeAdminFieldsQuery = { me: { id: string, email: string, disabled: boolean } | null };

export type AuthMeNameQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeNameQuery = { me: { name: string } | null };

export type AuthMePublicQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMePublicQuery = { me: { id: string, email: string } | null };

export type AuthMeCancellationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeCancellationsQuery = { me: { id: string, cancellationCount: number } | null };

export type AuthUserAdminFieldsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthUserAdminFieldsQuery = { user: { disabled: boolean, cancellationCount: number } | null };

export type AuthLogoutAllMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogoutAllMutation = { accountLogoutAll: { revokedSessions: number, errors: Array<{ code: ErrorCode }> } };

export type AuthAccountDeleteMutationVariables = Exact<{
  input: AccountDeleteInput;
}>;


export type AuthAccountDeleteMutation = { accountDelete: { deletedId: string | null, errors: Array<{ code: ErrorCode }> } };

export type AuthUserDeleteMutationVariables = Exact<{
  input: UserDeleteInput;
}>;


export type AuthUserDeleteMutation = { userDelete: { deletedId: string | null, errors: Array<{ code: ErrorCode }> } };

export type AuthDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthDataExportMutation = { accountDataExport: { url: string | null, errors: Array<{ code: ErrorCode }> } };

export type LimitsListingQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
}>;


export type LimitsListingQuery = { products: { totalCount: number, nodes: Array<{ id: string }> } };

export type LimitsProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type LimitsProductCreateMutation = { productCreate: { product: { id: string, slug: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type LimitsProductCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsProductCountQuery = { adminProducts: { totalCount: number } };

export type LimitsCouponCreateMutationVariables = Exact<{
  input: CouponCreateInput;
}>;


export type LimitsCouponCreateMutation = { couponCreate: { coupon: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode }> } };

export type LimitsCouponInputFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsCouponInputFieldsQuery = { __type: { inputFields: Array<{ name: string, description: string | null }> | null } | null };

export type PreparedProductsPageQueryVariables = Exact<{
  first: number;
}>;


export type PreparedProductsPageQuery = { products: { nodes: Array<{ id: string }> } };

export type PreparedFilteredPageQueryVariables = Exact<{
  filter: ProductFilterInput;
}>;


export type PreparedFilteredPageQuery = { products: { nodes: Array<{ id: string }> } };

export type PreparedMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PreparedMeQuery = { me: { id: string } | null };

export type BudgetUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, email: string, name: string, role: Role, emailVerified: boolean, disabled: boolean, createdAt: string }> } };

export type BudgetMeQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetMeQuery = { me: { id: string, email: string, name: string, role: Role, emailVerified: boolean } | null };

export type BudgetMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetMeIdQuery = { me: { id: string } | null };

export type ReplicaProductQueryVariables = Exact<{
  slug: string;
}>;


export type ReplicaProductQuery = { product: { id: string, title: string } | null };

export type ReplicaProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaProductsQuery = { products: { totalCount: number, edges: Array<{ node: { id: string, title: string, variants: Array<{ id: string, sku: string, price: { amount: string } }>, categories: Array<{ id: string, name: string }> } }> } };

export type ReplicaMyAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaMyAddressesQuery = { addresses: Array<{ id: string, city: string }> };

export type RedisLimitLoginMutationVariables = Exact<{
  input: AccountLoginInput;
}>;


export type RedisLimitLoginMutation = { accountLogin: { accessToken: string | null, user: { email: string } | null, errors: Array<{ code: ErrorCode }> } };

export type RedisLimitRegisterMutationVariables = Exact<{
  input: AccountRegisterInput;
}>;


export type RedisLimitRegisterMutation = { accountRegister: { user: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type RelayAccessNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RelayAccessNodeQuery = { node:
    | { __typename: 'Address', city: string, id: string }
    | { __typename: 'Cart', id: string }
    | { __typename: 'CartLine', id: string }
    | { __typename: 'Category', slug: string, id: string }
    | { __typename: 'Coupon', code: string, id: string }
    | { __typename: 'MailMessage', subject: string, id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderEvent', id: string }
    | { __typename: 'OrderLine', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductImage', alt: string, id: string }
    | { __typename: 'ProductVariant', id: string }
    | { __typename: 'Refund', id: string, refundAmount: { amount: string } }
    | { __typename: 'Return', id: string, returnStatus: ReturnStatus }
    | { __typename: 'ReturnLine', id: string, returnQuantity: number }
    | { __typename: 'Review', id: string }
    | { __typename: 'Shipment', trackingNumber: string, id: string }
    | { __typename: 'ShippingMethod', id: string }
    | { __typename: 'StockMovement', delta: number, id: string }
    | { __typename: 'TaxRate', rate: string, id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', eventType: WebhookEventType, id: string }
    | { __typename: 'WebhookEndpoint', url: string, id: string }
    | { __typename: 'WishlistItem', addedAt: string, id: string }
   | null };

export type RelayAccessNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RelayAccessNodesQuery = { nodes: Array<
    | { __typename: 'Address', id: string }
    | { __typename: 'Cart', id: string }
    | { __typename: 'CartLine', id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'MailMessage', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderEvent', id: string }
    | { __typename: 'OrderLine', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductImage', id: string }
    | { __typename: 'ProductVariant', id: string }
    | { __typename: 'Refund', id: string }
    | { __typename: 'Return', id: string }
    | { __typename: 'ReturnLine', id: string }
    | { __typename: 'Review', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShippingMethod', id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'TaxRate', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'WishlistItem', id: string }
   | null> };

export type RelayAccessOrderPartsQueryVariables = Exact<{
  id: string | number;
}>;


export type RelayAccessOrderPartsQuery = { order: { id: string, payments: Array<{ id: string }>, shipments: Array<{ id: string }>, returns: Array<{ id: string, lines: Array<{ id: string }> }>, refunds: Array<{ id: string }> } | null };

export type RelayAccessImagesQueryVariables = Exact<{
  id: string | number;
}>;


export type RelayAccessImagesQuery = { product: { id: string, images: Array<{ id: string }> } | null };

export type RelayAccessDraftMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type RelayAccessDraftMutation = { productCreate: { product: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type RelayAccessCategoryMutationVariables = Exact<{
  input: CategoryCreateInput;
}>;


export type RelayAccessCategoryMutation = { categoryCreate: { category: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type RelayAccessCategoryByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type RelayAccessCategoryByIdQuery = { category: { id: string, slug: string } | null };

export type RelayAccessMovementsQueryVariables = Exact<{
  variantId: string | number;
}>;


export type RelayAccessMovementsQuery = { stockMovements: { nodes: Array<{ id: string }> } };

export type RelayAccessAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type RelayAccessAddressesQuery = { addresses: Array<{ id: string }> };

export type RelayAccessWishlistAddMutationVariables = Exact<{
  input: WishlistAddInput;
}>;


export type RelayAccessWishlistAddMutation = { wishlistAdd: { item: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type RelayAccessWishlistQueryVariables = Exact<{ [key: string]: never; }>;


export type RelayAccessWishlistQuery = { wishlist: { nodes: Array<{ id: string }> } };

export type RelayAccessWebhookCreateMutationVariables = Exact<{
  input: WebhookCreateInput;
}>;


export type RelayAccessWebhookCreateMutation = { webhookCreate: { webhook: { id: string } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type RelayAccessDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
}>;


export type RelayAccessDeliveriesQuery = { webhookDeliveries: { nodes: Array<{ id: string }> } };

export type RelayAccessMailboxQueryVariables = Exact<{
  to?: string | null | undefined;
}>;


export type RelayAccessMailboxQuery = { devMailbox: { nodes: Array<{ id: string }> } };

export type RelayNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RelayNodeQuery = { node:
    | { __typename: 'Address', id: string }
    | { __typename: 'Cart', itemCount: number, id: string }
    | { __typename: 'CartLine', quantity: number, id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'MailMessage', id: string }
    | { __typename: 'Order', number: string, id: string }
    | { __typename: 'OrderEvent', type: OrderEventType, id: string }
    | { __typename: 'OrderLine', quantity: number, id: string }
    | { __typename: 'Payment', id: string, amount: { amount: string } }
    | { __typename: 'Product', title: string, id: string, productStatus: ProductStatus }
    | { __typename: 'ProductImage', id: string }
    | { __typename: 'ProductVariant', sku: string, id: string, product: { id: string } }
    | { __typename: 'Refund', id: string }
    | { __typename: 'Return', id: string }
    | { __typename: 'ReturnLine', id: string }
    | { __typename: 'Review', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShippingMethod', code: string, id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'TaxRate', id: string }
    | { __typename: 'User', email: string, id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'WishlistItem', id: string }
   | null };

export type RelayNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RelayNodesQuery = { nodes: Array<
    | { __typename: 'Address', id: string }
    | { __typename: 'Cart', id: string }
    | { __typename: 'CartLine', id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'MailMessage', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'OrderEvent', id: string }
    | { __typename: 'OrderLine', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductImage', id: string }
    | { __typename: 'ProductVariant', id: string }
    | { __typename: 'Refund', id: string }
    | { __typename: 'Return', id: string }
    | { __typename: 'ReturnLine', id: string }
    | { __typename: 'Review', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'ShippingMethod', id: string }
    | { __typename: 'StockMovement', id: string }
    | { __typename: 'TaxRate', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'WishlistItem', id: string }
   | null> };

export type RelayOrderPartsQueryVariables = Exact<{
  id: string | number;
}>;


export type RelayOrderPartsQuery = { order: { id: string, lines: Array<{ id: string }>, events: Array<{ id: string }>, payments: Array<{ id: string }> } | null };

export type RelayAdminIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type RelayAdminIdsQuery = { shippingMethods: Array<{ id: string, code: string }>, me: { id: string } | null };

export type RelayCartIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type RelayCartIdsQuery = { cart: { id: string, lines: Array<{ id: string }> } | null };

export type RelayAddToCartMutationVariables = Exact<{
  input: CartAddItemInput;
}>;


export type RelayAddToCartMutation = { cartAddItem: { errors: Array<{ code: ErrorCode }> } };

export type RelayDraftCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type RelayDraftCreateMutation = { productCreate: { product: { id: string } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type DeadlineListingQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineListingQuery = { products: { totalCount: number, nodes: Array<{ id: string, title: string }> } };

export type SharedCachedProductQueryVariables = Exact<{
  slug: string;
}>;


export type SharedCachedProductQuery = { product: { id: string, title: string, variants: Array<{ inStock: boolean, price: { amount: string } }> } | null };

export type SharedCachedRenameMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type SharedCachedRenameMutation = { productUpdate: { product: { id: string, title: string } | null, errors: Array<{ code: ErrorCode }> } };

export type CachedPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CachedPageQuery = { products: { totalCount: number, nodes: Array<{ id: string, slug: string, title: string, inStock: boolean, priceRange: { min: { amount: string } }, variants: Array<{ id: string, inStock: boolean, price: { amount: string, currencyCode: string } }>, categories: Array<{ slug: string }>, images: Array<{ url: string }> }> } };

export type CachedProductQueryVariables = Exact<{
  slug: string;
}>;


export type CachedProductQuery = { product: { id: string, title: string, inStock: boolean, variants: Array<{ id: string, inStock: boolean, quantityAvailable: number }> } | null };

export type CachedCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CachedCategoriesQuery = { categories: Array<{ id: string, slug: string, parent: { id: string } | null }> };

export type UncachedReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type UncachedReviewsQuery = { products: { nodes: Array<{ id: string, reviews: { totalCount: number } }> } };

export type CachedProductUpdateMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type CachedProductUpdateMutation = { productUpdate: { product: { id: string, title: string } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type ShutdownMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ShutdownMeQuery = { me: { email: string, name: string, role: Role } | null };

export type ShutdownAdminsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShutdownAdminsQuery = { users: { totalCount: number, nodes: Array<{ email: string }> } };

export type ShutdownEveryoneQueryVariables = Exact<{ [key: string]: never; }>;


export type ShutdownEveryoneQuery = { users: { totalCount: number } };

export type StatementTimeoutListingQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementTimeoutListingQuery = { products: { nodes: Array<{ id: string }> } };

export type PlatformUserUpdateMutationVariables = Exact<{
  input: UserUpdateInput;
}>;


export type PlatformUserUpdateMutation = { userUpdate: { user: { id: string, role: Role, disabled: boolean } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type PlatformUserQueryVariables = Exact<{
  id: string | number;
}>;


export type PlatformUserQuery = { user: { id: string, role: Role, disabled: boolean } | null };

export type PlatformUsersCountQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformUsersCountQuery = { users: { totalCount: number } };

export type PlatformActiveAdminsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformActiveAdminsQuery = { users: { totalCount: number } };

export type PlatformMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformMeIdQuery = { me: { id: string } | null };

export type PlatformMeRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformMeRoleQuery = { me: { id: string, role: Role, disabled: boolean } | null };

export type PlatformRefreshMutationVariables = Exact<{
  input?: AccountTokenRefreshInput | null | undefined;
}>;


export type PlatformRefreshMutation = { accountTokenRefresh: { accessToken: string | null, errors: Array<{ code: ErrorCode }> } };

export type PlatformUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: UserFilterInput | null | undefined;
}>;


export type PlatformUsersQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, name: string, role: Role, disabled: boolean, createdAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type PlatformUsersUpdateMutationVariables = Exact<{
  input: UserUpdateInput;
}>;


export type PlatformUsersUpdateMutation = { userUpdate: { errors: Array<{ code: ErrorCode }> } };

export type PlatformUsersOneQueryVariables = Exact<{
  id: string | number;
}>;


export type PlatformUsersOneQuery = { user: { id: string, email: string, name: string, role: Role, disabled: boolean } | null };

export type PromotionCategoryDeleteMutationVariables = Exact<{
  input: CategoryDeleteInput;
}>;


export type PromotionCategoryDeleteMutation = { categoryDelete: { deletedId: string | null, errors: Array<{ code: ErrorCode }> } };

export type PromotionCouponFieldsFragment = { id: string, code: string, type: CouponType, percentage: string | null, startsAt: string | null, endsAt: string | null, usageLimit: number | null, perCustomerLimit: number | null, usedCount: number, categoryIds: Array<string>, productIds: Array<string>, active: boolean, createdAt: string, updatedAt: string, amount: { amount: string, currencyCode: string } | null, minSubtotal: { amount: string, currencyCode: string } | null, categories: Array<{ id: string, slug: string }>, products: Array<{ id: string, slug: string, status: ProductStatus }> };

export type PromotionCouponCreateMutationVariables = Exact<{
  input: CouponCreateInput;
}>;


export type PromotionCouponCreateMutation = { couponCreate: { coupon: { id: string, code: string, type: CouponType, percentage: string | null, startsAt: string | null, endsAt: string | null, usageLimit: number | null, perCustomerLimit: number | null, usedCount: number, categoryIds: Array<string>, productIds: Array<string>, active: boolean, createdAt: string, updatedAt: string, amount: { amount: string, currencyCode: string } | null, minSubtotal: { amount: string, currencyCode: string } | null, categories: Array<{ id: string, slug: string }>, products: Array<{ id: string, slug: string, status: ProductStatus }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type PromotionCouponUpdateMutationVariables = Exact<{
  input: CouponUpdateInput;
}>;


export type PromotionCouponUpdateMutation = { couponUpdate: { coupon: { id: string, code: string, type: CouponType, percentage: string | null, startsAt: string | null, endsAt: string | null, usageLimit: number | null, perCustomerLimit: number | null, usedCount: number, categoryIds: Array<string>, productIds: Array<string>, active: boolean, createdAt: string, updatedAt: string, amount: { amount: string, currencyCode: string } | null, minSubtotal: { amount: string, currencyCode: string } | null, categories: Array<{ id: string, slug: string }>, products: Array<{ id: string, slug: string, status: ProductStatus }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type PromotionCouponDeleteMutationVariables = Exact<{
  input: CouponDeleteInput;
}>;


export type PromotionCouponDeleteMutation = { couponDelete: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type PromotionCouponQueryVariables = Exact<{
  id: string | number;
}>;


export type PromotionCouponQuery = { coupon: { id: string, code: string, type: CouponType, percentage: string | null, startsAt: string | null, endsAt: string | null, usageLimit: number | null, perCustomerLimit: number | null, usedCount: number, categoryIds: Array<string>, productIds: Array<string>, active: boolean, createdAt: string, updatedAt: string, amount: { amount: string, currencyCode: string } | null, minSubtotal: { amount: string, currencyCode: string } | null, categories: Array<{ id: string, slug: string }>, products: Array<{ id: string, slug: string, status: ProductStatus }> } | null };

export type PromotionCouponsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: CouponFilterInput | null | undefined;
}>;


export type PromotionCouponsQuery = { coupons: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string } }>, nodes: Array<{ id: string, code: string, active: boolean }> } };

export type RefundFieldsFragment = { id: string, paymentId: string, orderId: string, source: RefundSource, reason: string | null, returnId: string | null, providerReference: string | null, createdAt: string, amount: { amount: string, currencyCode: string } };

export type RefundPaymentMutationVariables = Exact<{
  input: PaymentRefundInput;
}>;


export type RefundPaymentMutation = { paymentRefund: { refund: { id: string, paymentId: string, orderId: string, source: RefundSource, reason: string | null, returnId: string | null, providerReference: string | null, createdAt: string, amount: { amount: string, currencyCode: string } } | null, payment: { id: string, status: PaymentStatus, amount: { amount: string, currencyCode: string }, refundedAmount: { amount: string } } | null, order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, carrier: string | null, trackingNumber: string | null, reservedUntil: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RefundOrderMoneyQueryVariables = Exact<{
  id: string | number;
}>;


export type RefundOrderMoneyQuery = { order: { id: string, status: OrderStatus, paymentStatus: PaymentStatus, payments: Array<{ id: string, status: PaymentStatus, amount: { amount: string, currencyCode: string }, refundedAmount: { amount: string }, refunds: Array<{ id: string, paymentId: string, orderId: string, source: RefundSource, reason: string | null, returnId: string | null, providerReference: string | null, createdAt: string, amount: { amount: string, currencyCode: string } }> }>, refunds: Array<{ id: string, paymentId: string, orderId: string, source: RefundSource, reason: string | null, returnId: string | null, providerReference: string | null, createdAt: string, amount: { amount: string, currencyCode: string } }> } | null };

export type CustomerReportQueryVariables = Exact<{
  input: CustomerReportInput;
}>;


export type CustomerReportQuery = { customerReport: { from: string, to: string, timeZone: string, bucket: ReportBucket, totals: { newCustomers: number, orders: number, buyers: number, firstTimeBuyers: number, returningBuyers: number, repeatBuyers: number, repeatPurchaseRate: number, averageOrdersPerCustomer: number }, buckets: Array<{ start: string, end: string, label: string, newCustomers: number, orders: number, buyers: number, firstTimeBuyers: number, returningBuyers: number }> } };

export type DashboardSummaryQueryVariables = Exact<{
  lowStockThreshold?: number | null | undefined;
}>;


export type DashboardSummaryQuery = { dashboardSummary: { timeZone: string, generatedAt: string, lowStockThreshold: number, lowStockCount: number, today: { current: { from: string, to: string, orders: number, newCustomers: number, sales: { amount: string, currencyCode: string }, averageOrderValue: { amount: string } }, previous: { from: string, to: string, orders: number, newCustomers: number, sales: { amount: string, currencyCode: string }, averageOrderValue: { amount: string } } }, last7Days: { current: { from: string, to: string, orders: number, newCustomers: number, sales: { amount: string, currencyCode: string }, averageOrderValue: { amount: string } }, previous: { from: string, to: string, orders: number, newCustomers: number, sales: { amount: string, currencyCode: string }, averageOrderValue: { amount: string } } }, last30Days: { current: { from: string, to: string, orders: number, newCustomers: number, sales: { amount: string, currencyCode: string }, averageOrderValue: { amount: string } }, previous: { from: string, to: string, orders: number, newCustomers: number, sales: { amount: string, currencyCode: string }, averageOrderValue: { amount: string } } } } };

export type InventoryMovementsQueryVariables = Exact<{
  filter?: InventoryReportFilterInput | null | undefined;
  period: StockMovementPeriodInput;
}>;


export type InventoryMovementsQuery = { inventoryReport: { movements: { from: string, to: string, timeZone: string, netUnits: number, reasons: Array<{ reason: StockMovementReason, units: number, movements: number }>, buckets: Array<{ start: string, end: string, label: string, netUnits: number, reasons: Array<{ reason: StockMovementReason, units: number, movements: number }> }> } } };

export type InventoryStockQueryVariables = Exact<{
  filter?: InventoryReportFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InventoryStockQuery = { inventoryReport: { lowStockThreshold: number, totals: { variants: number, units: number, lowStockCount: number, value: { amount: string, currencyCode: string } }, items: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, sku: string, quantityAvailable: number, price: { amount: string }, stockValue: { amount: string, currencyCode: string }, product: { id: string } }> } } };

export type InventoryTotalsOnlyQueryVariables = Exact<{ [key: string]: never; }>;


export type InventoryTotalsOnlyQuery = { inventoryReport: { totals: { units: number } } };

export type InventoryVariantStockValueQueryVariables = Exact<{
  slug: string;
}>;


export type InventoryVariantStockValueQuery = { product: { variants: Array<{ id: string, stockValue: { amount: string } }> } | null };

export type ReportSalesItemsWithoutCountQueryVariables = Exact<{
  input: SalesReportInput;
  first?: number | null | undefined;
}>;


export type ReportSalesItemsWithoutCountQuery = { salesReport: { buckets: Array<{ items: { edges: Array<{ cursor: string, orderNumber: string }> } | null }> } };

export type ReportCategoryMoveMutationVariables = Exact<{
  input: CategoryMoveInput;
}>;


export type ReportCategoryMoveMutation = { categoryMove: { category: { id: string } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type ReportTopQueryVariables = Exact<{
  input: TopReportInput;
  from: string;
  to: string;
}>;


export type ReportTopQuery = { topProducts: Array<{ productId: string, orders: number, units: number, product: { id: string, title: string } | null, gross: { amount: string }, refunds: { amount: string }, net: { amount: string } }>, topCategories: Array<{ orders: number, units: number, category: { id: string }, net: { amount: string } }>, ordersByStatus: Array<{ status: OrderStatus, count: number }> };

export type ReportSalesQueryVariables = Exact<{
  input: SalesReportInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportSalesQuery = { salesReport: { from: string, to: string, timeZone: string, bucket: ReportBucket, totals: { orders: number, units: number, gross: { amount: string, currencyCode: string }, discounts: { amount: string }, shipping: { amount: string }, tax: { amount: string }, refunds: { amount: string }, net: { amount: string }, averageOrderValue: { amount: string } }, buckets: Array<{ start: string, end: string, label: string, orders: number, units: number, items: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, orderId: string, orderNumber: string, createdAt: string, shipping: { amount: string }, tax: { amount: string }, total: { amount: string }, refunded: { amount: string }, node: { id: string, productId: string | null, variantId: string | null, sku: string, quantity: number, subtotal: { amount: string }, discount: { amount: string } } }> } | null, gross: { amount: string, currencyCode: string }, discounts: { amount: string }, shipping: { amount: string }, tax: { amount: string }, refunds: { amount: string }, net: { amount: string }, averageOrderValue: { amount: string } }> } };

export type ReportFiguresFragment = { orders: number, units: number, gross: { amount: string, currencyCode: string }, discounts: { amount: string }, shipping: { amount: string }, tax: { amount: string }, refunds: { amount: string }, net: { amount: string }, averageOrderValue: { amount: string } };

export type ReportBucketFiguresFragment = { orders: number, units: number, gross: { amount: string, currencyCode: string }, discounts: { amount: string }, shipping: { amount: string }, tax: { amount: string }, refunds: { amount: string }, net: { amount: string }, averageOrderValue: { amount: string } };

export type ReportCategoryCreateMutationVariables = Exact<{
  input: CategoryCreateInput;
}>;


export type ReportCategoryCreateMutation = { categoryCreate: { category: { id: string } | null, errors: Array<{ code: ErrorCode, message: string }> } };

export type ReportProductCategoriesMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type ReportProductCategoriesMutation = { productUpdate: { errors: Array<{ code: ErrorCode, message: string }> } };

export type ReturnsBudgetListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReturnsBudgetListQuery = { returns: { totalCount: number, edges: Array<{ node: { id: string, status: ReturnStatus, refundedAmount: { amount: string }, lines: Array<{ quantity: number, orderLine: { sku: string, total: { amount: string } } }>, order: { number: string, refunds: Array<{ source: RefundSource, amount: { amount: string } }>, payments: Array<{ status: PaymentStatus, refunds: Array<{ amount: { amount: string } }> }>, returns: Array<{ id: string, status: ReturnStatus }> } } }> } };

export type ReturnFieldsFragment = { id: string, orderId: string, customerId: string, status: ReturnStatus, reason: string, note: string | null, createdAt: string, updatedAt: string, refundedAmount: { amount: string, currencyCode: string }, lines: Array<{ id: string, orderLineId: string, quantity: number, orderLine: { id: string, sku: string, quantity: number } }> };

export type ReturnsRequestMutationVariables = Exact<{
  input: ReturnRequestInput;
}>;


export type ReturnsRequestMutation = { returnRequest: { return: { id: string, orderId: string, customerId: string, status: ReturnStatus, reason: string, note: string | null, createdAt: string, updatedAt: string, refundedAmount: { amount: string, currencyCode: string }, lines: Array<{ id: string, orderLineId: string, quantity: number, orderLine: { id: string, sku: string, quantity: number } }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReturnsApproveMutationVariables = Exact<{
  input: ReturnDecisionInput;
}>;


export type ReturnsApproveMutation = { returnApprove: { return: { id: string, orderId: string, customerId: string, status: ReturnStatus, reason: string, note: string | null, createdAt: string, updatedAt: string, refundedAmount: { amount: string, currencyCode: string }, lines: Array<{ id: string, orderLineId: string, quantity: number, orderLine: { id: string, sku: string, quantity: number } }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReturnsRejectMutationVariables = Exact<{
  input: ReturnDecisionInput;
}>;


export type ReturnsRejectMutation = { returnReject: { return: { id: string, orderId: string, customerId: string, status: ReturnStatus, reason: string, note: string | null, createdAt: string, updatedAt: string, refundedAmount: { amount: string, currencyCode: string }, lines: Array<{ id: string, orderLineId: string, quantity: number, orderLine: { id: string, sku: string, quantity: number } }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReturnsReceiveMutationVariables = Exact<{
  input: ReturnIdInput;
}>;


export type ReturnsReceiveMutation = { returnReceive: { return: { id: string, orderId: string, customerId: string, status: ReturnStatus, reason: string, note: string | null, createdAt: string, updatedAt: string, refundedAmount: { amount: string, currencyCode: string }, lines: Array<{ id: string, orderLineId: string, quantity: number, orderLine: { id: string, sku: string, quantity: number } }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReturnsListQueryVariables = Exact<{
  filter?: ReturnFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReturnsListQuery = { returns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: ReturnStatus, order: { id: string, number: string } } }> } };

export type ReturnsOfOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type ReturnsOfOrderQuery = { order: { id: string, returns: Array<{ id: string, orderId: string, customerId: string, status: ReturnStatus, reason: string, note: string | null, createdAt: string, updatedAt: string, refundedAmount: { amount: string, currencyCode: string }, lines: Array<{ id: string, orderLineId: string, quantity: number, orderLine: { id: string, sku: string, quantity: number } }> }> } | null };

export type ReturnsPaymentRefundMutationVariables = Exact<{
  input: PaymentRefundInput;
}>;


export type ReturnsPaymentRefundMutation = { paymentRefund: { errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type RatedProductsQueryVariables = Exact<{
  filter?: ProductFilterInput | null | undefined;
  sort?: ProductSort | null | undefined;
}>;


export type RatedProductsQuery = { products: { nodes: Array<{ id: string, rating: { average: number, count: number } }>, facets: { ratings: Array<{ minRating: number, count: number }> } } };

export type ReviewBudgetPageQueryVariables = Exact<{
  first: number;
}>;


export type ReviewBudgetPageQuery = { products: { nodes: Array<{ id: string, title: string, rating: { average: number, count: number, histogram: Array<{ stars: number, count: number }> }, reviews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, rating: number, title: string, body: string, authorName: string, verifiedPurchase: boolean, helpfulCount: number, createdAt: string, reply: { body: string } | null } }> } }> } };

export type ReviewBudgetUsersQueryVariables = Exact<{
  first: number;
}>;


export type ReviewBudgetUsersQuery = { users: { nodes: Array<{ id: string, reviewRequestEmails: boolean, reviews: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, rating: number, product: { id: string, title: string } } }> } }> } };

export type ReviewRequestAccountDeleteMutationVariables = Exact<{
  input: AccountDeleteInput;
}>;


export type ReviewRequestAccountDeleteMutation = { accountDelete: { deletedId: string | null, errors: Array<{ code: ErrorCode }> } };

export type ReviewNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewNodeQuery = { node:
    | { id: string, status: ReviewStatus, rejectionReason: string | null, rating: number }
    | Record<PropertyKey, never>
   | null };

export type MyReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReviewsQuery = { me: { id: string, reviewRequestEmails: boolean, reviews: { totalCount: number, nodes: Array<{ id: string, status: ReviewStatus, rejectionReason: string | null, product: { id: string } }> } } | null };

export type OrderLinesReviewsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderLinesReviewsQuery = { order: { id: string, status: OrderStatus, lines: Array<{ id: string, productId: string | null, reviewable: boolean, review: { id: string, rating: number, status: ReviewStatus } | null }> } | null };

export type ReviewEmailsSetMutationVariables = Exact<{
  input: ReviewRequestEmailsInput;
}>;


export type ReviewEmailsSetMutation = { reviewRequestEmailsSet: { enabled: boolean, errors: Array<{ code: ErrorCode }> } };

export type ReviewFieldsFragment = { id: string, rating: number, title: string, body: string, authorName: string, verifiedPurchase: boolean, status: ReviewStatus, rejectionReason: string | null, helpfulCount: number, unhelpfulCount: number, createdAt: string, updatedAt: string, reply: { body: string, repliedAt: string } | null, product: { id: string } };

export type ReviewCreateMutationVariables = Exact<{
  input: ReviewCreateInput;
}>;


export type ReviewCreateMutation = { reviewCreate: { review: { id: string, rating: number, title: string, body: string, authorName: string, verifiedPurchase: boolean, status: ReviewStatus, rejectionReason: string | null, helpfulCount: number, unhelpfulCount: number, createdAt: string, updatedAt: string, reply: { body: string, repliedAt: string } | null, product: { id: string } } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReviewUpdateMutationVariables = Exact<{
  input: ReviewUpdateInput;
}>;


export type ReviewUpdateMutation = { reviewUpdate: { review: { id: string, rating: number, title: string, body: string, authorName: string, verifiedPurchase: boolean, status: ReviewStatus, rejectionReason: string | null, helpfulCount: number, unhelpfulCount: number, createdAt: string, updatedAt: string, reply: { body: string, repliedAt: string } | null, product: { id: string } } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReviewDeleteMutationVariables = Exact<{
  input: ReviewIdInput;
}>;


export type ReviewDeleteMutation = { reviewDelete: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReviewVoteMutationVariables = Exact<{
  input: ReviewVoteInput;
}>;


export type ReviewVoteMutation = { reviewVote: { review: { id: string, helpfulCount: number, unhelpfulCount: number } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReviewApproveMutationVariables = Exact<{
  input: ReviewIdInput;
}>;


export type ReviewApproveMutation = { reviewApprove: { review: { id: string, rating: number, title: string, body: string, authorName: string, verifiedPurchase: boolean, status: ReviewStatus, rejectionReason: string | null, helpfulCount: number, unhelpfulCount: number, createdAt: string, updatedAt: string, reply: { body: string, repliedAt: string } | null, product: { id: string } } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReviewRejectMutationVariables = Exact<{
  input: ReviewRejectInput;
}>;


export type ReviewRejectMutation = { reviewReject: { review: { id: string, rating: number, title: string, body: string, authorName: string, verifiedPurchase: boolean, status: ReviewStatus, rejectionReason: string | null, helpfulCount: number, unhelpfulCount: number, createdAt: string, updatedAt: string, reply: { body: string, repliedAt: string } | null, product: { id: string } } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReviewReplyMutationVariables = Exact<{
  input: ReviewReplyInput;
}>;


export type ReviewReplyMutation = { reviewReply: { review: { id: string, rating: number, title: string, body: string, authorName: string, verifiedPurchase: boolean, status: ReviewStatus, rejectionReason: string | null, helpfulCount: number, unhelpfulCount: number, createdAt: string, updatedAt: string, reply: { body: string, repliedAt: string } | null, product: { id: string } } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type AdminReviewsQueryVariables = Exact<{
  filter?: AdminReviewsFilterInput | null | undefined;
  first?: number | null | undefined;
}>;


export type AdminReviewsQuery = { reviews: { totalCount: number, nodes: Array<{ customerId: string | null, id: string, rating: number, title: string, body: string, authorName: string, verifiedPurchase: boolean, status: ReviewStatus, rejectionReason: string | null, helpfulCount: number, unhelpfulCount: number, createdAt: string, updatedAt: string, reply: { body: string, repliedAt: string } | null, product: { id: string } }> } };

export type ReviewProductRatingQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewProductRatingQuery = { product: { id: string, rating: { average: number, count: number, histogram: Array<{ stars: number, count: number }> } } | null };

export type ProductReviewsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: ReviewSort | null | undefined;
  filter?: ProductReviewsFilterInput | null | undefined;
}>;


export type ProductReviewsQuery = { product: { id: string, reviews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, rating: number, title: string, body: string, authorName: string, verifiedPurchase: boolean, status: ReviewStatus, rejectionReason: string | null, helpfulCount: number, unhelpfulCount: number, createdAt: string, updatedAt: string, reply: { body: string, repliedAt: string } | null, product: { id: string } } }> } } | null };

export type ReviewTestRefundMutationVariables = Exact<{
  input: PaymentRefundInput;
}>;


export type ReviewTestRefundMutation = { paymentRefund: { order: { id: string, status: OrderStatus } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReviewTestCancelMutationVariables = Exact<{
  input: OrderCancelInput;
}>;


export type ReviewTestCancelMutation = { orderCancel: { order: { id: string, status: OrderStatus } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ReviewRegisterMutationVariables = Exact<{
  input: AccountRegisterInput;
}>;


export type ReviewRegisterMutation = { accountRegister: { user: { id: string } | null, errors: Array<{ code: ErrorCode }> } };

export type ShippingDemoProductCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ShippingDemoProductCountQuery = { adminProducts: { totalCount: number } };

export type ShippingActiveMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShippingActiveMethodsQuery = { shippingMethods: Array<{ code: string, active: boolean }> };

export type ShippingMethodFieldsFragment = { id: string, code: string, name: string, description: string, minDeliveryDays: number, maxDeliveryDays: number, countries: Array<string>, active: boolean, position: number, createdAt: string, updatedAt: string, price: { amount: string, currencyCode: string }, freeAbove: { amount: string, currencyCode: string } | null };

export type ShippingAdminMethodsQueryVariables = Exact<{
  filter?: ShippingMethodFilterInput | null | undefined;
}>;


export type ShippingAdminMethodsQuery = { shippingMethods: Array<{ id: string, code: string, name: string, description: string, minDeliveryDays: number, maxDeliveryDays: number, countries: Array<string>, active: boolean, position: number, createdAt: string, updatedAt: string, price: { amount: string, currencyCode: string }, freeAbove: { amount: string, currencyCode: string } | null }> };

export type ShippingMethodCreateMutationVariables = Exact<{
  input: ShippingMethodCreateInput;
}>;


export type ShippingMethodCreateMutation = { shippingMethodCreate: { shippingMethod: { id: string, code: string, name: string, description: string, minDeliveryDays: number, maxDeliveryDays: number, countries: Array<string>, active: boolean, position: number, createdAt: string, updatedAt: string, price: { amount: string, currencyCode: string }, freeAbove: { amount: string, currencyCode: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ShippingMethodUpdateMutationVariables = Exact<{
  input: ShippingMethodUpdateInput;
}>;


export type ShippingMethodUpdateMutation = { shippingMethodUpdate: { shippingMethod: { id: string, code: string, name: string, description: string, minDeliveryDays: number, maxDeliveryDays: number, countries: Array<string>, active: boolean, position: number, createdAt: string, updatedAt: string, price: { amount: string, currencyCode: string }, freeAbove: { amount: string, currencyCode: string } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ShippingMethodDeleteMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type ShippingMethodDeleteMutation = { shippingMethodDelete: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ShippingTaxRateFieldsFragment = { id: string, country: string, region: string | null, taxClass: TaxClass, rate: string, rateBasisPoints: number, name: string, createdAt: string, updatedAt: string };

export type ShippingAdminTaxRatesQueryVariables = Exact<{
  filter?: TaxRateFilterInput | null | undefined;
}>;


export type ShippingAdminTaxRatesQuery = { taxRates: Array<{ id: string, country: string, region: string | null, taxClass: TaxClass, rate: string, rateBasisPoints: number, name: string, createdAt: string, updatedAt: string }> };

export type ShippingTaxRateCreateMutationVariables = Exact<{
  input: TaxRateCreateInput;
}>;


export type ShippingTaxRateCreateMutation = { taxRateCreate: { taxRate: { id: string, country: string, region: string | null, taxClass: TaxClass, rate: string, rateBasisPoints: number, name: string, createdAt: string, updatedAt: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ShippingTaxRateUpdateMutationVariables = Exact<{
  input: TaxRateUpdateInput;
}>;


export type ShippingTaxRateUpdateMutation = { taxRateUpdate: { taxRate: { id: string, country: string, region: string | null, taxClass: TaxClass, rate: string, rateBasisPoints: number, name: string, createdAt: string, updatedAt: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type ShippingTaxRateDeleteMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type ShippingTaxRateDeleteMutation = { taxRateDelete: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SmokeRegisterMutationVariables = Exact<{
  input: AccountRegisterInput;
}>;


export type SmokeRegisterMutation = { accountRegister: { user: { id: string, email: string, role: Role, emailVerified: boolean } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SmokeLoginMutationVariables = Exact<{
  input: AccountLoginInput;
}>;


export type SmokeLoginMutation = { accountLogin: { accessToken: string | null, refreshToken: string | null, user: { email: string } | null, errors: Array<{ code: ErrorCode }> } };

export type SmokeMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SmokeMeQuery = { me: { email: string, name: string } | null };

export type StripeOrderFieldsFragment = { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, reservedUntil: string | null };

export type StripeCheckoutMutationVariables = Exact<{
  input: CheckoutCompleteInput;
}>;


export type StripeCheckoutMutation = { checkoutComplete: { clientSecret: string | null, order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, reservedUntil: string | null } | null, payment: { id: string, status: PaymentStatus, provider: string, cardBrand: string | null, cardLast4: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type StripePayMutationVariables = Exact<{
  input: OrderPayInput;
}>;


export type StripePayMutation = { orderPay: { clientSecret: string | null, order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, paymentMethod: PaymentMethod, reservedUntil: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type SubscriptionUpdateFieldsFragment = { event: { id: string, type: OrderEventType, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, toPaymentStatus: PaymentStatus | null, actorKind: OrderActorKind }, order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, customerId: string, events: Array<{ type: OrderEventType }> } };

export type SubscriptionOrderUpdatedSubscriptionVariables = Exact<{
  orderId: string | number;
}>;


export type SubscriptionOrderUpdatedSubscription = { orderUpdated: { event: { id: string, type: OrderEventType, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, toPaymentStatus: PaymentStatus | null, actorKind: OrderActorKind }, order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, customerId: string, events: Array<{ type: OrderEventType }> } } };

export type SubscriptionOrderEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubscriptionOrderEventsSubscription = { orderEvents: { event: { id: string, type: OrderEventType, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, toPaymentStatus: PaymentStatus | null, actorKind: OrderActorKind }, order: { id: string, number: string, status: OrderStatus, paymentStatus: PaymentStatus, customerId: string, events: Array<{ type: OrderEventType }> } } };

export type RegisterMutationVariables = Exact<{
  input: AccountRegisterInput;
}>;


export type RegisterMutation = { accountRegister: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, user: { id: string, email: string, name: string, role: Role, emailVerified: boolean, pendingEmail: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type LoginMutationVariables = Exact<{
  input: AccountLoginInput;
}>;


export type LoginMutation = { accountLogin: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, user: { id: string, email: string, role: Role } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type DevMailboxToQueryVariables = Exact<{
  to?: string | null | undefined;
}>;


export type DevMailboxToQuery = { devMailbox: { nodes: Array<{ subject: string, text: string, html: string, status: OutboxStatus }> } };

export type InputLimitsListingQueryVariables = Exact<{
  f?: ProductFilterInput | null | undefined;
}>;


export type InputLimitsListingQuery = { products: { totalCount: number } };

export type InputLimitsCouponCreateMutationVariables = Exact<{
  i: CouponCreateInput;
}>;


export type InputLimitsCouponCreateMutation = { couponCreate: { errors: Array<{ code: ErrorCode }> } };

export type InputLimitsNestedQueryVariables = Exact<{
  b?: Array<string> | string | null | undefined;
}>;


export type InputLimitsNestedQuery = { two: { totalCount: number }, one: { totalCount: number } };

export type WebhookEndpointFieldsFragment = { id: string, url: string, events: Array<WebhookEventType>, description: string | null, active: boolean, createdAt: string, updatedAt: string };

export type WebhookTestCreateMutationVariables = Exact<{
  input: WebhookCreateInput;
}>;


export type WebhookTestCreateMutation = { webhookCreate: { secret: string | null, webhook: { id: string, url: string, events: Array<WebhookEventType>, description: string | null, active: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type WebhookTestUpdateMutationVariables = Exact<{
  input: WebhookUpdateInput;
}>;


export type WebhookTestUpdateMutation = { webhookUpdate: { webhook: { id: string, url: string, events: Array<WebhookEventType>, description: string | null, active: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type WebhookTestRotateSecretMutationVariables = Exact<{
  input: WebhookIdInput;
}>;


export type WebhookTestRotateSecretMutation = { webhookRotateSecret: { secret: string | null, webhook: { id: string, url: string, events: Array<WebhookEventType>, description: string | null, active: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type WebhookTestDeleteMutationVariables = Exact<{
  input: WebhookIdInput;
}>;


export type WebhookTestDeleteMutation = { webhookDelete: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type WebhookTestListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookTestListQuery = { webhooks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, url: string, events: Array<WebhookEventType>, description: string | null, active: boolean, createdAt: string, updatedAt: string }> } };

export type WebhookTestDeliveriesQueryVariables = Exact<{
  filter: WebhookDeliveryFilterInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookTestDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attemptCount: number, nextAttemptAt: string | null, lastError: string | null, body: string, createdAt: string, deliveredAt: string | null, attempts: Array<{ attempt: number, responseStatus: number | null, error: string | null, durationMs: number, createdAt: string }> }> } };

export type WishlistBudgetPageQueryVariables = Exact<{ [key: string]: never; }>;


export type WishlistBudgetPageQuery = { wishlist: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, addedAt: string, available: boolean, product: { id: string, title: string, status: ProductStatus, priceRange: { min: { amount: string }, max: { amount: string } }, images: Array<{ url: string, alt: string }> }, variant: { id: string, inStock: boolean, price: { amount: string } } | null } }> } };

export type WishlistItemFieldsFragment = { id: string, addedAt: string, available: boolean, product: { id: string, title: string, status: ProductStatus }, variant: { id: string, sku: string, price: { amount: string } } | null };

export type WishlistPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WishlistPageQuery = { wishlist: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, addedAt: string, available: boolean, product: { id: string, title: string, status: ProductStatus }, variant: { id: string, sku: string, price: { amount: string } } | null } }> } };

export type WishlistAddMutationVariables = Exact<{
  input: WishlistAddInput;
}>;


export type WishlistAddMutation = { wishlistAdd: { item: { id: string, addedAt: string, available: boolean, product: { id: string, title: string, status: ProductStatus }, variant: { id: string, sku: string, price: { amount: string } } | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type WishlistRemoveMutationVariables = Exact<{
  input: WishlistRemoveInput;
}>;


export type WishlistRemoveMutation = { wishlistRemove: { deletedId: string | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type WishlistMoveToCartMutationVariables = Exact<{
  input: WishlistMoveToCartInput;
}>;


export type WishlistMoveToCartMutation = { wishlistMoveToCart: { removedItemId: string | null, quantityAvailable: number | null, cart: { id: string, itemCount: number, lines: Array<{ quantity: number, variant: { id: string } }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type WishlistTestVariantDeleteMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type WishlistTestVariantDeleteMutation = { variantDelete: { deletedId: string | null, errors: Array<{ code: ErrorCode }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment AddressFields on Address {
  id
  name
  line1
  line2
  city
  region
  postalCode
  country
  phone
  isDefaultShipping
  isDefaultBilling
  createdAt
  updatedAt
}
    `, {"fragmentName":"AddressFields"}) as unknown as TypedDocumentString<AddressFieldsFragment, unknown>;
export const CartFieldsFragmentDoc = new TypedDocumentString(`
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}
    `, {"fragmentName":"CartFields"}) as unknown as TypedDocumentString<CartFieldsFragment, unknown>;
export const CartBudgetFieldsFragmentDoc = new TypedDocumentString(`
    fragment CartBudgetFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    addedAt
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      title
      options {
        name
        value
      }
      price {
        amount
      }
      compareAtPrice {
        amount
      }
      inStock
      quantityAvailable
      product {
        id
        slug
      }
    }
    product {
      id
      slug
      title
      brand
      status
      taxClass
      images {
        id
        url
        alt
        width
        height
        renditions {
          url
          width
        }
      }
      categories {
        id
        slug
        name
      }
      variants {
        id
        sku
        price {
          amount
        }
      }
      priceRange {
        min {
          amount
        }
        max {
          amount
        }
      }
      inStock
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    minSubtotal {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    line2
    city
    region
    postalCode
    country
    phone
    addressId
  }
  shippingMethod {
    code
    name
    price {
      amount
    }
    estimatedDelivery {
      earliest
      latest
    }
  }
  availableShippingMethods {
    code
    name
    description
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}
    `, {"fragmentName":"CartBudgetFields"}) as unknown as TypedDocumentString<CartBudgetFieldsFragment, unknown>;
export const CatalogVariantFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatalogVariantFields on ProductVariant {
  id
  sku
  title
  position
  quantityAvailable
  inStock
  weightGrams
  options {
    name
    value
  }
  price {
    amount
    currencyCode
  }
  compareAtPrice {
    amount
  }
}
    `, {"fragmentName":"CatalogVariantFields"}) as unknown as TypedDocumentString<CatalogVariantFieldsFragment, unknown>;
export const CatalogProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatalogProductFields on Product {
  id
  slug
  title
  description
  brand
  tags
  status
  taxClass
  priceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
  compareAtPriceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
  categories {
    id
    slug
  }
  variants {
    ...CatalogVariantFields
  }
}
    fragment CatalogVariantFields on ProductVariant {
  id
  sku
  title
  position
  quantityAvailable
  inStock
  weightGrams
  options {
    name
    value
  }
  price {
    amount
    currencyCode
  }
  compareAtPrice {
    amount
  }
}`, {"fragmentName":"CatalogProductFields"}) as unknown as TypedDocumentString<CatalogProductFieldsFragment, unknown>;
export const CatalogCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatalogCategoryFields on Category {
  id
  slug
  name
  description
  position
  parent {
    id
  }
}
    `, {"fragmentName":"CatalogCategoryFields"}) as unknown as TypedDocumentString<CatalogCategoryFieldsFragment, unknown>;
export const SeedLedgerFragmentDoc = new TypedDocumentString(`
    fragment SeedLedger on StockMovementConnection {
  totalCount
  nodes {
    delta
    reason
  }
}
    `, {"fragmentName":"SeedLedger"}) as unknown as TypedDocumentString<SeedLedgerFragment, unknown>;
export const ImageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImageFields on ProductImage {
  id
  alt
  width
  height
  position
  url
  renditions {
    width
    height
    url
  }
}
    `, {"fragmentName":"ImageFields"}) as unknown as TypedDocumentString<ImageFieldsFragment, unknown>;
export const StorefrontFacetsFragmentDoc = new TypedDocumentString(`
    fragment StorefrontFacets on ProductConnection {
  facets {
    categories {
      category {
        id
        slug
        name
      }
      count
    }
    brands {
      value
      count
    }
    priceBuckets {
      min {
        amount
        currencyCode
      }
      max {
        amount
        currencyCode
      }
      count
    }
    ratings {
      minRating
      count
    }
    inStock
  }
}
    `, {"fragmentName":"StorefrontFacets"}) as unknown as TypedDocumentString<StorefrontFacetsFragment, unknown>;
export const BudgetProductPageFragmentDoc = new TypedDocumentString(`
    fragment BudgetProductPage on ProductConnection {
  totalCount
  edges {
    node {
      id
      slug
      title
      brand
      tags
      categories {
        id
        slug
        name
      }
      variants {
        id
        sku
        title
        options {
          name
          value
        }
        price {
          amount
          currencyCode
        }
        compareAtPrice {
          amount
        }
        inStock
        quantityAvailable
      }
      images {
        id
        url
        alt
        width
        height
        renditions {
          url
          width
          height
        }
      }
      priceRange {
        min {
          amount
          currencyCode
        }
        max {
          amount
          currencyCode
        }
      }
      compareAtPriceRange {
        min {
          amount
        }
        max {
          amount
        }
      }
      rating {
        average
        count
      }
      inStock
    }
  }
  ...StorefrontFacets
}
    fragment StorefrontFacets on ProductConnection {
  facets {
    categories {
      category {
        id
        slug
        name
      }
      count
    }
    brands {
      value
      count
    }
    priceBuckets {
      min {
        amount
        currencyCode
      }
      max {
        amount
        currencyCode
      }
      count
    }
    ratings {
      minRating
      count
    }
    inStock
  }
}`, {"fragmentName":"BudgetProductPage"}) as unknown as TypedDocumentString<BudgetProductPageFragment, unknown>;
export const StorefrontProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment StorefrontProductFields on Product {
  id
  slug
  title
  description
  brand
  tags
  status
  taxClass
  unitsSold
  createdAt
  updatedAt
  rating {
    average
    count
  }
  categories {
    id
    slug
    name
  }
  variants {
    id
    sku
    title
    position
    weightGrams
    options {
      name
      value
    }
    price {
      amount
      currencyCode
    }
    compareAtPrice {
      amount
      currencyCode
    }
    inStock
    quantityAvailable
    product {
      id
    }
  }
  images {
    id
  }
  priceRange {
    min {
      amount
      currencyCode
    }
    max {
      amount
      currencyCode
    }
  }
  compareAtPriceRange {
    min {
      amount
      currencyCode
    }
    max {
      amount
      currencyCode
    }
  }
  inStock
}
    `, {"fragmentName":"StorefrontProductFields"}) as unknown as TypedDocumentString<StorefrontProductFieldsFragment, unknown>;
export const CheckoutOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment CheckoutOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  customerId
  couponCode
  note
  reservedUntil
  createdAt
  canCancel
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    phone
  }
  billingAddress {
    name
    line1
    city
    country
  }
  shippingMethod {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
  }
  lines {
    id
    position
    productId
    variantId
    productTitle
    variantTitle
    sku
    options {
      name
      value
    }
    taxClass
    unitPrice {
      amount
    }
    quantity
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  payments {
    id
    status
    method
    provider
    amount {
      amount
    }
    cardBrand
    cardLast4
    failureCode
    failureMessage
  }
  events {
    type
    fromStatus
    toStatus
    fromPaymentStatus
    toPaymentStatus
    actorKind
    reason
  }
}
    `, {"fragmentName":"CheckoutOrderFields"}) as unknown as TypedDocumentString<CheckoutOrderFieldsFragment, unknown>;
export const CheckoutPaymentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CheckoutPaymentFields on Payment {
  id
  orderId
  status
  method
  provider
  amount {
    amount
    currencyCode
  }
  refundedAmount {
    amount
  }
  cardBrand
  cardLast4
  failureCode
  failureMessage
}
    `, {"fragmentName":"CheckoutPaymentFields"}) as unknown as TypedDocumentString<CheckoutPaymentFieldsFragment, unknown>;
export const StorefrontCartFragmentDoc = new TypedDocumentString(`
    fragment StorefrontCart on Cart {
  id
  itemCount
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    subtotal {
      amount
    }
    total {
      amount
    }
    variant {
      id
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
      currencyCode
    }
  }
}
    `, {"fragmentName":"StorefrontCart"}) as unknown as TypedDocumentString<StorefrontCartFragment, unknown>;
export const TransitionOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransitionOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  carrier
  trackingNumber
  reservedUntil
}
    `, {"fragmentName":"TransitionOrderFields"}) as unknown as TypedDocumentString<TransitionOrderFieldsFragment, unknown>;
export const PromotionCouponFieldsFragmentDoc = new TypedDocumentString(`
    fragment PromotionCouponFields on Coupon {
  id
  code
  type
  percentage
  amount {
    amount
    currencyCode
  }
  minSubtotal {
    amount
    currencyCode
  }
  startsAt
  endsAt
  usageLimit
  perCustomerLimit
  usedCount
  categoryIds
  productIds
  categories {
    id
    slug
  }
  products {
    id
    slug
    status
  }
  active
  createdAt
  updatedAt
}
    `, {"fragmentName":"PromotionCouponFields"}) as unknown as TypedDocumentString<PromotionCouponFieldsFragment, unknown>;
export const RefundFieldsFragmentDoc = new TypedDocumentString(`
    fragment RefundFields on Refund {
  id
  paymentId
  orderId
  amount {
    amount
    currencyCode
  }
  source
  reason
  returnId
  providerReference
  createdAt
}
    `, {"fragmentName":"RefundFields"}) as unknown as TypedDocumentString<RefundFieldsFragment, unknown>;
export const ReportFiguresFragmentDoc = new TypedDocumentString(`
    fragment ReportFigures on SalesFigures {
  orders
  units
  gross {
    amount
    currencyCode
  }
  discounts {
    amount
  }
  shipping {
    amount
  }
  tax {
    amount
  }
  refunds {
    amount
  }
  net {
    amount
  }
  averageOrderValue {
    amount
  }
}
    `, {"fragmentName":"ReportFigures"}) as unknown as TypedDocumentString<ReportFiguresFragment, unknown>;
export const ReportBucketFiguresFragmentDoc = new TypedDocumentString(`
    fragment ReportBucketFigures on SalesReportBucket {
  orders
  units
  gross {
    amount
    currencyCode
  }
  discounts {
    amount
  }
  shipping {
    amount
  }
  tax {
    amount
  }
  refunds {
    amount
  }
  net {
    amount
  }
  averageOrderValue {
    amount
  }
}
    `, {"fragmentName":"ReportBucketFigures"}) as unknown as TypedDocumentString<ReportBucketFiguresFragment, unknown>;
export const ReturnFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReturnFields on Return {
  id
  orderId
  customerId
  status
  reason
  note
  refundedAmount {
    amount
    currencyCode
  }
  createdAt
  updatedAt
  lines {
    id
    orderLineId
    quantity
    orderLine {
      id
      sku
      quantity
    }
  }
}
    `, {"fragmentName":"ReturnFields"}) as unknown as TypedDocumentString<ReturnFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewFields on Review {
  id
  rating
  title
  body
  authorName
  verifiedPurchase
  status
  rejectionReason
  helpfulCount
  unhelpfulCount
  createdAt
  updatedAt
  reply {
    body
    repliedAt
  }
  product {
    id
  }
}
    `, {"fragmentName":"ReviewFields"}) as unknown as TypedDocumentString<ReviewFieldsFragment, unknown>;
export const ShippingMethodFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShippingMethodFields on ShippingMethod {
  id
  code
  name
  description
  price {
    amount
    currencyCode
  }
  freeAbove {
    amount
    currencyCode
  }
  minDeliveryDays
  maxDeliveryDays
  countries
  active
  position
  createdAt
  updatedAt
}
    `, {"fragmentName":"ShippingMethodFields"}) as unknown as TypedDocumentString<ShippingMethodFieldsFragment, unknown>;
export const ShippingTaxRateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShippingTaxRateFields on TaxRate {
  id
  country
  region
  taxClass
  rate
  rateBasisPoints
  name
  createdAt
  updatedAt
}
    `, {"fragmentName":"ShippingTaxRateFields"}) as unknown as TypedDocumentString<ShippingTaxRateFieldsFragment, unknown>;
export const StripeOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment StripeOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  reservedUntil
}
    `, {"fragmentName":"StripeOrderFields"}) as unknown as TypedDocumentString<StripeOrderFieldsFragment, unknown>;
export const SubscriptionUpdateFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubscriptionUpdateFields on OrderUpdate {
  event {
    id
    type
    fromStatus
    toStatus
    toPaymentStatus
    actorKind
  }
  order {
    id
    number
    status
    paymentStatus
    customerId
    events {
      type
    }
  }
}
    `, {"fragmentName":"SubscriptionUpdateFields"}) as unknown as TypedDocumentString<SubscriptionUpdateFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  description
  active
  createdAt
  updatedAt
}
    `, {"fragmentName":"WebhookEndpointFields"}) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const WishlistItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment WishlistItemFields on WishlistItem {
  id
  addedAt
  available
  product {
    id
    title
    status
  }
  variant {
    id
    sku
    price {
      amount
    }
  }
}
    `, {"fragmentName":"WishlistItemFields"}) as unknown as TypedDocumentString<WishlistItemFieldsFragment, unknown>;
export const DeletionAdminOrderDocument = new TypedDocumentString(`
    query DeletionAdminOrder($id: ID) {
  order(id: $id) {
    id
    number
    customerId
    shippingAddress {
      name
      phone
    }
    billingAddress {
      name
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<DeletionAdminOrderQuery, DeletionAdminOrderQueryVariables>;
export const DeletionAdminUserDocument = new TypedDocumentString(`
    query DeletionAdminUser($id: ID!) {
  user(id: $id) {
    id
    email
    name
    phone
    pendingEmail
    disabled
    deletedAt
  }
}
    `) as unknown as TypedDocumentString<DeletionAdminUserQuery, DeletionAdminUserQueryVariables>;
export const CookieMeDocument = new TypedDocumentString(`
    query CookieMe {
  me {
    id
    email
    name
  }
}
    `) as unknown as TypedDocumentString<CookieMeQuery, CookieMeQueryVariables>;
export const CookieRenameDocument = new TypedDocumentString(`
    mutation CookieRename($input: AccountUpdateInput!) {
  accountUpdate(input: $input) {
    user {
      id
      name
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CookieRenameMutation, CookieRenameMutationVariables>;
export const CookieLogoutDocument = new TypedDocumentString(`
    mutation CookieLogout {
  accountLogout {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CookieLogoutMutation, CookieLogoutMutationVariables>;
export const CookieRefreshDocument = new TypedDocumentString(`
    mutation CookieRefresh {
  accountTokenRefresh {
    accessToken
    refreshToken
    user {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CookieRefreshMutation, CookieRefreshMutationVariables>;
export const CookieCategoriesDocument = new TypedDocumentString(`
    query CookieCategories {
  categories(flat: true) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<CookieCategoriesQuery, CookieCategoriesQueryVariables>;
export const ExportReviewEmailsOffDocument = new TypedDocumentString(`
    mutation ExportReviewEmailsOff {
  reviewRequestEmailsSet(input: {enabled: false}) {
    enabled
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExportReviewEmailsOffMutation, ExportReviewEmailsOffMutationVariables>;
export const AccountDeleteDocument = new TypedDocumentString(`
    mutation AccountDelete($input: AccountDeleteInput!) {
  accountDelete(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountDeleteMutation, AccountDeleteMutationVariables>;
export const UserDeleteDocument = new TypedDocumentString(`
    mutation UserDelete($input: UserDeleteInput!) {
  userDelete(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UserDeleteMutation, UserDeleteMutationVariables>;
export const AccountDataExportDocument = new TypedDocumentString(`
    mutation AccountDataExport {
  accountDataExport {
    url
    expiresAt
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountDataExportMutation, AccountDataExportMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    phone
    role
    emailVerified
    pendingEmail
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($input: AccountTokenRefreshInput) {
  accountTokenRefresh(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($input: AccountLogoutInput) {
  accountLogout(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LogoutAllDocument = new TypedDocumentString(`
    mutation LogoutAll {
  accountLogoutAll {
    revokedSessions
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutAllMutation, LogoutAllMutationVariables>;
export const VerifyDocument = new TypedDocumentString(`
    mutation Verify($input: AccountEmailVerifyInput!) {
  accountEmailVerify(input: $input) {
    user {
      id
      email
      name
      phone
      role
      emailVerified
      pendingEmail
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyMutation, VerifyMutationVariables>;
export const RequestVerificationDocument = new TypedDocumentString(`
    mutation RequestVerification {
  accountEmailVerificationRequest {
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RequestVerificationMutation, RequestVerificationMutationVariables>;
export const UpdateDocument = new TypedDocumentString(`
    mutation Update($input: AccountUpdateInput!) {
  accountUpdate(input: $input) {
    user {
      id
      email
      name
      phone
      role
      emailVerified
      pendingEmail
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateMutation, UpdateMutationVariables>;
export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($input: AccountEmailChangeInput!) {
  accountEmailChange(input: $input) {
    user {
      id
      email
      name
      phone
      role
      emailVerified
      pendingEmail
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: AccountPasswordChangeInput!) {
  accountPasswordChange(input: $input) {
    user {
      id
      email
      name
      phone
      role
      emailVerified
      pendingEmail
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ResetRequestDocument = new TypedDocumentString(`
    mutation ResetRequest($input: AccountPasswordResetRequestInput!) {
  accountPasswordResetRequest(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResetRequestMutation, ResetRequestMutationVariables>;
export const ResetDocument = new TypedDocumentString(`
    mutation Reset($input: AccountPasswordResetInput!) {
  accountPasswordReset(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResetMutation, ResetMutationVariables>;
export const UserUpdateDocument = new TypedDocumentString(`
    mutation UserUpdate($input: UserUpdateInput!) {
  userUpdate(input: $input) {
    user {
      id
      role
      disabled
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UserUpdateMutation, UserUpdateMutationVariables>;
export const AccountMailboxDocument = new TypedDocumentString(`
    query AccountMailbox($to: String) {
  devMailbox(filter: {to: $to}, first: 100) {
    totalCount
    nodes {
      subject
      text
      html
      status
      template
      to
    }
  }
}
    `) as unknown as TypedDocumentString<AccountMailboxQuery, AccountMailboxQueryVariables>;
export const UserLastLoginDocument = new TypedDocumentString(`
    query UserLastLogin($id: ID!) {
  user(id: $id) {
    id
    lastLoginAt
  }
}
    `) as unknown as TypedDocumentString<UserLastLoginQuery, UserLastLoginQueryVariables>;
export const MeLastLoginDocument = new TypedDocumentString(`
    query MeLastLogin {
  me {
    id
    lastLoginAt
  }
}
    `) as unknown as TypedDocumentString<MeLastLoginQuery, MeLastLoginQueryVariables>;
export const UsersLastLoginDocument = new TypedDocumentString(`
    query UsersLastLogin($query: String) {
  users(first: 5, filter: {query: $query}) {
    nodes {
      id
      email
      lastLoginAt
    }
  }
}
    `) as unknown as TypedDocumentString<UsersLastLoginQuery, UsersLastLoginQueryVariables>;
export const LastLoginWrongPasswordDocument = new TypedDocumentString(`
    mutation LastLoginWrongPassword($input: AccountLoginInput!) {
  accountLogin(input: $input) {
    accessToken
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LastLoginWrongPasswordMutation, LastLoginWrongPasswordMutationVariables>;
export const LastLoginDisabledDocument = new TypedDocumentString(`
    mutation LastLoginDisabled($input: AccountLoginInput!) {
  accountLogin(input: $input) {
    accessToken
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LastLoginDisabledMutation, LastLoginDisabledMutationVariables>;
export const AccountUsersTotalDocument = new TypedDocumentString(`
    query AccountUsersTotal {
  users(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccountUsersTotalQuery, AccountUsersTotalQueryVariables>;
export const OidcProvidersDocument = new TypedDocumentString(`
    query OidcProviders {
  oidcProviders {
    name
    displayName
  }
}
    `) as unknown as TypedDocumentString<OidcProvidersQuery, OidcProvidersQueryVariables>;
export const OidcStartDocument = new TypedDocumentString(`
    mutation OidcStart($input: AccountOidcStartInput!) {
  accountOidcStart(input: $input) {
    authorizationUrl
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OidcStartMutation, OidcStartMutationVariables>;
export const OidcCompleteDocument = new TypedDocumentString(`
    mutation OidcComplete($input: AccountOidcCompleteInput!) {
  accountOidcComplete(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      name
      emailVerified
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OidcCompleteMutation, OidcCompleteMutationVariables>;
export const IdentityLinkStartDocument = new TypedDocumentString(`
    mutation IdentityLinkStart($input: AccountOidcStartInput!) {
  accountIdentityLinkStart(input: $input) {
    authorizationUrl
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityLinkStartMutation, IdentityLinkStartMutationVariables>;
export const IdentityLinkCompleteDocument = new TypedDocumentString(`
    mutation IdentityLinkComplete($input: AccountOidcCompleteInput!) {
  accountIdentityLinkComplete(input: $input) {
    identity {
      provider
      subject
      email
      emailVerified
      linkedAt
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityLinkCompleteMutation, IdentityLinkCompleteMutationVariables>;
export const IdentityUnlinkDocument = new TypedDocumentString(`
    mutation IdentityUnlink($input: AccountIdentityUnlinkInput!) {
  accountIdentityUnlink(input: $input) {
    identity {
      provider
      subject
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityUnlinkMutation, IdentityUnlinkMutationVariables>;
export const MeIdentitiesDocument = new TypedDocumentString(`
    query MeIdentities {
  me {
    id
    email
    identities {
      provider
      subject
      email
      emailVerified
      linkedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MeIdentitiesQuery, MeIdentitiesQueryVariables>;
export const UserIdentitiesDocument = new TypedDocumentString(`
    query UserIdentities($id: ID!) {
  user(id: $id) {
    id
    identities {
      provider
      subject
      email
    }
  }
}
    `) as unknown as TypedDocumentString<UserIdentitiesQuery, UserIdentitiesQueryVariables>;
export const AccountMeDisabledDocument = new TypedDocumentString(`
    query AccountMeDisabled {
  me {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<AccountMeDisabledQuery, AccountMeDisabledQueryVariables>;
export const AccountAdminUserDocument = new TypedDocumentString(`
    query AccountAdminUser($id: ID!) {
  user(id: $id) {
    id
    email
    name
    role
    emailVerified
    disabled
    phone
  }
}
    `) as unknown as TypedDocumentString<AccountAdminUserQuery, AccountAdminUserQueryVariables>;
export const AddressListDocument = new TypedDocumentString(`
    query AddressList {
  addresses {
    ...AddressFields
  }
}
    fragment AddressFields on Address {
  id
  name
  line1
  line2
  city
  region
  postalCode
  country
  phone
  isDefaultShipping
  isDefaultBilling
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AddressListQuery, AddressListQueryVariables>;
export const AddressCreateDocument = new TypedDocumentString(`
    mutation AddressCreate($input: AddressCreateInput!) {
  addressCreate(input: $input) {
    address {
      ...AddressFields
    }
    addresses {
      id
      isDefaultShipping
      isDefaultBilling
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment AddressFields on Address {
  id
  name
  line1
  line2
  city
  region
  postalCode
  country
  phone
  isDefaultShipping
  isDefaultBilling
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AddressCreateMutation, AddressCreateMutationVariables>;
export const AddressUpdateDocument = new TypedDocumentString(`
    mutation AddressUpdate($input: AddressUpdateInput!) {
  addressUpdate(input: $input) {
    address {
      ...AddressFields
    }
    addresses {
      id
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment AddressFields on Address {
  id
  name
  line1
  line2
  city
  region
  postalCode
  country
  phone
  isDefaultShipping
  isDefaultBilling
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AddressUpdateMutation, AddressUpdateMutationVariables>;
export const AddressDeleteDocument = new TypedDocumentString(`
    mutation AddressDelete($input: AddressDeleteInput!) {
  addressDelete(input: $input) {
    deletedId
    addresses {
      id
      isDefaultShipping
      isDefaultBilling
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AddressDeleteMutation, AddressDeleteMutationVariables>;
export const AddressSetDefaultDocument = new TypedDocumentString(`
    mutation AddressSetDefault($input: AddressSetDefaultInput!) {
  addressSetDefault(input: $input) {
    address {
      ...AddressFields
    }
    addresses {
      id
      isDefaultShipping
      isDefaultBilling
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment AddressFields on Address {
  id
  name
  line1
  line2
  city
  region
  postalCode
  country
  phone
  isDefaultShipping
  isDefaultBilling
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<AddressSetDefaultMutation, AddressSetDefaultMutationVariables>;
export const AddressCreateIdDocument = new TypedDocumentString(`
    mutation AddressCreateId($input: AddressCreateInput!) {
  addressCreate(input: $input) {
    address {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddressCreateIdMutation, AddressCreateIdMutationVariables>;
export const CartAddWithoutQuantityDocument = new TypedDocumentString(`
    mutation CartAddWithoutQuantity($v: ID!) {
  cartAddItem(input: {variantId: $v}) {
    cart {
      itemCount
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CartAddWithoutQuantityMutation, CartAddWithoutQuantityMutationVariables>;
export const CartAddItemCountDocument = new TypedDocumentString(`
    mutation CartAddItemCount($input: CartAddItemInput!) {
  cartAddItem(input: $input) {
    cart {
      itemCount
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CartAddItemCountMutation, CartAddItemCountMutationVariables>;
export const CartBudgetFullDocument = new TypedDocumentString(`
    query CartBudgetFull($cartToken: String) {
  cart(cartToken: $cartToken) {
    ...CartBudgetFields
  }
}
    fragment CartBudgetFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    addedAt
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      title
      options {
        name
        value
      }
      price {
        amount
      }
      compareAtPrice {
        amount
      }
      inStock
      quantityAvailable
      product {
        id
        slug
      }
    }
    product {
      id
      slug
      title
      brand
      status
      taxClass
      images {
        id
        url
        alt
        width
        height
        renditions {
          url
          width
        }
      }
      categories {
        id
        slug
        name
      }
      variants {
        id
        sku
        price {
          amount
        }
      }
      priceRange {
        min {
          amount
        }
        max {
          amount
        }
      }
      inStock
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    minSubtotal {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    line2
    city
    region
    postalCode
    country
    phone
    addressId
  }
  shippingMethod {
    code
    name
    price {
      amount
    }
    estimatedDelivery {
      earliest
      latest
    }
  }
  availableShippingMethods {
    code
    name
    description
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartBudgetFullQuery, CartBudgetFullQueryVariables>;
export const CartBudgetAddItemDocument = new TypedDocumentString(`
    mutation CartBudgetAddItem($v: ID!) {
  cartAddItem(input: {variantId: $v, quantity: 1}) {
    errors {
      code
    }
    cart {
      ...CartBudgetFields
    }
  }
}
    fragment CartBudgetFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    addedAt
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      title
      options {
        name
        value
      }
      price {
        amount
      }
      compareAtPrice {
        amount
      }
      inStock
      quantityAvailable
      product {
        id
        slug
      }
    }
    product {
      id
      slug
      title
      brand
      status
      taxClass
      images {
        id
        url
        alt
        width
        height
        renditions {
          url
          width
        }
      }
      categories {
        id
        slug
        name
      }
      variants {
        id
        sku
        price {
          amount
        }
      }
      priceRange {
        min {
          amount
        }
        max {
          amount
        }
      }
      inStock
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    minSubtotal {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    line2
    city
    region
    postalCode
    country
    phone
    addressId
  }
  shippingMethod {
    code
    name
    price {
      amount
    }
    estimatedDelivery {
      earliest
      latest
    }
  }
  availableShippingMethods {
    code
    name
    description
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartBudgetAddItemMutation, CartBudgetAddItemMutationVariables>;
export const CartTestAddressCreateDocument = new TypedDocumentString(`
    mutation CartTestAddressCreate($input: AddressCreateInput!) {
  addressCreate(input: $input) {
    address {
      id
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartTestAddressCreateMutation, CartTestAddressCreateMutationVariables>;
export const CartViewDocument = new TypedDocumentString(`
    query CartView($cartToken: String) {
  cart(cartToken: $cartToken) {
    ...CartFields
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartViewQuery, CartViewQueryVariables>;
export const CartCreateDocument = new TypedDocumentString(`
    mutation CartCreate {
  cartCreate {
    cartToken
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartCreateMutation, CartCreateMutationVariables>;
export const CartAddItemDocument = new TypedDocumentString(`
    mutation CartAddItem($input: CartAddItemInput!, $cartToken: String) {
  cartAddItem(input: $input, cartToken: $cartToken) {
    quantityAvailable
    line {
      id
      quantity
    }
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartAddItemMutation, CartAddItemMutationVariables>;
export const CartUpdateItemDocument = new TypedDocumentString(`
    mutation CartUpdateItem($input: CartUpdateItemInput!, $cartToken: String) {
  cartUpdateItem(input: $input, cartToken: $cartToken) {
    quantityAvailable
    line {
      id
      quantity
    }
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartUpdateItemMutation, CartUpdateItemMutationVariables>;
export const CartRemoveItemDocument = new TypedDocumentString(`
    mutation CartRemoveItem($input: CartRemoveItemInput!, $cartToken: String) {
  cartRemoveItem(input: $input, cartToken: $cartToken) {
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartRemoveItemMutation, CartRemoveItemMutationVariables>;
export const CartClearDocument = new TypedDocumentString(`
    mutation CartClear($cartToken: String) {
  cartClear(cartToken: $cartToken) {
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartClearMutation, CartClearMutationVariables>;
export const CartAcceptChangesDocument = new TypedDocumentString(`
    mutation CartAcceptChanges($cartToken: String) {
  cartAcceptChanges(cartToken: $cartToken) {
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartAcceptChangesMutation, CartAcceptChangesMutationVariables>;
export const CartApplyCouponDocument = new TypedDocumentString(`
    mutation CartApplyCoupon($input: CartApplyCouponInput!, $cartToken: String) {
  cartApplyCoupon(input: $input, cartToken: $cartToken) {
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartApplyCouponMutation, CartApplyCouponMutationVariables>;
export const CartRemoveCouponDocument = new TypedDocumentString(`
    mutation CartRemoveCoupon($cartToken: String) {
  cartRemoveCoupon(cartToken: $cartToken) {
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartRemoveCouponMutation, CartRemoveCouponMutationVariables>;
export const CartSetShippingAddressDocument = new TypedDocumentString(`
    mutation CartSetShippingAddress($input: CartSetShippingAddressInput!, $cartToken: String) {
  cartSetShippingAddress(input: $input, cartToken: $cartToken) {
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartSetShippingAddressMutation, CartSetShippingAddressMutationVariables>;
export const CartSetShippingMethodDocument = new TypedDocumentString(`
    mutation CartSetShippingMethod($input: CartSetShippingMethodInput!, $cartToken: String) {
  cartSetShippingMethod(input: $input, cartToken: $cartToken) {
    cart {
      ...CartFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CartFields on Cart {
  id
  isGuest
  updatedAt
  expiresAt
  itemCount
  hasBlockingWarnings
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    unitPriceWhenAdded {
      amount
    }
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    variant {
      id
      sku
      quantityAvailable
      price {
        amount
      }
    }
    product {
      id
      slug
      title
      status
    }
  }
  coupon {
    code
    type
    percentage
    amount {
      amount
    }
    applied
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    addressId
  }
  shippingMethod {
    code
    price {
      amount
    }
  }
  availableShippingMethods {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
    estimatedDelivery {
      earliest
      latest
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
    taxIsEstimate
    taxCountry
  }
  warnings {
    code
    lineId
    message
    blocking
  }
}`) as unknown as TypedDocumentString<CartSetShippingMethodMutation, CartSetShippingMethodMutationVariables>;
export const CartTestVariantUpdateDocument = new TypedDocumentString(`
    mutation CartTestVariantUpdate($input: VariantUpdateInput!) {
  variantUpdate(input: $input) {
    variant {
      id
      price {
        amount
      }
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartTestVariantUpdateMutation, CartTestVariantUpdateMutationVariables>;
export const CartTestProductUpdateDocument = new TypedDocumentString(`
    mutation CartTestProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    product {
      id
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartTestProductUpdateMutation, CartTestProductUpdateMutationVariables>;
export const CartTestInventoryAdjustDocument = new TypedDocumentString(`
    mutation CartTestInventoryAdjust($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) {
    variant {
      id
      quantityAvailable
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartTestInventoryAdjustMutation, CartTestInventoryAdjustMutationVariables>;
export const CartTestShippingMethodCreateDocument = new TypedDocumentString(`
    mutation CartTestShippingMethodCreate($input: ShippingMethodCreateInput!) {
  shippingMethodCreate(input: $input) {
    shippingMethod {
      id
      code
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartTestShippingMethodCreateMutation, CartTestShippingMethodCreateMutationVariables>;
export const CartTestShippingMethodUpdateDocument = new TypedDocumentString(`
    mutation CartTestShippingMethodUpdate($input: ShippingMethodUpdateInput!) {
  shippingMethodUpdate(input: $input) {
    shippingMethod {
      id
      code
      active
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartTestShippingMethodUpdateMutation, CartTestShippingMethodUpdateMutationVariables>;
export const CartTestTaxRateCreateDocument = new TypedDocumentString(`
    mutation CartTestTaxRateCreate($input: TaxRateCreateInput!) {
  taxRateCreate(input: $input) {
    taxRate {
      id
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartTestTaxRateCreateMutation, CartTestTaxRateCreateMutationVariables>;
export const CartTestCouponCreateDocument = new TypedDocumentString(`
    mutation CartTestCouponCreate($input: CouponCreateInput!) {
  couponCreate(input: $input) {
    coupon {
      id
      code
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartTestCouponCreateMutation, CartTestCouponCreateMutationVariables>;
export const CartTestCouponUpdateDocument = new TypedDocumentString(`
    mutation CartTestCouponUpdate($input: CouponUpdateInput!) {
  couponUpdate(input: $input) {
    coupon {
      id
      code
      active
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CartTestCouponUpdateMutation, CartTestCouponUpdateMutationVariables>;
export const CatalogCategoryBySlugDocument = new TypedDocumentString(`
    query CatalogCategoryBySlug($slug: String) {
  category(slug: $slug) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogCategoryBySlugQuery, CatalogCategoryBySlugQueryVariables>;
export const CatalogCategoryFamilyDocument = new TypedDocumentString(`
    query CatalogCategoryFamily($id: ID) {
  category(id: $id) {
    children {
      id
    }
    ancestors {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogCategoryFamilyQuery, CatalogCategoryFamilyQueryVariables>;
export const CatalogCategoryChildrenDocument = new TypedDocumentString(`
    query CatalogCategoryChildren($id: ID) {
  category(id: $id) {
    children {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogCategoryChildrenQuery, CatalogCategoryChildrenQueryVariables>;
export const CatalogRootCategoriesDocument = new TypedDocumentString(`
    query CatalogRootCategories {
  categories {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogRootCategoriesQuery, CatalogRootCategoriesQueryVariables>;
export const CatalogLowStockDefaultDocument = new TypedDocumentString(`
    query CatalogLowStockDefault($first: Int) {
  lowStockVariants(first: $first) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogLowStockDefaultQuery, CatalogLowStockDefaultQueryVariables>;
export const CatalogCategoryIdsDocument = new TypedDocumentString(`
    query CatalogCategoryIds {
  categories(flat: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogCategoryIdsQuery, CatalogCategoryIdsQueryVariables>;
export const CatalogProductIdDocument = new TypedDocumentString(`
    query CatalogProductId($id: ID!) {
  product(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogProductIdQuery, CatalogProductIdQueryVariables>;
export const CatalogProductCreateDocument = new TypedDocumentString(`
    mutation CatalogProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      ...CatalogProductFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CatalogVariantFields on ProductVariant {
  id
  sku
  title
  position
  quantityAvailable
  inStock
  weightGrams
  options {
    name
    value
  }
  price {
    amount
    currencyCode
  }
  compareAtPrice {
    amount
  }
}
fragment CatalogProductFields on Product {
  id
  slug
  title
  description
  brand
  tags
  status
  taxClass
  priceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
  compareAtPriceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
  categories {
    id
    slug
  }
  variants {
    ...CatalogVariantFields
  }
}`) as unknown as TypedDocumentString<CatalogProductCreateMutation, CatalogProductCreateMutationVariables>;
export const CatalogProductUpdateDocument = new TypedDocumentString(`
    mutation CatalogProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    product {
      ...CatalogProductFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CatalogVariantFields on ProductVariant {
  id
  sku
  title
  position
  quantityAvailable
  inStock
  weightGrams
  options {
    name
    value
  }
  price {
    amount
    currencyCode
  }
  compareAtPrice {
    amount
  }
}
fragment CatalogProductFields on Product {
  id
  slug
  title
  description
  brand
  tags
  status
  taxClass
  priceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
  compareAtPriceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
  categories {
    id
    slug
  }
  variants {
    ...CatalogVariantFields
  }
}`) as unknown as TypedDocumentString<CatalogProductUpdateMutation, CatalogProductUpdateMutationVariables>;
export const CatalogProductDeleteDocument = new TypedDocumentString(`
    mutation CatalogProductDelete($input: DeleteInput!) {
  productDelete(input: $input) {
    deletedId
    archivedProduct {
      id
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogProductDeleteMutation, CatalogProductDeleteMutationVariables>;
export const CatalogProductDocument = new TypedDocumentString(`
    query CatalogProduct($id: ID!) {
  product(id: $id) {
    ...CatalogProductFields
  }
}
    fragment CatalogVariantFields on ProductVariant {
  id
  sku
  title
  position
  quantityAvailable
  inStock
  weightGrams
  options {
    name
    value
  }
  price {
    amount
    currencyCode
  }
  compareAtPrice {
    amount
  }
}
fragment CatalogProductFields on Product {
  id
  slug
  title
  description
  brand
  tags
  status
  taxClass
  priceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
  compareAtPriceRange {
    min {
      amount
    }
    max {
      amount
    }
  }
  categories {
    id
    slug
  }
  variants {
    ...CatalogVariantFields
  }
}`) as unknown as TypedDocumentString<CatalogProductQuery, CatalogProductQueryVariables>;
export const CatalogAdminProductsDocument = new TypedDocumentString(`
    query CatalogAdminProducts($filter: AdminProductFilterInput, $first: Int) {
  adminProducts(first: $first, filter: $filter) {
    totalCount
    nodes {
      id
      slug
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogAdminProductsQuery, CatalogAdminProductsQueryVariables>;
export const CatalogVariantCreateDocument = new TypedDocumentString(`
    mutation CatalogVariantCreate($input: VariantCreateInput!) {
  variantCreate(input: $input) {
    variant {
      ...CatalogVariantFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CatalogVariantFields on ProductVariant {
  id
  sku
  title
  position
  quantityAvailable
  inStock
  weightGrams
  options {
    name
    value
  }
  price {
    amount
    currencyCode
  }
  compareAtPrice {
    amount
  }
}`) as unknown as TypedDocumentString<CatalogVariantCreateMutation, CatalogVariantCreateMutationVariables>;
export const CatalogVariantUpdateDocument = new TypedDocumentString(`
    mutation CatalogVariantUpdate($input: VariantUpdateInput!) {
  variantUpdate(input: $input) {
    variant {
      ...CatalogVariantFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CatalogVariantFields on ProductVariant {
  id
  sku
  title
  position
  quantityAvailable
  inStock
  weightGrams
  options {
    name
    value
  }
  price {
    amount
    currencyCode
  }
  compareAtPrice {
    amount
  }
}`) as unknown as TypedDocumentString<CatalogVariantUpdateMutation, CatalogVariantUpdateMutationVariables>;
export const CatalogVariantDeleteDocument = new TypedDocumentString(`
    mutation CatalogVariantDelete($input: DeleteInput!) {
  variantDelete(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogVariantDeleteMutation, CatalogVariantDeleteMutationVariables>;
export const CatalogCategoryCreateDocument = new TypedDocumentString(`
    mutation CatalogCategoryCreate($input: CategoryCreateInput!) {
  categoryCreate(input: $input) {
    category {
      ...CatalogCategoryFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CatalogCategoryFields on Category {
  id
  slug
  name
  description
  position
  parent {
    id
  }
}`) as unknown as TypedDocumentString<CatalogCategoryCreateMutation, CatalogCategoryCreateMutationVariables>;
export const CatalogCategoryUpdateDocument = new TypedDocumentString(`
    mutation CatalogCategoryUpdate($input: CategoryUpdateInput!) {
  categoryUpdate(input: $input) {
    category {
      ...CatalogCategoryFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CatalogCategoryFields on Category {
  id
  slug
  name
  description
  position
  parent {
    id
  }
}`) as unknown as TypedDocumentString<CatalogCategoryUpdateMutation, CatalogCategoryUpdateMutationVariables>;
export const CatalogCategoryMoveDocument = new TypedDocumentString(`
    mutation CatalogCategoryMove($input: CategoryMoveInput!) {
  categoryMove(input: $input) {
    category {
      ...CatalogCategoryFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CatalogCategoryFields on Category {
  id
  slug
  name
  description
  position
  parent {
    id
  }
}`) as unknown as TypedDocumentString<CatalogCategoryMoveMutation, CatalogCategoryMoveMutationVariables>;
export const CatalogCategoryDeleteDocument = new TypedDocumentString(`
    mutation CatalogCategoryDelete($input: CategoryDeleteInput!) {
  categoryDelete(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogCategoryDeleteMutation, CatalogCategoryDeleteMutationVariables>;
export const CatalogCategoriesFlatDocument = new TypedDocumentString(`
    query CatalogCategoriesFlat {
  categories(flat: true) {
    ...CatalogCategoryFields
  }
}
    fragment CatalogCategoryFields on Category {
  id
  slug
  name
  description
  position
  parent {
    id
  }
}`) as unknown as TypedDocumentString<CatalogCategoriesFlatQuery, CatalogCategoriesFlatQueryVariables>;
export const CatalogInventoryAdjustDocument = new TypedDocumentString(`
    mutation CatalogInventoryAdjust($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) {
    variant {
      id
      quantityAvailable
      inStock
    }
    movement {
      id
      delta
      reason
      note
      reference
      actorId
      createdAt
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogInventoryAdjustMutation, CatalogInventoryAdjustMutationVariables>;
export const CatalogStockMovementsDocument = new TypedDocumentString(`
    query CatalogStockMovements($variantId: ID!, $first: Int, $after: String) {
  stockMovements(filter: {variantId: $variantId}, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      delta
      reason
      note
      reference
      actorId
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogStockMovementsQuery, CatalogStockMovementsQueryVariables>;
export const CatalogLowStockDocument = new TypedDocumentString(`
    query CatalogLowStock($threshold: Int!, $first: Int, $after: String) {
  lowStockVariants(filter: {threshold: $threshold}, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      sku
      quantityAvailable
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogLowStockQuery, CatalogLowStockQueryVariables>;
export const SmokeCategoryCreateDocument = new TypedDocumentString(`
    mutation SmokeCategoryCreate($input: CategoryCreateInput!) {
  categoryCreate(input: $input) {
    category {
      id
      slug
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeCategoryCreateMutation, SmokeCategoryCreateMutationVariables>;
export const SmokeProductCreateDocument = new TypedDocumentString(`
    mutation SmokeProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      id
      slug
      status
      priceRange {
        min {
          amount
        }
        max {
          amount
        }
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeProductCreateMutation, SmokeProductCreateMutationVariables>;
export const SmokeSearchDocument = new TypedDocumentString(`
    query SmokeSearch($filter: ProductFilterInput) {
  products(first: 10, filter: $filter) {
    totalCount
    nodes {
      title
      inStock
      categories {
        slug
      }
      variants {
        sku
        price {
          amount
        }
        inStock
      }
    }
    facets {
      brands {
        value
        count
      }
      categories {
        category {
          slug
        }
        count
      }
      priceBuckets {
        min {
          amount
        }
        count
      }
      ratings {
        minRating
        count
      }
      inStock
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeSearchQuery, SmokeSearchQueryVariables>;
export const SeedAllProductsDocument = new TypedDocumentString(`
    query SeedAllProducts {
  adminProducts(first: 100) {
    totalCount
    nodes {
      id
      slug
      title
      status
      brand
      tags
      createdAt
      priceRange {
        min {
          amount
        }
        max {
          amount
        }
      }
      rating {
        average
        count
      }
      categories {
        id
      }
      images {
        id
      }
      variants {
        id
        sku
        options {
          name
          value
        }
        price {
          amount
        }
        compareAtPrice {
          amount
        }
        quantityAvailable
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedAllProductsQuery, SeedAllProductsQueryVariables>;
export const SeedCategoriesDocument = new TypedDocumentString(`
    query SeedCategories {
  categories(flat: true) {
    id
    slug
    parent {
      id
    }
    children {
      id
    }
    ancestors {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SeedCategoriesQuery, SeedCategoriesQueryVariables>;
export const SeedStorefrontDocument = new TypedDocumentString(`
    query SeedStorefront {
  products(first: 5) {
    totalCount
    facets {
      brands {
        value
        count
      }
      inStock
    }
    nodes {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SeedStorefrontQuery, SeedStorefrontQueryVariables>;
export const FacetIndexListingDocument = new TypedDocumentString(`
    query FacetIndexListing($filter: ProductFilterInput) {
  products(filter: $filter, first: 1) {
    totalCount
    totalCountIsExact
    facets {
      categories {
        category {
          id
        }
        count
      }
      brands {
        value
        count
      }
      priceBuckets {
        min {
          amount
        }
        count
      }
      ratings {
        minRating
        count
      }
      inStock
    }
  }
}
    `) as unknown as TypedDocumentString<FacetIndexListingQuery, FacetIndexListingQueryVariables>;
export const FacetIndexAdminListingDocument = new TypedDocumentString(`
    query FacetIndexAdminListing($filter: AdminProductFilterInput) {
  adminProducts(filter: $filter, first: 1) {
    totalCount
    facets {
      categories {
        category {
          id
        }
        count
      }
      brands {
        value
        count
      }
      priceBuckets {
        count
      }
      ratings {
        count
      }
      inStock
    }
  }
}
    `) as unknown as TypedDocumentString<FacetIndexAdminListingQuery, FacetIndexAdminListingQueryVariables>;
export const FacetRobustnessListingDocument = new TypedDocumentString(`
    query FacetRobustnessListing($filter: ProductFilterInput) {
  products(filter: $filter, first: 5) {
    totalCount
    totalCountIsExact
    nodes {
      title
    }
    facets {
      categories {
        category {
          id
        }
        count
      }
      brands {
        value
        count
      }
      priceBuckets {
        min {
          amount
        }
        count
      }
      ratings {
        minRating
        count
      }
      inStock
    }
  }
}
    `) as unknown as TypedDocumentString<FacetRobustnessListingQuery, FacetRobustnessListingQueryVariables>;
export const FixtureCategoryCreateDocument = new TypedDocumentString(`
    mutation FixtureCategoryCreate($input: CategoryCreateInput!) {
  categoryCreate(input: $input) {
    category {
      id
      slug
      position
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureCategoryCreateMutation, FixtureCategoryCreateMutationVariables>;
export const FixtureProductCreateDocument = new TypedDocumentString(`
    mutation FixtureProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      id
      slug
      status
      variants {
        id
        sku
      }
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureProductCreateMutation, FixtureProductCreateMutationVariables>;
export const FixtureProductUpdateDocument = new TypedDocumentString(`
    mutation FixtureProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    product {
      id
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureProductUpdateMutation, FixtureProductUpdateMutationVariables>;
export const FixtureInventoryAdjustDocument = new TypedDocumentString(`
    mutation FixtureInventoryAdjust($input: InventoryAdjustInput!) {
  inventoryAdjust(input: $input) {
    variant {
      id
      quantityAvailable
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureInventoryAdjustMutation, FixtureInventoryAdjustMutationVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String, $last: Int, $before: String) {
  products(
    filter: $filter
    sort: $sort
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const ImageUploadDocument = new TypedDocumentString(`
    mutation ImageUpload($input: ProductImageUploadInput!) {
  productImageUpload(input: $input) {
    image {
      ...ImageFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ImageFields on ProductImage {
  id
  alt
  width
  height
  position
  url
  renditions {
    width
    height
    url
  }
}`) as unknown as TypedDocumentString<ImageUploadMutation, ImageUploadMutationVariables>;
export const ImageProductCreateDocument = new TypedDocumentString(`
    mutation ImageProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ImageProductCreateMutation, ImageProductCreateMutationVariables>;
export const ImageProductDocument = new TypedDocumentString(`
    query ImageProduct($id: ID) {
  product(id: $id) {
    images {
      ...ImageFields
    }
  }
}
    fragment ImageFields on ProductImage {
  id
  alt
  width
  height
  position
  url
  renditions {
    width
    height
    url
  }
}`) as unknown as TypedDocumentString<ImageProductQuery, ImageProductQueryVariables>;
export const ImageListingDocument = new TypedDocumentString(`
    query ImageListing {
  products(first: 100) {
    nodes {
      id
      images {
        ...ImageFields
      }
    }
  }
}
    fragment ImageFields on ProductImage {
  id
  alt
  width
  height
  position
  url
  renditions {
    width
    height
    url
  }
}`) as unknown as TypedDocumentString<ImageListingQuery, ImageListingQueryVariables>;
export const ImageOrderDocument = new TypedDocumentString(`
    query ImageOrder($id: ID) {
  product(id: $id) {
    images {
      id
      alt
      position
    }
  }
}
    `) as unknown as TypedDocumentString<ImageOrderQuery, ImageOrderQueryVariables>;
export const ImageReorderDocument = new TypedDocumentString(`
    mutation ImageReorder($input: ProductImagesReorderInput!) {
  productImagesReorder(input: $input) {
    images {
      id
      position
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ImageReorderMutation, ImageReorderMutationVariables>;
export const ImageDeleteDocument = new TypedDocumentString(`
    mutation ImageDelete($input: DeleteInput!) {
  productImageDelete(input: $input) {
    deletedId
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ImageDeleteMutation, ImageDeleteMutationVariables>;
export const BreadcrumbProductDocument = new TypedDocumentString(`
    query BreadcrumbProduct($slug: String, $id: ID) {
  product(slug: $slug, id: $id) {
    id
    categories {
      id
      slug
      ancestors {
        id
        slug
        name
        ancestors {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BreadcrumbProductQuery, BreadcrumbProductQueryVariables>;
export const BreadcrumbEveryFieldDocument = new TypedDocumentString(`
    query BreadcrumbEveryField($slug: String, $id: ID) {
  product(slug: $slug, id: $id) {
    id
    slug
    title
    description
    brand
    tags
    status
    taxClass
    createdAt
    updatedAt
    unitsSold
    inStock
    priceRange {
      min {
        amount
        currencyCode
      }
      max {
        amount
        currencyCode
      }
    }
    compareAtPriceRange {
      min {
        amount
      }
      max {
        amount
      }
    }
    rating {
      average
      count
      histogram {
        stars
        count
      }
    }
    categories {
      id
      slug
      name
      description
      position
      parent {
        id
      }
    }
    images {
      id
      url
      alt
      width
      height
      position
      renditions {
        width
        height
        url
      }
    }
    variants {
      id
      sku
      title
      position
      weightGrams
      inStock
      quantityAvailable
      options {
        name
        value
      }
      price {
        amount
        currencyCode
      }
      compareAtPrice {
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BreadcrumbEveryFieldQuery, BreadcrumbEveryFieldQueryVariables>;
export const BreadcrumbCategoryDocument = new TypedDocumentString(`
    query BreadcrumbCategory($id: ID) {
  category(id: $id) {
    ancestors {
      id
      slug
      name
      ancestors {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BreadcrumbCategoryQuery, BreadcrumbCategoryQueryVariables>;
export const BreadcrumbMoveDocument = new TypedDocumentString(`
    mutation BreadcrumbMove($input: CategoryMoveInput!) {
  categoryMove(input: $input) {
    category {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BreadcrumbMoveMutation, BreadcrumbMoveMutationVariables>;
export const BudgetProductsDocument = new TypedDocumentString(`
    query BudgetProducts($first: Int!, $after: String, $filter: ProductFilterInput, $sort: ProductSort) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
    }
    ...BudgetProductPage
  }
}
    fragment StorefrontFacets on ProductConnection {
  facets {
    categories {
      category {
        id
        slug
        name
      }
      count
    }
    brands {
      value
      count
    }
    priceBuckets {
      min {
        amount
        currencyCode
      }
      max {
        amount
        currencyCode
      }
      count
    }
    ratings {
      minRating
      count
    }
    inStock
  }
}
fragment BudgetProductPage on ProductConnection {
  totalCount
  edges {
    node {
      id
      slug
      title
      brand
      tags
      categories {
        id
        slug
        name
      }
      variants {
        id
        sku
        title
        options {
          name
          value
        }
        price {
          amount
          currencyCode
        }
        compareAtPrice {
          amount
        }
        inStock
        quantityAvailable
      }
      images {
        id
        url
        alt
        width
        height
        renditions {
          url
          width
          height
        }
      }
      priceRange {
        min {
          amount
          currencyCode
        }
        max {
          amount
          currencyCode
        }
      }
      compareAtPriceRange {
        min {
          amount
        }
        max {
          amount
        }
      }
      rating {
        average
        count
      }
      inStock
    }
  }
  ...StorefrontFacets
}`) as unknown as TypedDocumentString<BudgetProductsQuery, BudgetProductsQueryVariables>;
export const BudgetAdminProductsDocument = new TypedDocumentString(`
    query BudgetAdminProducts($first: Int!, $after: String, $filter: AdminProductFilterInput, $sort: ProductSort) {
  adminProducts(first: $first, after: $after, filter: $filter, sort: $sort) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
    }
    ...BudgetProductPage
  }
}
    fragment StorefrontFacets on ProductConnection {
  facets {
    categories {
      category {
        id
        slug
        name
      }
      count
    }
    brands {
      value
      count
    }
    priceBuckets {
      min {
        amount
        currencyCode
      }
      max {
        amount
        currencyCode
      }
      count
    }
    ratings {
      minRating
      count
    }
    inStock
  }
}
fragment BudgetProductPage on ProductConnection {
  totalCount
  edges {
    node {
      id
      slug
      title
      brand
      tags
      categories {
        id
        slug
        name
      }
      variants {
        id
        sku
        title
        options {
          name
          value
        }
        price {
          amount
          currencyCode
        }
        compareAtPrice {
          amount
        }
        inStock
        quantityAvailable
      }
      images {
        id
        url
        alt
        width
        height
        renditions {
          url
          width
          height
        }
      }
      priceRange {
        min {
          amount
          currencyCode
        }
        max {
          amount
          currencyCode
        }
      }
      compareAtPriceRange {
        min {
          amount
        }
        max {
          amount
        }
      }
      rating {
        average
        count
      }
      inStock
    }
  }
  ...StorefrontFacets
}`) as unknown as TypedDocumentString<BudgetAdminProductsQuery, BudgetAdminProductsQueryVariables>;
export const BudgetSearchDocument = new TypedDocumentString(`
    query BudgetSearch($first: Int!, $after: String, $query: String!) {
  products(first: $first, after: $after, filter: {query: $query}) {
    totalCount
    totalCountIsExact
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      variants {
        id
      }
      images {
        id
      }
      categories {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetSearchQuery, BudgetSearchQueryVariables>;
export const BudgetCategoryDocument = new TypedDocumentString(`
    query BudgetCategory($first: Int!) {
  category(slug: "sale") {
    id
    name
    parent {
      id
    }
    children {
      id
    }
    ancestors {
      id
    }
    products(first: $first) {
      ...BudgetProductPage
    }
  }
}
    fragment StorefrontFacets on ProductConnection {
  facets {
    categories {
      category {
        id
        slug
        name
      }
      count
    }
    brands {
      value
      count
    }
    priceBuckets {
      min {
        amount
        currencyCode
      }
      max {
        amount
        currencyCode
      }
      count
    }
    ratings {
      minRating
      count
    }
    inStock
  }
}
fragment BudgetProductPage on ProductConnection {
  totalCount
  edges {
    node {
      id
      slug
      title
      brand
      tags
      categories {
        id
        slug
        name
      }
      variants {
        id
        sku
        title
        options {
          name
          value
        }
        price {
          amount
          currencyCode
        }
        compareAtPrice {
          amount
        }
        inStock
        quantityAvailable
      }
      images {
        id
        url
        alt
        width
        height
        renditions {
          url
          width
          height
        }
      }
      priceRange {
        min {
          amount
          currencyCode
        }
        max {
          amount
          currencyCode
        }
      }
      compareAtPriceRange {
        min {
          amount
        }
        max {
          amount
        }
      }
      rating {
        average
        count
      }
      inStock
    }
  }
  ...StorefrontFacets
}`) as unknown as TypedDocumentString<BudgetCategoryQuery, BudgetCategoryQueryVariables>;
export const BudgetProductDetailDocument = new TypedDocumentString(`
    query BudgetProductDetail($slug: String, $id: ID) {
  product(slug: $slug, id: $id) {
    id
    slug
    title
    description
    brand
    tags
    status
    createdAt
    updatedAt
    rating {
      average
      count
    }
    categories {
      id
      slug
      name
    }
    variants {
      id
      sku
      title
      options {
        name
        value
      }
      price {
        amount
      }
      compareAtPrice {
        amount
      }
      inStock
      quantityAvailable
      product {
        id
        title
        slug
        priceRange {
          min {
            amount
          }
        }
      }
    }
    images {
      id
      url
      alt
      renditions {
        url
        width
      }
    }
    priceRange {
      min {
        amount
      }
      max {
        amount
      }
    }
    compareAtPriceRange {
      min {
        amount
      }
      max {
        amount
      }
    }
    inStock
  }
}
    `) as unknown as TypedDocumentString<BudgetProductDetailQuery, BudgetProductDetailQueryVariables>;
export const BudgetTotalDocument = new TypedDocumentString(`
    query BudgetTotal {
  products(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BudgetTotalQuery, BudgetTotalQueryVariables>;
export const BudgetSaleDocument = new TypedDocumentString(`
    query BudgetSale {
  category(slug: "sale") {
    id
  }
}
    `) as unknown as TypedDocumentString<BudgetSaleQuery, BudgetSaleQueryVariables>;
export const TypoSearchDocument = new TypedDocumentString(`
    query TypoSearch($query: String!, $after: String) {
  products(first: 100, after: $after, filter: {query: $query}) {
    totalCount
    totalCountIsExact
    nodes {
      title
      description
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TypoSearchQuery, TypoSearchQueryVariables>;
export const TypoAdminSearchDocument = new TypedDocumentString(`
    query TypoAdminSearch($query: String!) {
  adminProducts(first: 1, filter: {query: $query, status: [ACTIVE]}) {
    totalCount
    totalCountIsExact
  }
}
    `) as unknown as TypedDocumentString<TypoAdminSearchQuery, TypoAdminSearchQueryVariables>;
export const TypoCategorySearchDocument = new TypedDocumentString(`
    query TypoCategorySearch($slug: String!, $query: String!) {
  category(slug: $slug) {
    products(first: 1, filter: {query: $query}) {
      totalCount
      totalCountIsExact
    }
  }
}
    `) as unknown as TypedDocumentString<TypoCategorySearchQuery, TypoCategorySearchQueryVariables>;
export const TypoProductCreateDocument = new TypedDocumentString(`
    mutation TypoProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      id
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TypoProductCreateMutation, TypoProductCreateMutationVariables>;
export const TypoProductUpdateDocument = new TypedDocumentString(`
    mutation TypoProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    product {
      id
      title
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TypoProductUpdateMutation, TypoProductUpdateMutationVariables>;
export const StorefrontCategoryDocument = new TypedDocumentString(`
    query StorefrontCategory($id: ID, $slug: String) {
  category(id: $id, slug: $slug) {
    id
    slug
    name
    description
    position
    parent {
      id
      slug
      name
    }
    children {
      id
      slug
      name
    }
    ancestors {
      id
      slug
      name
    }
    products(first: 100, sort: TITLE) {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontCategoryQuery, StorefrontCategoryQueryVariables>;
export const StorefrontCategoryIdDocument = new TypedDocumentString(`
    query StorefrontCategoryId($id: ID, $slug: String) {
  category(id: $id, slug: $slug) {
    id
  }
}
    `) as unknown as TypedDocumentString<StorefrontCategoryIdQuery, StorefrontCategoryIdQueryVariables>;
export const StorefrontCategoryTreeDocument = new TypedDocumentString(`
    query StorefrontCategoryTree {
  category(slug: "tents") {
    parent {
      slug
      parent {
        slug
        parent {
          slug
        }
        children {
          slug
        }
      }
    }
    ancestors {
      slug
      children {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontCategoryTreeQuery, StorefrontCategoryTreeQueryVariables>;
export const StorefrontCategoryRootsDocument = new TypedDocumentString(`
    query StorefrontCategoryRoots {
  categories {
    slug
    position
    children {
      slug
      children {
        slug
        children {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontCategoryRootsQuery, StorefrontCategoryRootsQueryVariables>;
export const StorefrontCategoriesFlatDocument = new TypedDocumentString(`
    query StorefrontCategoriesFlat {
  categories(flat: true) {
    slug
    parent {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontCategoriesFlatQuery, StorefrontCategoriesFlatQueryVariables>;
export const StorefrontCategoriesNotFlatDocument = new TypedDocumentString(`
    query StorefrontCategoriesNotFlat {
  categories(flat: false) {
    slug
  }
}
    `) as unknown as TypedDocumentString<StorefrontCategoriesNotFlatQuery, StorefrontCategoriesNotFlatQueryVariables>;
export const StorefrontFacetsDocument = new TypedDocumentString(`
    query StorefrontFacets($filter: ProductFilterInput) {
  products(filter: $filter, first: 1) {
    totalCount
    ...StorefrontFacets
  }
}
    fragment StorefrontFacets on ProductConnection {
  facets {
    categories {
      category {
        id
        slug
        name
      }
      count
    }
    brands {
      value
      count
    }
    priceBuckets {
      min {
        amount
        currencyCode
      }
      max {
        amount
        currencyCode
      }
      count
    }
    ratings {
      minRating
      count
    }
    inStock
  }
}`) as unknown as TypedDocumentString<StorefrontFacetsQuery, StorefrontFacetsQueryVariables>;
export const StorefrontCategoryFacetsDocument = new TypedDocumentString(`
    query StorefrontCategoryFacets($slug: String!) {
  category(slug: $slug) {
    products(first: 1) {
      totalCount
      ...StorefrontFacets
    }
  }
}
    fragment StorefrontFacets on ProductConnection {
  facets {
    categories {
      category {
        id
        slug
        name
      }
      count
    }
    brands {
      value
      count
    }
    priceBuckets {
      min {
        amount
        currencyCode
      }
      max {
        amount
        currencyCode
      }
      count
    }
    ratings {
      minRating
      count
    }
    inStock
  }
}`) as unknown as TypedDocumentString<StorefrontCategoryFacetsQuery, StorefrontCategoryFacetsQueryVariables>;
export const StorefrontCategoryFilteredDocument = new TypedDocumentString(`
    query StorefrontCategoryFiltered($slug: String!, $filter: ProductFilterInput) {
  category(slug: $slug) {
    products(first: 100, filter: $filter) {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontCategoryFilteredQuery, StorefrontCategoryFilteredQueryVariables>;
export const StorefrontCategoryPageDocument = new TypedDocumentString(`
    query StorefrontCategoryPage($first: Int, $after: String, $last: Int, $before: String) {
  category(slug: "electronics") {
    products(
      sort: PRICE_DESC
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontCategoryPageQuery, StorefrontCategoryPageQueryVariables>;
export const StorefrontDefaultPageDocument = new TypedDocumentString(`
    query StorefrontDefaultPage {
  products {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontDefaultPageQuery, StorefrontDefaultPageQueryVariables>;
export const StorefrontProductPageDocument = new TypedDocumentString(`
    query StorefrontProductPage($id: ID, $slug: String) {
  product(id: $id, slug: $slug) {
    ...StorefrontProductFields
  }
}
    fragment StorefrontProductFields on Product {
  id
  slug
  title
  description
  brand
  tags
  status
  taxClass
  unitsSold
  createdAt
  updatedAt
  rating {
    average
    count
  }
  categories {
    id
    slug
    name
  }
  variants {
    id
    sku
    title
    position
    weightGrams
    options {
      name
      value
    }
    price {
      amount
      currencyCode
    }
    compareAtPrice {
      amount
      currencyCode
    }
    inStock
    quantityAvailable
    product {
      id
    }
  }
  images {
    id
  }
  priceRange {
    min {
      amount
      currencyCode
    }
    max {
      amount
      currencyCode
    }
  }
  compareAtPriceRange {
    min {
      amount
      currencyCode
    }
    max {
      amount
      currencyCode
    }
  }
  inStock
}`) as unknown as TypedDocumentString<StorefrontProductPageQuery, StorefrontProductPageQueryVariables>;
export const StorefrontProductListingDocument = new TypedDocumentString(`
    query StorefrontProductListing {
  products(first: 100, sort: TITLE) {
    nodes {
      ...StorefrontProductFields
    }
  }
}
    fragment StorefrontProductFields on Product {
  id
  slug
  title
  description
  brand
  tags
  status
  taxClass
  unitsSold
  createdAt
  updatedAt
  rating {
    average
    count
  }
  categories {
    id
    slug
    name
  }
  variants {
    id
    sku
    title
    position
    weightGrams
    options {
      name
      value
    }
    price {
      amount
      currencyCode
    }
    compareAtPrice {
      amount
      currencyCode
    }
    inStock
    quantityAvailable
    product {
      id
    }
  }
  images {
    id
  }
  priceRange {
    min {
      amount
      currencyCode
    }
    max {
      amount
      currencyCode
    }
  }
  compareAtPriceRange {
    min {
      amount
      currencyCode
    }
    max {
      amount
      currencyCode
    }
  }
  inStock
}`) as unknown as TypedDocumentString<StorefrontProductListingQuery, StorefrontProductListingQueryVariables>;
export const VisibilityProductDocument = new TypedDocumentString(`
    query VisibilityProduct($id: ID, $slug: String) {
  product(id: $id, slug: $slug) {
    id
    slug
    title
    status
  }
}
    `) as unknown as TypedDocumentString<VisibilityProductQuery, VisibilityProductQueryVariables>;
export const VisibilityAdminProductsDocument = new TypedDocumentString(`
    query VisibilityAdminProducts($filter: AdminProductFilterInput, $first: Int, $after: String) {
  adminProducts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityAdminProductsQuery, VisibilityAdminProductsQueryVariables>;
export const VisibilityCategoryProductsDocument = new TypedDocumentString(`
    query VisibilityCategoryProducts($slug: String!) {
  category(slug: $slug) {
    products(first: 100) {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityCategoryProductsQuery, VisibilityCategoryProductsQueryVariables>;
export const VisibilityVariantProductsDocument = new TypedDocumentString(`
    query VisibilityVariantProducts($id: ID) {
  product(id: $id) {
    variants {
      product {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityVariantProductsQuery, VisibilityVariantProductsQueryVariables>;
export const VisibilityBrandFacetsDocument = new TypedDocumentString(`
    query VisibilityBrandFacets {
  products(first: 0) {
    facets {
      brands {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityBrandFacetsQuery, VisibilityBrandFacetsQueryVariables>;
export const CheckoutRefusalsAcceptChangesDocument = new TypedDocumentString(`
    mutation CheckoutRefusalsAcceptChanges {
  cartAcceptChanges {
    cart {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutRefusalsAcceptChangesMutation, CheckoutRefusalsAcceptChangesMutationVariables>;
export const CheckoutRefusalsProductUpdateDocument = new TypedDocumentString(`
    mutation CheckoutRefusalsProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CheckoutRefusalsProductUpdateMutation, CheckoutRefusalsProductUpdateMutationVariables>;
export const PartialCheckoutDocument = new TypedDocumentString(`
    mutation PartialCheckout($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order {
      ...CheckoutOrderFields
    }
    payment {
      ...CheckoutPaymentFields
    }
    lines {
      cartLineId
      variantId
      productTitle
      variantTitle
      sku
      requestedQuantity
      boughtQuantity
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CheckoutOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  customerId
  couponCode
  note
  reservedUntil
  createdAt
  canCancel
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    phone
  }
  billingAddress {
    name
    line1
    city
    country
  }
  shippingMethod {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
  }
  lines {
    id
    position
    productId
    variantId
    productTitle
    variantTitle
    sku
    options {
      name
      value
    }
    taxClass
    unitPrice {
      amount
    }
    quantity
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  payments {
    id
    status
    method
    provider
    amount {
      amount
    }
    cardBrand
    cardLast4
    failureCode
    failureMessage
  }
  events {
    type
    fromStatus
    toStatus
    fromPaymentStatus
    toPaymentStatus
    actorKind
    reason
  }
}
fragment CheckoutPaymentFields on Payment {
  id
  orderId
  status
  method
  provider
  amount {
    amount
    currencyCode
  }
  refundedAmount {
    amount
  }
  cardBrand
  cardLast4
  failureCode
  failureMessage
}`) as unknown as TypedDocumentString<PartialCheckoutMutation, PartialCheckoutMutationVariables>;
export const CheckoutCompleteDocument = new TypedDocumentString(`
    mutation CheckoutComplete($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order {
      ...CheckoutOrderFields
    }
    payment {
      ...CheckoutPaymentFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment CheckoutOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  customerId
  couponCode
  note
  reservedUntil
  createdAt
  canCancel
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    phone
  }
  billingAddress {
    name
    line1
    city
    country
  }
  shippingMethod {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
  }
  lines {
    id
    position
    productId
    variantId
    productTitle
    variantTitle
    sku
    options {
      name
      value
    }
    taxClass
    unitPrice {
      amount
    }
    quantity
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  payments {
    id
    status
    method
    provider
    amount {
      amount
    }
    cardBrand
    cardLast4
    failureCode
    failureMessage
  }
  events {
    type
    fromStatus
    toStatus
    fromPaymentStatus
    toPaymentStatus
    actorKind
    reason
  }
}
fragment CheckoutPaymentFields on Payment {
  id
  orderId
  status
  method
  provider
  amount {
    amount
    currencyCode
  }
  refundedAmount {
    amount
  }
  cardBrand
  cardLast4
  failureCode
  failureMessage
}`) as unknown as TypedDocumentString<CheckoutCompleteMutation, CheckoutCompleteMutationVariables>;
export const CheckoutOrderDocument = new TypedDocumentString(`
    query CheckoutOrder($id: ID, $number: String) {
  order(id: $id, number: $number) {
    ...CheckoutOrderFields
  }
}
    fragment CheckoutOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  customerId
  couponCode
  note
  reservedUntil
  createdAt
  canCancel
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    phone
  }
  billingAddress {
    name
    line1
    city
    country
  }
  shippingMethod {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
  }
  lines {
    id
    position
    productId
    variantId
    productTitle
    variantTitle
    sku
    options {
      name
      value
    }
    taxClass
    unitPrice {
      amount
    }
    quantity
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  payments {
    id
    status
    method
    provider
    amount {
      amount
    }
    cardBrand
    cardLast4
    failureCode
    failureMessage
  }
  events {
    type
    fromStatus
    toStatus
    fromPaymentStatus
    toPaymentStatus
    actorKind
    reason
  }
}`) as unknown as TypedDocumentString<CheckoutOrderQuery, CheckoutOrderQueryVariables>;
export const StorefrontProductsDocument = new TypedDocumentString(`
    query StorefrontProducts($first: Int!, $after: String) {
  products(first: $first, after: $after, sort: NEWEST) {
    edges {
      cursor
      node {
        id
        slug
        title
        priceRange {
          min {
            amount
            currencyCode
          }
          max {
            amount
            currencyCode
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<StorefrontProductsQuery, StorefrontProductsQueryVariables>;
export const StorefrontProductDocument = new TypedDocumentString(`
    query StorefrontProduct($slug: String!) {
  product(slug: $slug) {
    id
    title
    description
    priceRange {
      min {
        amount
      }
      max {
        amount
        currencyCode
      }
    }
    rating {
      average
      count
    }
    variants {
      id
      sku
      price {
        amount
        currencyCode
      }
      quantityAvailable
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontProductQuery, StorefrontProductQueryVariables>;
export const StorefrontAddDocument = new TypedDocumentString(`
    mutation StorefrontAdd($input: CartAddItemInput!) {
  cartAddItem(input: $input) {
    cart {
      ...StorefrontCart
    }
    errors {
      code
      message
    }
  }
}
    fragment StorefrontCart on Cart {
  id
  itemCount
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    subtotal {
      amount
    }
    total {
      amount
    }
    variant {
      id
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
      currencyCode
    }
  }
}`) as unknown as TypedDocumentString<StorefrontAddMutation, StorefrontAddMutationVariables>;
export const StorefrontCartViewDocument = new TypedDocumentString(`
    query StorefrontCartView {
  cart {
    ...StorefrontCart
    totals {
      discount {
        amount
      }
      taxIsEstimate
    }
    shippingMethod {
      code
      price {
        amount
      }
    }
  }
}
    fragment StorefrontCart on Cart {
  id
  itemCount
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    subtotal {
      amount
    }
    total {
      amount
    }
    variant {
      id
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
      currencyCode
    }
  }
}`) as unknown as TypedDocumentString<StorefrontCartViewQuery, StorefrontCartViewQueryVariables>;
export const StorefrontShipToDocument = new TypedDocumentString(`
    mutation StorefrontShipTo($address: AddressInput!) {
  cartSetShippingAddress(input: {address: $address}) {
    cart {
      id
      availableShippingMethods {
        code
        name
        price {
          amount
        }
      }
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontShipToMutation, StorefrontShipToMutationVariables>;
export const StorefrontShipByDocument = new TypedDocumentString(`
    mutation StorefrontShipBy($code: String!) {
  cartSetShippingMethod(input: {code: $code}) {
    cart {
      ...StorefrontCart
      shippingMethod {
        code
        price {
          amount
        }
      }
    }
    errors {
      code
      message
    }
  }
}
    fragment StorefrontCart on Cart {
  id
  itemCount
  lines {
    id
    quantity
    unitPrice {
      amount
      currencyCode
    }
    subtotal {
      amount
    }
    total {
      amount
    }
    variant {
      id
    }
  }
  totals {
    subtotal {
      amount
      currencyCode
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
      currencyCode
    }
  }
}`) as unknown as TypedDocumentString<StorefrontShipByMutation, StorefrontShipByMutationVariables>;
export const StorefrontCheckoutDocument = new TypedDocumentString(`
    mutation StorefrontCheckout($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order {
      id
      number
      status
      totals {
        total {
          amount
          currencyCode
        }
      }
      lines {
        id
        quantity
        subtotal {
          amount
        }
      }
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontCheckoutMutation, StorefrontCheckoutMutationVariables>;
export const StorefrontOrderUpdatedDocument = new TypedDocumentString(`
    subscription StorefrontOrderUpdated($orderId: ID!) {
  orderUpdated(orderId: $orderId) {
    event {
      id
      type
    }
    order {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontOrderUpdatedSubscription, StorefrontOrderUpdatedSubscriptionVariables>;
export const StorefrontCancelDocument = new TypedDocumentString(`
    mutation StorefrontCancel($orderId: ID!) {
  orderCancel(input: {orderId: $orderId}) {
    order {
      id
      status
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontCancelMutation, StorefrontCancelMutationVariables>;
export const StorefrontNodeDocument = new TypedDocumentString(`
    query StorefrontNode($id: ID!) {
  node(id: $id) {
    id
    ... on Order {
      number
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StorefrontNodeQuery, StorefrontNodeQueryVariables>;
export const FulfillmentOrdersWithShipmentsDocument = new TypedDocumentString(`
    query FulfillmentOrdersWithShipments {
  orders(first: 20) {
    totalCount
    edges {
      node {
        id
        number
        status
        carrier
        trackingNumber
        lines {
          id
          quantity
        }
        shipments {
          id
          carrier
          trackingNumber
          status
          lines {
            quantity
            orderLine {
              id
              sku
            }
          }
          events {
            status
            note
            occurredAt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FulfillmentOrdersWithShipmentsQuery, FulfillmentOrdersWithShipmentsQueryVariables>;
export const FulfillmentCanCancelDocument = new TypedDocumentString(`
    query FulfillmentCanCancel($id: ID) {
  order(id: $id) {
    canCancel
  }
}
    `) as unknown as TypedDocumentString<FulfillmentCanCancelQuery, FulfillmentCanCancelQueryVariables>;
export const FulfillmentTrackingFieldsDocument = new TypedDocumentString(`
    query FulfillmentTrackingFields {
  __type(name: "OrderTracking") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FulfillmentTrackingFieldsQuery, FulfillmentTrackingFieldsQueryVariables>;
export const FulfillmentOrderLinesDocument = new TypedDocumentString(`
    query FulfillmentOrderLines($id: ID!) {
  order(id: $id) {
    id
    status
    lines {
      id
      quantity
    }
  }
}
    `) as unknown as TypedDocumentString<FulfillmentOrderLinesQuery, FulfillmentOrderLinesQueryVariables>;
export const FulfillmentOrderShipmentsDocument = new TypedDocumentString(`
    query FulfillmentOrderShipments($id: ID!) {
  order(id: $id) {
    id
    status
    carrier
    trackingNumber
    shipments {
      id
      carrier
      trackingNumber
      trackingUrl
      status
      createdAt
      updatedAt
      lines {
        quantity
        orderLine {
          id
          sku
        }
      }
      events {
        status
        note
        source
        occurredAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FulfillmentOrderShipmentsQuery, FulfillmentOrderShipmentsQueryVariables>;
export const FulfillmentTrackingDocument = new TypedDocumentString(`
    query FulfillmentTracking($number: String!, $email: String!) {
  orderTracking(number: $number, email: $email) {
    number
    status
    placedAt
    items {
      productTitle
      variantTitle
      quantity
    }
    shipments {
      carrier
      trackingNumber
      trackingUrl
      status
      items {
        productTitle
        quantity
      }
      events {
        status
        note
        source
        occurredAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FulfillmentTrackingQuery, FulfillmentTrackingQueryVariables>;
export const SmtpVerifyDocument = new TypedDocumentString(`
    mutation SmtpVerify($input: AccountEmailVerifyInput!) {
  accountEmailVerify(input: $input) {
    user {
      email
      emailVerified
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SmtpVerifyMutation, SmtpVerifyMutationVariables>;
export const SmtpDevMailboxDocument = new TypedDocumentString(`
    query SmtpDevMailbox {
  devMailbox(first: 5) {
    totalCount
    nodes {
      to
      text
    }
  }
}
    `) as unknown as TypedDocumentString<SmtpDevMailboxQuery, SmtpDevMailboxQueryVariables>;
export const AtRestResetRequestDocument = new TypedDocumentString(`
    mutation AtRestResetRequest($input: AccountPasswordResetRequestInput!) {
  accountPasswordResetRequest(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AtRestResetRequestMutation, AtRestResetRequestMutationVariables>;
export const AtRestResetDocument = new TypedDocumentString(`
    mutation AtRestReset($input: AccountPasswordResetInput!) {
  accountPasswordReset(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AtRestResetMutation, AtRestResetMutationVariables>;
export const AccessLogProbeDocument = new TypedDocumentString(`
    query AccessLogProbe($q: String) {
  products(first: 3, filter: {query: $q}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccessLogProbeQuery, AccessLogProbeQueryVariables>;
export const AccessLogTypenameDocument = new TypedDocumentString(`
    query AccessLogTypename {
  __typename
}
    `) as unknown as TypedDocumentString<AccessLogTypenameQuery, AccessLogTypenameQueryVariables>;
export const MetricsProbeDocument = new TypedDocumentString(`
    query MetricsProbe {
  products(first: 2) {
    nodes {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsProbeQuery, MetricsProbeQueryVariables>;
export const MetricsBadLoginDocument = new TypedDocumentString(`
    mutation MetricsBadLogin($input: AccountLoginInput!) {
  accountLogin(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsBadLoginMutation, MetricsBadLoginMutationVariables>;
export const MetricsAnonymousAdminDocument = new TypedDocumentString(`
    query MetricsAnonymousAdmin {
  adminProducts(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsAnonymousAdminQuery, MetricsAnonymousAdminQueryVariables>;
export const MetricsOrderEventsDocument = new TypedDocumentString(`
    subscription MetricsOrderEvents {
  orderEvents {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsOrderEventsSubscription, MetricsOrderEventsSubscriptionVariables>;
export const TracedProductsDocument = new TypedDocumentString(`
    query TracedProducts($q: String) {
  products(first: 2, filter: {query: $q}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TracedProductsQuery, TracedProductsQueryVariables>;
export const BudgetOrdersDocument = new TypedDocumentString(`
    query BudgetOrders {
  orders(first: 20) {
    totalCount
    edges {
      cursor
      node {
        id
        number
        status
        totals {
          total {
            amount
          }
        }
        lines {
          id
          sku
          quantity
          total {
            amount
          }
        }
        payments {
          id
          status
        }
        events {
          type
        }
        canCancel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetOrdersQuery, BudgetOrdersQueryVariables>;
export const OwnershipOrdersDocument = new TypedDocumentString(`
    query OwnershipOrders($first: Int, $after: String, $filter: OrderFilterInput) {
  orders(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        number
        status
        customerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnershipOrdersQuery, OwnershipOrdersQueryVariables>;
export const OwnershipPaymentsDocument = new TypedDocumentString(`
    query OwnershipPayments($first: Int, $after: String) {
  payments(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CheckoutPaymentFields
      order {
        id
        number
      }
    }
  }
}
    fragment CheckoutPaymentFields on Payment {
  id
  orderId
  status
  method
  provider
  amount {
    amount
    currencyCode
  }
  refundedAmount {
    amount
  }
  cardBrand
  cardLast4
  failureCode
  failureMessage
}`) as unknown as TypedDocumentString<OwnershipPaymentsQuery, OwnershipPaymentsQueryVariables>;
export const OwnershipPaymentDocument = new TypedDocumentString(`
    query OwnershipPayment($id: ID!) {
  payment(id: $id) {
    ...CheckoutPaymentFields
    order {
      ...CheckoutOrderFields
    }
  }
}
    fragment CheckoutOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  customerId
  couponCode
  note
  reservedUntil
  createdAt
  canCancel
  totals {
    subtotal {
      amount
      currencyCode
    }
    discount {
      amount
    }
    shipping {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  shippingAddress {
    name
    line1
    city
    region
    postalCode
    country
    phone
  }
  billingAddress {
    name
    line1
    city
    country
  }
  shippingMethod {
    code
    name
    price {
      amount
    }
    minDeliveryDays
    maxDeliveryDays
  }
  lines {
    id
    position
    productId
    variantId
    productTitle
    variantTitle
    sku
    options {
      name
      value
    }
    taxClass
    unitPrice {
      amount
    }
    quantity
    subtotal {
      amount
    }
    discount {
      amount
    }
    tax {
      amount
    }
    total {
      amount
    }
  }
  payments {
    id
    status
    method
    provider
    amount {
      amount
    }
    cardBrand
    cardLast4
    failureCode
    failureMessage
  }
  events {
    type
    fromStatus
    toStatus
    fromPaymentStatus
    toPaymentStatus
    actorKind
    reason
  }
}
fragment CheckoutPaymentFields on Payment {
  id
  orderId
  status
  method
  provider
  amount {
    amount
    currencyCode
  }
  refundedAmount {
    amount
  }
  cardBrand
  cardLast4
  failureCode
  failureMessage
}`) as unknown as TypedDocumentString<OwnershipPaymentQuery, OwnershipPaymentQueryVariables>;
export const TransitionCheckoutDocument = new TypedDocumentString(`
    mutation TransitionCheckout($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order {
      ...TransitionOrderFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment TransitionOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  carrier
  trackingNumber
  reservedUntil
}`) as unknown as TypedDocumentString<TransitionCheckoutMutation, TransitionCheckoutMutationVariables>;
export const TransitionCancelDocument = new TypedDocumentString(`
    mutation TransitionCancel($input: OrderCancelInput!) {
  orderCancel(input: $input) {
    order {
      ...TransitionOrderFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment TransitionOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  carrier
  trackingNumber
  reservedUntil
}`) as unknown as TypedDocumentString<TransitionCancelMutation, TransitionCancelMutationVariables>;
export const TransitionPayDocument = new TypedDocumentString(`
    mutation TransitionPay($input: OrderPayInput!) {
  orderPay(input: $input) {
    order {
      ...TransitionOrderFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment TransitionOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  carrier
  trackingNumber
  reservedUntil
}`) as unknown as TypedDocumentString<TransitionPayMutation, TransitionPayMutationVariables>;
export const TransitionShipmentCreateDocument = new TypedDocumentString(`
    mutation TransitionShipmentCreate($input: ShipmentCreateInput!) {
  shipmentCreate(input: $input) {
    shipment {
      id
      carrier
      trackingNumber
      trackingUrl
      status
      lines {
        quantity
        orderLine {
          id
        }
      }
    }
    order {
      ...TransitionOrderFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment TransitionOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  carrier
  trackingNumber
  reservedUntil
}`) as unknown as TypedDocumentString<TransitionShipmentCreateMutation, TransitionShipmentCreateMutationVariables>;
export const TransitionShipmentUpdateStatusDocument = new TypedDocumentString(`
    mutation TransitionShipmentUpdateStatus($input: ShipmentUpdateStatusInput!) {
  shipmentUpdateStatus(input: $input) {
    shipment {
      id
      carrier
      trackingNumber
      trackingUrl
      status
      lines {
        quantity
        orderLine {
          id
        }
      }
    }
    order {
      ...TransitionOrderFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment TransitionOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  carrier
  trackingNumber
  reservedUntil
}`) as unknown as TypedDocumentString<TransitionShipmentUpdateStatusMutation, TransitionShipmentUpdateStatusMutationVariables>;
export const TransitionMarkCollectedDocument = new TypedDocumentString(`
    mutation TransitionMarkCollected($input: OrderIdInput!) {
  paymentMarkCollected(input: $input) {
    order {
      ...TransitionOrderFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment TransitionOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  carrier
  trackingNumber
  reservedUntil
}`) as unknown as TypedDocumentString<TransitionMarkCollectedMutation, TransitionMarkCollectedMutationVariables>;
export const AdminCliMeDocument = new TypedDocumentString(`
    query AdminCliMe {
  me {
    name
    emailVerified
    role
    disabled
  }
}
    `) as unknown as TypedDocumentString<AdminCliMeQuery, AdminCliMeQueryVariables>;
export const AdminCliUsersDocument = new TypedDocumentString(`
    query AdminCliUsers {
  users(first: 10) {
    totalCount
    nodes {
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCliUsersQuery, AdminCliUsersQueryVariables>;
export const AuthUpdateNameDocument = new TypedDocumentString(`
    mutation AuthUpdateName($input: AccountUpdateInput!) {
  accountUpdate(input: $input) {
    user {
      id
      name
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthUpdateNameMutation, AuthUpdateNameMutationVariables>;
export const AuthUsersDocument = new TypedDocumentString(`
    query AuthUsers {
  users(first: 50) {
    totalCount
    nodes {
      id
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AuthUsersQuery, AuthUsersQueryVariables>;
export const AuthUserDocument = new TypedDocumentString(`
    query AuthUser($id: ID!) {
  user(id: $id) {
    id
    email
    role
  }
}
    `) as unknown as TypedDocumentString<AuthUserQuery, AuthUserQueryVariables>;
export const AuthUserUpdateDocument = new TypedDocumentString(`
    mutation AuthUserUpdate($input: UserUpdateInput!) {
  userUpdate(input: $input) {
    user {
      id
      role
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthUserUpdateMutation, AuthUserUpdateMutationVariables>;
export const AuthMailboxDocument = new TypedDocumentString(`
    query AuthMailbox {
  devMailbox(first: 5) {
    totalCount
    nodes {
      to
      subject
    }
  }
}
    `) as unknown as TypedDocumentString<AuthMailboxQuery, AuthMailboxQueryVariables>;
export const AuthMeAdminFieldsDocument = new TypedDocumentString(`
    query AuthMeAdminFields {
  me {
    id
    email
    disabled
  }
}
    `) as unknown as TypedDocumentString<AuthMeAdminFieldsQuery, AuthMeAdminFieldsQueryVariables>;
export const AuthMeNameDocument = new TypedDocumentString(`
    query AuthMeName {
  me {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthMeNameQuery, AuthMeNameQueryVariables>;
export const AuthMePublicDocument = new TypedDocumentString(`
    query AuthMePublic {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<AuthMePublicQuery, AuthMePublicQueryVariables>;
export const AuthMeCancellationsDocument = new TypedDocumentString(`
    query AuthMeCancellations {
  me {
    id
    cancellationCount
  }
}
    `) as unknown as TypedDocumentString<AuthMeCancellationsQuery, AuthMeCancellationsQueryVariables>;
export const AuthUserAdminFieldsDocument = new TypedDocumentString(`
    query AuthUserAdminFields($id: ID!) {
  user(id: $id) {
    disabled
    cancellationCount
  }
}
    `) as unknown as TypedDocumentString<AuthUserAdminFieldsQuery, AuthUserAdminFieldsQueryVariables>;
export const AuthLogoutAllDocument = new TypedDocumentString(`
    mutation AuthLogoutAll {
  accountLogoutAll {
    revokedSessions
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthLogoutAllMutation, AuthLogoutAllMutationVariables>;
export const AuthAccountDeleteDocument = new TypedDocumentString(`
    mutation AuthAccountDelete($input: AccountDeleteInput!) {
  accountDelete(input: $input) {
    deletedId
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthAccountDeleteMutation, AuthAccountDeleteMutationVariables>;
export const AuthUserDeleteDocument = new TypedDocumentString(`
    mutation AuthUserDelete($input: UserDeleteInput!) {
  userDelete(input: $input) {
    deletedId
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthUserDeleteMutation, AuthUserDeleteMutationVariables>;
export const AuthDataExportDocument = new TypedDocumentString(`
    mutation AuthDataExport {
  accountDataExport {
    url
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthDataExportMutation, AuthDataExportMutationVariables>;
export const LimitsListingDocument = new TypedDocumentString(`
    query LimitsListing($filter: ProductFilterInput) {
  products(first: 5, filter: $filter) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsListingQuery, LimitsListingQueryVariables>;
export const LimitsProductCreateDocument = new TypedDocumentString(`
    mutation LimitsProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      id
      slug
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsProductCreateMutation, LimitsProductCreateMutationVariables>;
export const LimitsProductCountDocument = new TypedDocumentString(`
    query LimitsProductCount {
  adminProducts(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsProductCountQuery, LimitsProductCountQueryVariables>;
export const LimitsCouponCreateDocument = new TypedDocumentString(`
    mutation LimitsCouponCreate($input: CouponCreateInput!) {
  couponCreate(input: $input) {
    coupon {
      id
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCouponCreateMutation, LimitsCouponCreateMutationVariables>;
export const LimitsCouponInputFieldsDocument = new TypedDocumentString(`
    query LimitsCouponInputFields {
  __type(name: "CouponCreateInput") {
    inputFields {
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCouponInputFieldsQuery, LimitsCouponInputFieldsQueryVariables>;
export const PreparedProductsPageDocument = new TypedDocumentString(`
    query PreparedProductsPage($first: Int!) {
  products(first: $first) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PreparedProductsPageQuery, PreparedProductsPageQueryVariables>;
export const PreparedFilteredPageDocument = new TypedDocumentString(`
    query PreparedFilteredPage($filter: ProductFilterInput!) {
  products(first: 5, filter: $filter, sort: PRICE_ASC) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PreparedFilteredPageQuery, PreparedFilteredPageQueryVariables>;
export const PreparedMeDocument = new TypedDocumentString(`
    query PreparedMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<PreparedMeQuery, PreparedMeQueryVariables>;
export const BudgetUsersDocument = new TypedDocumentString(`
    query BudgetUsers {
  users(first: 100) {
    totalCount
    nodes {
      id
      email
      name
      role
      emailVerified
      disabled
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetUsersQuery, BudgetUsersQueryVariables>;
export const BudgetMeDocument = new TypedDocumentString(`
    query BudgetMe {
  me {
    id
    email
    name
    role
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<BudgetMeQuery, BudgetMeQueryVariables>;
export const BudgetMeIdDocument = new TypedDocumentString(`
    query BudgetMeId {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<BudgetMeIdQuery, BudgetMeIdQueryVariables>;
export const ReplicaProductDocument = new TypedDocumentString(`
    query ReplicaProduct($slug: String!) {
  product(slug: $slug) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ReplicaProductQuery, ReplicaProductQueryVariables>;
export const ReplicaProductsDocument = new TypedDocumentString(`
    query ReplicaProducts {
  products(first: 10) {
    totalCount
    edges {
      node {
        id
        title
        variants {
          id
          sku
          price {
            amount
          }
        }
        categories {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicaProductsQuery, ReplicaProductsQueryVariables>;
export const ReplicaMyAddressesDocument = new TypedDocumentString(`
    query ReplicaMyAddresses {
  addresses {
    id
    city
  }
}
    `) as unknown as TypedDocumentString<ReplicaMyAddressesQuery, ReplicaMyAddressesQueryVariables>;
export const RedisLimitLoginDocument = new TypedDocumentString(`
    mutation RedisLimitLogin($input: AccountLoginInput!) {
  accountLogin(input: $input) {
    accessToken
    user {
      email
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RedisLimitLoginMutation, RedisLimitLoginMutationVariables>;
export const RedisLimitRegisterDocument = new TypedDocumentString(`
    mutation RedisLimitRegister($input: AccountRegisterInput!) {
  accountRegister(input: $input) {
    user {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RedisLimitRegisterMutation, RedisLimitRegisterMutationVariables>;
export const RelayAccessNodeDocument = new TypedDocumentString(`
    query RelayAccessNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Return {
      returnStatus: status
    }
    ... on ReturnLine {
      returnQuantity: quantity
    }
    ... on Shipment {
      trackingNumber
    }
    ... on Refund {
      refundAmount: amount {
        amount
      }
    }
    ... on ProductImage {
      alt
    }
    ... on Category {
      slug
    }
    ... on StockMovement {
      delta
    }
    ... on Address {
      city
    }
    ... on WishlistItem {
      addedAt
    }
    ... on Coupon {
      code
    }
    ... on TaxRate {
      rate
    }
    ... on WebhookEndpoint {
      url
    }
    ... on WebhookDelivery {
      eventType
    }
    ... on MailMessage {
      subject
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessNodeQuery, RelayAccessNodeQueryVariables>;
export const RelayAccessNodesDocument = new TypedDocumentString(`
    query RelayAccessNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<RelayAccessNodesQuery, RelayAccessNodesQueryVariables>;
export const RelayAccessOrderPartsDocument = new TypedDocumentString(`
    query RelayAccessOrderParts($id: ID!) {
  order(id: $id) {
    id
    payments {
      id
    }
    shipments {
      id
    }
    returns {
      id
      lines {
        id
      }
    }
    refunds {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessOrderPartsQuery, RelayAccessOrderPartsQueryVariables>;
export const RelayAccessImagesDocument = new TypedDocumentString(`
    query RelayAccessImages($id: ID!) {
  product(id: $id) {
    id
    images {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessImagesQuery, RelayAccessImagesQueryVariables>;
export const RelayAccessDraftDocument = new TypedDocumentString(`
    mutation RelayAccessDraft($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessDraftMutation, RelayAccessDraftMutationVariables>;
export const RelayAccessCategoryDocument = new TypedDocumentString(`
    mutation RelayAccessCategory($input: CategoryCreateInput!) {
  categoryCreate(input: $input) {
    category {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessCategoryMutation, RelayAccessCategoryMutationVariables>;
export const RelayAccessCategoryByIdDocument = new TypedDocumentString(`
    query RelayAccessCategoryById($id: ID!) {
  category(id: $id) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<RelayAccessCategoryByIdQuery, RelayAccessCategoryByIdQueryVariables>;
export const RelayAccessMovementsDocument = new TypedDocumentString(`
    query RelayAccessMovements($variantId: ID!) {
  stockMovements(filter: {variantId: $variantId}, first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessMovementsQuery, RelayAccessMovementsQueryVariables>;
export const RelayAccessAddressesDocument = new TypedDocumentString(`
    query RelayAccessAddresses {
  addresses {
    id
  }
}
    `) as unknown as TypedDocumentString<RelayAccessAddressesQuery, RelayAccessAddressesQueryVariables>;
export const RelayAccessWishlistAddDocument = new TypedDocumentString(`
    mutation RelayAccessWishlistAdd($input: WishlistAddInput!) {
  wishlistAdd(input: $input) {
    item {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessWishlistAddMutation, RelayAccessWishlistAddMutationVariables>;
export const RelayAccessWishlistDocument = new TypedDocumentString(`
    query RelayAccessWishlist {
  wishlist(first: 10) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessWishlistQuery, RelayAccessWishlistQueryVariables>;
export const RelayAccessWebhookCreateDocument = new TypedDocumentString(`
    mutation RelayAccessWebhookCreate($input: WebhookCreateInput!) {
  webhookCreate(input: $input) {
    webhook {
      id
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessWebhookCreateMutation, RelayAccessWebhookCreateMutationVariables>;
export const RelayAccessDeliveriesDocument = new TypedDocumentString(`
    query RelayAccessDeliveries($endpointId: ID!) {
  webhookDeliveries(filter: {endpointId: $endpointId}, first: 10) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessDeliveriesQuery, RelayAccessDeliveriesQueryVariables>;
export const RelayAccessMailboxDocument = new TypedDocumentString(`
    query RelayAccessMailbox($to: String) {
  devMailbox(filter: {to: $to}, first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAccessMailboxQuery, RelayAccessMailboxQueryVariables>;
export const RelayNodeDocument = new TypedDocumentString(`
    query RelayNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Product {
      title
      productStatus: status
    }
    ... on ProductVariant {
      sku
      product {
        id
      }
    }
    ... on Order {
      number
    }
    ... on OrderLine {
      quantity
    }
    ... on OrderEvent {
      type
    }
    ... on Payment {
      amount {
        amount
      }
    }
    ... on User {
      email
    }
    ... on Cart {
      itemCount
    }
    ... on CartLine {
      quantity
    }
    ... on ShippingMethod {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RelayNodeQuery, RelayNodeQueryVariables>;
export const RelayNodesDocument = new TypedDocumentString(`
    query RelayNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<RelayNodesQuery, RelayNodesQueryVariables>;
export const RelayOrderPartsDocument = new TypedDocumentString(`
    query RelayOrderParts($id: ID!) {
  order(id: $id) {
    id
    lines {
      id
    }
    events {
      id
    }
    payments {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RelayOrderPartsQuery, RelayOrderPartsQueryVariables>;
export const RelayAdminIdsDocument = new TypedDocumentString(`
    query RelayAdminIds {
  shippingMethods {
    id
    code
  }
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<RelayAdminIdsQuery, RelayAdminIdsQueryVariables>;
export const RelayCartIdsDocument = new TypedDocumentString(`
    query RelayCartIds {
  cart {
    id
    lines {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RelayCartIdsQuery, RelayCartIdsQueryVariables>;
export const RelayAddToCartDocument = new TypedDocumentString(`
    mutation RelayAddToCart($input: CartAddItemInput!) {
  cartAddItem(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RelayAddToCartMutation, RelayAddToCartMutationVariables>;
export const RelayDraftCreateDocument = new TypedDocumentString(`
    mutation RelayDraftCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      id
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RelayDraftCreateMutation, RelayDraftCreateMutationVariables>;
export const DeadlineListingDocument = new TypedDocumentString(`
    query DeadlineListing {
  products(first: 5) {
    totalCount
    nodes {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<DeadlineListingQuery, DeadlineListingQueryVariables>;
export const SharedCachedProductDocument = new TypedDocumentString(`
    query SharedCachedProduct($slug: String!) {
  product(slug: $slug) {
    id
    title
    variants {
      inStock
      price {
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SharedCachedProductQuery, SharedCachedProductQueryVariables>;
export const SharedCachedRenameDocument = new TypedDocumentString(`
    mutation SharedCachedRename($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    product {
      id
      title
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SharedCachedRenameMutation, SharedCachedRenameMutationVariables>;
export const CachedPageDocument = new TypedDocumentString(`
    query CachedPage($first: Int) {
  products(first: $first) {
    totalCount
    nodes {
      id
      slug
      title
      inStock
      priceRange {
        min {
          amount
        }
      }
      variants {
        id
        inStock
        price {
          amount
          currencyCode
        }
      }
      categories {
        slug
      }
      images {
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CachedPageQuery, CachedPageQueryVariables>;
export const CachedProductDocument = new TypedDocumentString(`
    query CachedProduct($slug: String!) {
  product(slug: $slug) {
    id
    title
    inStock
    variants {
      id
      inStock
      quantityAvailable
    }
  }
}
    `) as unknown as TypedDocumentString<CachedProductQuery, CachedProductQueryVariables>;
export const CachedCategoriesDocument = new TypedDocumentString(`
    query CachedCategories {
  categories(flat: true) {
    id
    slug
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CachedCategoriesQuery, CachedCategoriesQueryVariables>;
export const UncachedReviewsDocument = new TypedDocumentString(`
    query UncachedReviews {
  products(first: 2) {
    nodes {
      id
      reviews {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UncachedReviewsQuery, UncachedReviewsQueryVariables>;
export const CachedProductUpdateDocument = new TypedDocumentString(`
    mutation CachedProductUpdate($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    product {
      id
      title
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CachedProductUpdateMutation, CachedProductUpdateMutationVariables>;
export const ShutdownMeDocument = new TypedDocumentString(`
    query ShutdownMe {
  me {
    email
    name
    role
  }
}
    `) as unknown as TypedDocumentString<ShutdownMeQuery, ShutdownMeQueryVariables>;
export const ShutdownAdminsDocument = new TypedDocumentString(`
    query ShutdownAdmins {
  users(filter: {role: ADMIN}) {
    totalCount
    nodes {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ShutdownAdminsQuery, ShutdownAdminsQueryVariables>;
export const ShutdownEveryoneDocument = new TypedDocumentString(`
    query ShutdownEveryone {
  users {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ShutdownEveryoneQuery, ShutdownEveryoneQueryVariables>;
export const StatementTimeoutListingDocument = new TypedDocumentString(`
    query StatementTimeoutListing {
  products(first: 5) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StatementTimeoutListingQuery, StatementTimeoutListingQueryVariables>;
export const PlatformUserUpdateDocument = new TypedDocumentString(`
    mutation PlatformUserUpdate($input: UserUpdateInput!) {
  userUpdate(input: $input) {
    user {
      id
      role
      disabled
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformUserUpdateMutation, PlatformUserUpdateMutationVariables>;
export const PlatformUserDocument = new TypedDocumentString(`
    query PlatformUser($id: ID!) {
  user(id: $id) {
    id
    role
    disabled
  }
}
    `) as unknown as TypedDocumentString<PlatformUserQuery, PlatformUserQueryVariables>;
export const PlatformUsersCountDocument = new TypedDocumentString(`
    query PlatformUsersCount {
  users(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PlatformUsersCountQuery, PlatformUsersCountQueryVariables>;
export const PlatformActiveAdminsDocument = new TypedDocumentString(`
    query PlatformActiveAdmins {
  users(filter: {role: ADMIN, disabled: false}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PlatformActiveAdminsQuery, PlatformActiveAdminsQueryVariables>;
export const PlatformMeIdDocument = new TypedDocumentString(`
    query PlatformMeId {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<PlatformMeIdQuery, PlatformMeIdQueryVariables>;
export const PlatformMeRoleDocument = new TypedDocumentString(`
    query PlatformMeRole {
  me {
    id
    role
    disabled
  }
}
    `) as unknown as TypedDocumentString<PlatformMeRoleQuery, PlatformMeRoleQueryVariables>;
export const PlatformRefreshDocument = new TypedDocumentString(`
    mutation PlatformRefresh($input: AccountTokenRefreshInput) {
  accountTokenRefresh(input: $input) {
    accessToken
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformRefreshMutation, PlatformRefreshMutationVariables>;
export const PlatformUsersDocument = new TypedDocumentString(`
    query PlatformUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilterInput) {
  users(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    edges {
      cursor
      node {
        id
        email
        name
        role
        disabled
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PlatformUsersQuery, PlatformUsersQueryVariables>;
export const PlatformUsersUpdateDocument = new TypedDocumentString(`
    mutation PlatformUsersUpdate($input: UserUpdateInput!) {
  userUpdate(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformUsersUpdateMutation, PlatformUsersUpdateMutationVariables>;
export const PlatformUsersOneDocument = new TypedDocumentString(`
    query PlatformUsersOne($id: ID!) {
  user(id: $id) {
    id
    email
    name
    role
    disabled
  }
}
    `) as unknown as TypedDocumentString<PlatformUsersOneQuery, PlatformUsersOneQueryVariables>;
export const PromotionCategoryDeleteDocument = new TypedDocumentString(`
    mutation PromotionCategoryDelete($input: CategoryDeleteInput!) {
  categoryDelete(input: $input) {
    deletedId
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PromotionCategoryDeleteMutation, PromotionCategoryDeleteMutationVariables>;
export const PromotionCouponCreateDocument = new TypedDocumentString(`
    mutation PromotionCouponCreate($input: CouponCreateInput!) {
  couponCreate(input: $input) {
    coupon {
      ...PromotionCouponFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment PromotionCouponFields on Coupon {
  id
  code
  type
  percentage
  amount {
    amount
    currencyCode
  }
  minSubtotal {
    amount
    currencyCode
  }
  startsAt
  endsAt
  usageLimit
  perCustomerLimit
  usedCount
  categoryIds
  productIds
  categories {
    id
    slug
  }
  products {
    id
    slug
    status
  }
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PromotionCouponCreateMutation, PromotionCouponCreateMutationVariables>;
export const PromotionCouponUpdateDocument = new TypedDocumentString(`
    mutation PromotionCouponUpdate($input: CouponUpdateInput!) {
  couponUpdate(input: $input) {
    coupon {
      ...PromotionCouponFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment PromotionCouponFields on Coupon {
  id
  code
  type
  percentage
  amount {
    amount
    currencyCode
  }
  minSubtotal {
    amount
    currencyCode
  }
  startsAt
  endsAt
  usageLimit
  perCustomerLimit
  usedCount
  categoryIds
  productIds
  categories {
    id
    slug
  }
  products {
    id
    slug
    status
  }
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PromotionCouponUpdateMutation, PromotionCouponUpdateMutationVariables>;
export const PromotionCouponDeleteDocument = new TypedDocumentString(`
    mutation PromotionCouponDelete($input: CouponDeleteInput!) {
  couponDelete(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PromotionCouponDeleteMutation, PromotionCouponDeleteMutationVariables>;
export const PromotionCouponDocument = new TypedDocumentString(`
    query PromotionCoupon($id: ID!) {
  coupon(id: $id) {
    ...PromotionCouponFields
  }
}
    fragment PromotionCouponFields on Coupon {
  id
  code
  type
  percentage
  amount {
    amount
    currencyCode
  }
  minSubtotal {
    amount
    currencyCode
  }
  startsAt
  endsAt
  usageLimit
  perCustomerLimit
  usedCount
  categoryIds
  productIds
  categories {
    id
    slug
  }
  products {
    id
    slug
    status
  }
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PromotionCouponQuery, PromotionCouponQueryVariables>;
export const PromotionCouponsDocument = new TypedDocumentString(`
    query PromotionCoupons($first: Int, $after: String, $last: Int, $before: String, $filter: CouponFilterInput) {
  coupons(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        code
      }
    }
    nodes {
      id
      code
      active
    }
  }
}
    `) as unknown as TypedDocumentString<PromotionCouponsQuery, PromotionCouponsQueryVariables>;
export const RefundPaymentDocument = new TypedDocumentString(`
    mutation RefundPayment($input: PaymentRefundInput!) {
  paymentRefund(input: $input) {
    refund {
      ...RefundFields
    }
    payment {
      id
      status
      amount {
        amount
        currencyCode
      }
      refundedAmount {
        amount
      }
    }
    order {
      ...TransitionOrderFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment TransitionOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  carrier
  trackingNumber
  reservedUntil
}
fragment RefundFields on Refund {
  id
  paymentId
  orderId
  amount {
    amount
    currencyCode
  }
  source
  reason
  returnId
  providerReference
  createdAt
}`) as unknown as TypedDocumentString<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const RefundOrderMoneyDocument = new TypedDocumentString(`
    query RefundOrderMoney($id: ID!) {
  order(id: $id) {
    id
    status
    paymentStatus
    payments {
      id
      status
      amount {
        amount
        currencyCode
      }
      refundedAmount {
        amount
      }
      refunds {
        ...RefundFields
      }
    }
    refunds {
      ...RefundFields
    }
  }
}
    fragment RefundFields on Refund {
  id
  paymentId
  orderId
  amount {
    amount
    currencyCode
  }
  source
  reason
  returnId
  providerReference
  createdAt
}`) as unknown as TypedDocumentString<RefundOrderMoneyQuery, RefundOrderMoneyQueryVariables>;
export const CustomerReportDocument = new TypedDocumentString(`
    query CustomerReport($input: CustomerReportInput!) {
  customerReport(input: $input) {
    from
    to
    timeZone
    bucket
    totals {
      newCustomers
      orders
      buyers
      firstTimeBuyers
      returningBuyers
      repeatBuyers
      repeatPurchaseRate
      averageOrdersPerCustomer
    }
    buckets {
      start
      end
      label
      newCustomers
      orders
      buyers
      firstTimeBuyers
      returningBuyers
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerReportQuery, CustomerReportQueryVariables>;
export const DashboardSummaryDocument = new TypedDocumentString(`
    query DashboardSummary($lowStockThreshold: Int) {
  dashboardSummary(lowStockThreshold: $lowStockThreshold) {
    timeZone
    generatedAt
    lowStockThreshold
    lowStockCount
    today {
      current {
        from
        to
        sales {
          amount
          currencyCode
        }
        orders
        averageOrderValue {
          amount
        }
        newCustomers
      }
      previous {
        from
        to
        sales {
          amount
          currencyCode
        }
        orders
        averageOrderValue {
          amount
        }
        newCustomers
      }
    }
    last7Days {
      current {
        from
        to
        sales {
          amount
          currencyCode
        }
        orders
        averageOrderValue {
          amount
        }
        newCustomers
      }
      previous {
        from
        to
        sales {
          amount
          currencyCode
        }
        orders
        averageOrderValue {
          amount
        }
        newCustomers
      }
    }
    last30Days {
      current {
        from
        to
        sales {
          amount
          currencyCode
        }
        orders
        averageOrderValue {
          amount
        }
        newCustomers
      }
      previous {
        from
        to
        sales {
          amount
          currencyCode
        }
        orders
        averageOrderValue {
          amount
        }
        newCustomers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardSummaryQuery, DashboardSummaryQueryVariables>;
export const InventoryMovementsDocument = new TypedDocumentString(`
    query InventoryMovements($filter: InventoryReportFilterInput, $period: StockMovementPeriodInput!) {
  inventoryReport(filter: $filter) {
    movements(input: $period) {
      from
      to
      timeZone
      netUnits
      reasons {
        reason
        units
        movements
      }
      buckets {
        start
        end
        label
        netUnits
        reasons {
          reason
          units
          movements
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryMovementsQuery, InventoryMovementsQueryVariables>;
export const InventoryStockDocument = new TypedDocumentString(`
    query InventoryStock($filter: InventoryReportFilterInput, $first: Int, $after: String) {
  inventoryReport(filter: $filter) {
    lowStockThreshold
    totals {
      variants
      units
      value {
        amount
        currencyCode
      }
      lowStockCount
    }
    items(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        sku
        quantityAvailable
        price {
          amount
        }
        stockValue {
          amount
          currencyCode
        }
        product {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryStockQuery, InventoryStockQueryVariables>;
export const InventoryTotalsOnlyDocument = new TypedDocumentString(`
    query InventoryTotalsOnly {
  inventoryReport {
    totals {
      units
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryTotalsOnlyQuery, InventoryTotalsOnlyQueryVariables>;
export const InventoryVariantStockValueDocument = new TypedDocumentString(`
    query InventoryVariantStockValue($slug: String!) {
  product(slug: $slug) {
    variants {
      id
      stockValue {
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryVariantStockValueQuery, InventoryVariantStockValueQueryVariables>;
export const ReportSalesItemsWithoutCountDocument = new TypedDocumentString(`
    query ReportSalesItemsWithoutCount($input: SalesReportInput!, $first: Int) {
  salesReport(input: $input) {
    buckets {
      items(first: $first) {
        edges {
          cursor
          orderNumber
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportSalesItemsWithoutCountQuery, ReportSalesItemsWithoutCountQueryVariables>;
export const ReportCategoryMoveDocument = new TypedDocumentString(`
    mutation ReportCategoryMove($input: CategoryMoveInput!) {
  categoryMove(input: $input) {
    category {
      id
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportCategoryMoveMutation, ReportCategoryMoveMutationVariables>;
export const ReportTopDocument = new TypedDocumentString(`
    query ReportTop($input: TopReportInput!, $from: String!, $to: String!) {
  topProducts(input: $input) {
    productId
    product {
      id
      title
    }
    orders
    units
    gross {
      amount
    }
    refunds {
      amount
    }
    net {
      amount
    }
  }
  topCategories(input: $input) {
    category {
      id
    }
    orders
    units
    net {
      amount
    }
  }
  ordersByStatus(input: {from: $from, to: $to}) {
    status
    count
  }
}
    `) as unknown as TypedDocumentString<ReportTopQuery, ReportTopQueryVariables>;
export const ReportSalesDocument = new TypedDocumentString(`
    query ReportSales($input: SalesReportInput!, $first: Int, $after: String) {
  salesReport(input: $input) {
    from
    to
    timeZone
    bucket
    totals {
      ...ReportFigures
    }
    buckets {
      start
      end
      label
      ...ReportBucketFigures
      items(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          orderId
          orderNumber
          createdAt
          shipping {
            amount
          }
          tax {
            amount
          }
          total {
            amount
          }
          refunded {
            amount
          }
          node {
            id
            productId
            variantId
            sku
            quantity
            subtotal {
              amount
            }
            discount {
              amount
            }
          }
        }
      }
    }
  }
}
    fragment ReportFigures on SalesFigures {
  orders
  units
  gross {
    amount
    currencyCode
  }
  discounts {
    amount
  }
  shipping {
    amount
  }
  tax {
    amount
  }
  refunds {
    amount
  }
  net {
    amount
  }
  averageOrderValue {
    amount
  }
}
fragment ReportBucketFigures on SalesReportBucket {
  orders
  units
  gross {
    amount
    currencyCode
  }
  discounts {
    amount
  }
  shipping {
    amount
  }
  tax {
    amount
  }
  refunds {
    amount
  }
  net {
    amount
  }
  averageOrderValue {
    amount
  }
}`) as unknown as TypedDocumentString<ReportSalesQuery, ReportSalesQueryVariables>;
export const ReportCategoryCreateDocument = new TypedDocumentString(`
    mutation ReportCategoryCreate($input: CategoryCreateInput!) {
  categoryCreate(input: $input) {
    category {
      id
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportCategoryCreateMutation, ReportCategoryCreateMutationVariables>;
export const ReportProductCategoriesDocument = new TypedDocumentString(`
    mutation ReportProductCategories($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportProductCategoriesMutation, ReportProductCategoriesMutationVariables>;
export const ReturnsBudgetListDocument = new TypedDocumentString(`
    query ReturnsBudgetList($first: Int) {
  returns(first: $first) {
    totalCount
    edges {
      node {
        id
        status
        refundedAmount {
          amount
        }
        lines {
          quantity
          orderLine {
            sku
            total {
              amount
            }
          }
        }
        order {
          number
          refunds {
            amount {
              amount
            }
            source
          }
          payments {
            status
            refunds {
              amount {
                amount
              }
            }
          }
          returns {
            id
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsBudgetListQuery, ReturnsBudgetListQueryVariables>;
export const ReturnsRequestDocument = new TypedDocumentString(`
    mutation ReturnsRequest($input: ReturnRequestInput!) {
  returnRequest(input: $input) {
    return {
      ...ReturnFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReturnFields on Return {
  id
  orderId
  customerId
  status
  reason
  note
  refundedAmount {
    amount
    currencyCode
  }
  createdAt
  updatedAt
  lines {
    id
    orderLineId
    quantity
    orderLine {
      id
      sku
      quantity
    }
  }
}`) as unknown as TypedDocumentString<ReturnsRequestMutation, ReturnsRequestMutationVariables>;
export const ReturnsApproveDocument = new TypedDocumentString(`
    mutation ReturnsApprove($input: ReturnDecisionInput!) {
  returnApprove(input: $input) {
    return {
      ...ReturnFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReturnFields on Return {
  id
  orderId
  customerId
  status
  reason
  note
  refundedAmount {
    amount
    currencyCode
  }
  createdAt
  updatedAt
  lines {
    id
    orderLineId
    quantity
    orderLine {
      id
      sku
      quantity
    }
  }
}`) as unknown as TypedDocumentString<ReturnsApproveMutation, ReturnsApproveMutationVariables>;
export const ReturnsRejectDocument = new TypedDocumentString(`
    mutation ReturnsReject($input: ReturnDecisionInput!) {
  returnReject(input: $input) {
    return {
      ...ReturnFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReturnFields on Return {
  id
  orderId
  customerId
  status
  reason
  note
  refundedAmount {
    amount
    currencyCode
  }
  createdAt
  updatedAt
  lines {
    id
    orderLineId
    quantity
    orderLine {
      id
      sku
      quantity
    }
  }
}`) as unknown as TypedDocumentString<ReturnsRejectMutation, ReturnsRejectMutationVariables>;
export const ReturnsReceiveDocument = new TypedDocumentString(`
    mutation ReturnsReceive($input: ReturnIdInput!) {
  returnReceive(input: $input) {
    return {
      ...ReturnFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReturnFields on Return {
  id
  orderId
  customerId
  status
  reason
  note
  refundedAmount {
    amount
    currencyCode
  }
  createdAt
  updatedAt
  lines {
    id
    orderLineId
    quantity
    orderLine {
      id
      sku
      quantity
    }
  }
}`) as unknown as TypedDocumentString<ReturnsReceiveMutation, ReturnsReceiveMutationVariables>;
export const ReturnsListDocument = new TypedDocumentString(`
    query ReturnsList($filter: ReturnFilterInput, $first: Int, $after: String) {
  returns(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        status
        order {
          id
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsListQuery, ReturnsListQueryVariables>;
export const ReturnsOfOrderDocument = new TypedDocumentString(`
    query ReturnsOfOrder($id: ID!) {
  order(id: $id) {
    id
    returns {
      ...ReturnFields
    }
  }
}
    fragment ReturnFields on Return {
  id
  orderId
  customerId
  status
  reason
  note
  refundedAmount {
    amount
    currencyCode
  }
  createdAt
  updatedAt
  lines {
    id
    orderLineId
    quantity
    orderLine {
      id
      sku
      quantity
    }
  }
}`) as unknown as TypedDocumentString<ReturnsOfOrderQuery, ReturnsOfOrderQueryVariables>;
export const ReturnsPaymentRefundDocument = new TypedDocumentString(`
    mutation ReturnsPaymentRefund($input: PaymentRefundInput!) {
  paymentRefund(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReturnsPaymentRefundMutation, ReturnsPaymentRefundMutationVariables>;
export const RatedProductsDocument = new TypedDocumentString(`
    query RatedProducts($filter: ProductFilterInput, $sort: ProductSort) {
  products(first: 20, filter: $filter, sort: $sort) {
    nodes {
      id
      rating {
        average
        count
      }
    }
    facets {
      ratings {
        minRating
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RatedProductsQuery, RatedProductsQueryVariables>;
export const ReviewBudgetPageDocument = new TypedDocumentString(`
    query ReviewBudgetPage($first: Int!) {
  products(first: $first, filter: {tags: ["budget"]}) {
    nodes {
      id
      title
      rating {
        average
        count
        histogram {
          stars
          count
        }
      }
      reviews(first: 3, sort: MOST_HELPFUL, filter: {withText: true}) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            rating
            title
            body
            authorName
            verifiedPurchase
            helpfulCount
            createdAt
            reply {
              body
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewBudgetPageQuery, ReviewBudgetPageQueryVariables>;
export const ReviewBudgetUsersDocument = new TypedDocumentString(`
    query ReviewBudgetUsers($first: Int!) {
  users(first: $first, filter: {role: CUSTOMER}) {
    nodes {
      id
      reviewRequestEmails
      reviews(first: 5) {
        totalCount
        edges {
          cursor
          node {
            id
            rating
            product {
              id
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewBudgetUsersQuery, ReviewBudgetUsersQueryVariables>;
export const ReviewRequestAccountDeleteDocument = new TypedDocumentString(`
    mutation ReviewRequestAccountDelete($input: AccountDeleteInput!) {
  accountDelete(input: $input) {
    deletedId
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewRequestAccountDeleteMutation, ReviewRequestAccountDeleteMutationVariables>;
export const ReviewNodeDocument = new TypedDocumentString(`
    query ReviewNode($id: ID!) {
  node(id: $id) {
    ... on Review {
      id
      status
      rejectionReason
      rating
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewNodeQuery, ReviewNodeQueryVariables>;
export const MyReviewsDocument = new TypedDocumentString(`
    query MyReviews {
  me {
    id
    reviewRequestEmails
    reviews(first: 10) {
      totalCount
      nodes {
        id
        status
        rejectionReason
        product {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyReviewsQuery, MyReviewsQueryVariables>;
export const OrderLinesReviewsDocument = new TypedDocumentString(`
    query OrderLinesReviews($id: ID!) {
  order(id: $id) {
    id
    status
    lines {
      id
      productId
      reviewable
      review {
        id
        rating
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderLinesReviewsQuery, OrderLinesReviewsQueryVariables>;
export const ReviewEmailsSetDocument = new TypedDocumentString(`
    mutation ReviewEmailsSet($input: ReviewRequestEmailsInput!) {
  reviewRequestEmailsSet(input: $input) {
    enabled
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewEmailsSetMutation, ReviewEmailsSetMutationVariables>;
export const ReviewCreateDocument = new TypedDocumentString(`
    mutation ReviewCreate($input: ReviewCreateInput!) {
  reviewCreate(input: $input) {
    review {
      ...ReviewFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewFields on Review {
  id
  rating
  title
  body
  authorName
  verifiedPurchase
  status
  rejectionReason
  helpfulCount
  unhelpfulCount
  createdAt
  updatedAt
  reply {
    body
    repliedAt
  }
  product {
    id
  }
}`) as unknown as TypedDocumentString<ReviewCreateMutation, ReviewCreateMutationVariables>;
export const ReviewUpdateDocument = new TypedDocumentString(`
    mutation ReviewUpdate($input: ReviewUpdateInput!) {
  reviewUpdate(input: $input) {
    review {
      ...ReviewFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewFields on Review {
  id
  rating
  title
  body
  authorName
  verifiedPurchase
  status
  rejectionReason
  helpfulCount
  unhelpfulCount
  createdAt
  updatedAt
  reply {
    body
    repliedAt
  }
  product {
    id
  }
}`) as unknown as TypedDocumentString<ReviewUpdateMutation, ReviewUpdateMutationVariables>;
export const ReviewDeleteDocument = new TypedDocumentString(`
    mutation ReviewDelete($input: ReviewIdInput!) {
  reviewDelete(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewDeleteMutation, ReviewDeleteMutationVariables>;
export const ReviewVoteDocument = new TypedDocumentString(`
    mutation ReviewVote($input: ReviewVoteInput!) {
  reviewVote(input: $input) {
    review {
      id
      helpfulCount
      unhelpfulCount
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewVoteMutation, ReviewVoteMutationVariables>;
export const ReviewApproveDocument = new TypedDocumentString(`
    mutation ReviewApprove($input: ReviewIdInput!) {
  reviewApprove(input: $input) {
    review {
      ...ReviewFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewFields on Review {
  id
  rating
  title
  body
  authorName
  verifiedPurchase
  status
  rejectionReason
  helpfulCount
  unhelpfulCount
  createdAt
  updatedAt
  reply {
    body
    repliedAt
  }
  product {
    id
  }
}`) as unknown as TypedDocumentString<ReviewApproveMutation, ReviewApproveMutationVariables>;
export const ReviewRejectDocument = new TypedDocumentString(`
    mutation ReviewReject($input: ReviewRejectInput!) {
  reviewReject(input: $input) {
    review {
      ...ReviewFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewFields on Review {
  id
  rating
  title
  body
  authorName
  verifiedPurchase
  status
  rejectionReason
  helpfulCount
  unhelpfulCount
  createdAt
  updatedAt
  reply {
    body
    repliedAt
  }
  product {
    id
  }
}`) as unknown as TypedDocumentString<ReviewRejectMutation, ReviewRejectMutationVariables>;
export const ReviewReplyDocument = new TypedDocumentString(`
    mutation ReviewReply($input: ReviewReplyInput!) {
  reviewReply(input: $input) {
    review {
      ...ReviewFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ReviewFields on Review {
  id
  rating
  title
  body
  authorName
  verifiedPurchase
  status
  rejectionReason
  helpfulCount
  unhelpfulCount
  createdAt
  updatedAt
  reply {
    body
    repliedAt
  }
  product {
    id
  }
}`) as unknown as TypedDocumentString<ReviewReplyMutation, ReviewReplyMutationVariables>;
export const AdminReviewsDocument = new TypedDocumentString(`
    query AdminReviews($filter: AdminReviewsFilterInput, $first: Int) {
  reviews(filter: $filter, first: $first) {
    totalCount
    nodes {
      ...ReviewFields
      customerId
    }
  }
}
    fragment ReviewFields on Review {
  id
  rating
  title
  body
  authorName
  verifiedPurchase
  status
  rejectionReason
  helpfulCount
  unhelpfulCount
  createdAt
  updatedAt
  reply {
    body
    repliedAt
  }
  product {
    id
  }
}`) as unknown as TypedDocumentString<AdminReviewsQuery, AdminReviewsQueryVariables>;
export const ReviewProductRatingDocument = new TypedDocumentString(`
    query ReviewProductRating($id: ID!) {
  product(id: $id) {
    id
    rating {
      average
      count
      histogram {
        stars
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewProductRatingQuery, ReviewProductRatingQueryVariables>;
export const ProductReviewsDocument = new TypedDocumentString(`
    query ProductReviews($id: ID!, $first: Int, $after: String, $sort: ReviewSort, $filter: ProductReviewsFilterInput) {
  product(id: $id) {
    id
    reviews(first: $first, after: $after, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ReviewFields
        }
      }
    }
  }
}
    fragment ReviewFields on Review {
  id
  rating
  title
  body
  authorName
  verifiedPurchase
  status
  rejectionReason
  helpfulCount
  unhelpfulCount
  createdAt
  updatedAt
  reply {
    body
    repliedAt
  }
  product {
    id
  }
}`) as unknown as TypedDocumentString<ProductReviewsQuery, ProductReviewsQueryVariables>;
export const ReviewTestRefundDocument = new TypedDocumentString(`
    mutation ReviewTestRefund($input: PaymentRefundInput!) {
  paymentRefund(input: $input) {
    order {
      id
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewTestRefundMutation, ReviewTestRefundMutationVariables>;
export const ReviewTestCancelDocument = new TypedDocumentString(`
    mutation ReviewTestCancel($input: OrderCancelInput!) {
  orderCancel(input: $input) {
    order {
      id
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewTestCancelMutation, ReviewTestCancelMutationVariables>;
export const ReviewRegisterDocument = new TypedDocumentString(`
    mutation ReviewRegister($input: AccountRegisterInput!) {
  accountRegister(input: $input) {
    user {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewRegisterMutation, ReviewRegisterMutationVariables>;
export const ShippingDemoProductCountDocument = new TypedDocumentString(`
    query ShippingDemoProductCount {
  adminProducts(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ShippingDemoProductCountQuery, ShippingDemoProductCountQueryVariables>;
export const ShippingActiveMethodsDocument = new TypedDocumentString(`
    query ShippingActiveMethods {
  shippingMethods(filter: {active: true}) {
    code
    active
  }
}
    `) as unknown as TypedDocumentString<ShippingActiveMethodsQuery, ShippingActiveMethodsQueryVariables>;
export const ShippingAdminMethodsDocument = new TypedDocumentString(`
    query ShippingAdminMethods($filter: ShippingMethodFilterInput) {
  shippingMethods(filter: $filter) {
    ...ShippingMethodFields
  }
}
    fragment ShippingMethodFields on ShippingMethod {
  id
  code
  name
  description
  price {
    amount
    currencyCode
  }
  freeAbove {
    amount
    currencyCode
  }
  minDeliveryDays
  maxDeliveryDays
  countries
  active
  position
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShippingAdminMethodsQuery, ShippingAdminMethodsQueryVariables>;
export const ShippingMethodCreateDocument = new TypedDocumentString(`
    mutation ShippingMethodCreate($input: ShippingMethodCreateInput!) {
  shippingMethodCreate(input: $input) {
    shippingMethod {
      ...ShippingMethodFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ShippingMethodFields on ShippingMethod {
  id
  code
  name
  description
  price {
    amount
    currencyCode
  }
  freeAbove {
    amount
    currencyCode
  }
  minDeliveryDays
  maxDeliveryDays
  countries
  active
  position
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShippingMethodCreateMutation, ShippingMethodCreateMutationVariables>;
export const ShippingMethodUpdateDocument = new TypedDocumentString(`
    mutation ShippingMethodUpdate($input: ShippingMethodUpdateInput!) {
  shippingMethodUpdate(input: $input) {
    shippingMethod {
      ...ShippingMethodFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ShippingMethodFields on ShippingMethod {
  id
  code
  name
  description
  price {
    amount
    currencyCode
  }
  freeAbove {
    amount
    currencyCode
  }
  minDeliveryDays
  maxDeliveryDays
  countries
  active
  position
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShippingMethodUpdateMutation, ShippingMethodUpdateMutationVariables>;
export const ShippingMethodDeleteDocument = new TypedDocumentString(`
    mutation ShippingMethodDelete($input: DeleteInput!) {
  shippingMethodDelete(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ShippingMethodDeleteMutation, ShippingMethodDeleteMutationVariables>;
export const ShippingAdminTaxRatesDocument = new TypedDocumentString(`
    query ShippingAdminTaxRates($filter: TaxRateFilterInput) {
  taxRates(filter: $filter) {
    ...ShippingTaxRateFields
  }
}
    fragment ShippingTaxRateFields on TaxRate {
  id
  country
  region
  taxClass
  rate
  rateBasisPoints
  name
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShippingAdminTaxRatesQuery, ShippingAdminTaxRatesQueryVariables>;
export const ShippingTaxRateCreateDocument = new TypedDocumentString(`
    mutation ShippingTaxRateCreate($input: TaxRateCreateInput!) {
  taxRateCreate(input: $input) {
    taxRate {
      ...ShippingTaxRateFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ShippingTaxRateFields on TaxRate {
  id
  country
  region
  taxClass
  rate
  rateBasisPoints
  name
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShippingTaxRateCreateMutation, ShippingTaxRateCreateMutationVariables>;
export const ShippingTaxRateUpdateDocument = new TypedDocumentString(`
    mutation ShippingTaxRateUpdate($input: TaxRateUpdateInput!) {
  taxRateUpdate(input: $input) {
    taxRate {
      ...ShippingTaxRateFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment ShippingTaxRateFields on TaxRate {
  id
  country
  region
  taxClass
  rate
  rateBasisPoints
  name
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ShippingTaxRateUpdateMutation, ShippingTaxRateUpdateMutationVariables>;
export const ShippingTaxRateDeleteDocument = new TypedDocumentString(`
    mutation ShippingTaxRateDelete($input: DeleteInput!) {
  taxRateDelete(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ShippingTaxRateDeleteMutation, ShippingTaxRateDeleteMutationVariables>;
export const SmokeRegisterDocument = new TypedDocumentString(`
    mutation SmokeRegister($input: AccountRegisterInput!) {
  accountRegister(input: $input) {
    user {
      id
      email
      role
      emailVerified
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeRegisterMutation, SmokeRegisterMutationVariables>;
export const SmokeLoginDocument = new TypedDocumentString(`
    mutation SmokeLogin($input: AccountLoginInput!) {
  accountLogin(input: $input) {
    accessToken
    refreshToken
    user {
      email
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeLoginMutation, SmokeLoginMutationVariables>;
export const SmokeMeDocument = new TypedDocumentString(`
    query SmokeMe {
  me {
    email
    name
  }
}
    `) as unknown as TypedDocumentString<SmokeMeQuery, SmokeMeQueryVariables>;
export const StripeCheckoutDocument = new TypedDocumentString(`
    mutation StripeCheckout($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order {
      ...StripeOrderFields
    }
    payment {
      id
      status
      provider
      cardBrand
      cardLast4
    }
    clientSecret
    errors {
      field
      code
      message
    }
  }
}
    fragment StripeOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  reservedUntil
}`) as unknown as TypedDocumentString<StripeCheckoutMutation, StripeCheckoutMutationVariables>;
export const StripePayDocument = new TypedDocumentString(`
    mutation StripePay($input: OrderPayInput!) {
  orderPay(input: $input) {
    order {
      ...StripeOrderFields
    }
    clientSecret
    errors {
      field
      code
      message
    }
  }
}
    fragment StripeOrderFields on Order {
  id
  number
  status
  paymentStatus
  paymentMethod
  reservedUntil
}`) as unknown as TypedDocumentString<StripePayMutation, StripePayMutationVariables>;
export const SubscriptionOrderUpdatedDocument = new TypedDocumentString(`
    subscription SubscriptionOrderUpdated($orderId: ID!) {
  orderUpdated(orderId: $orderId) {
    ...SubscriptionUpdateFields
  }
}
    fragment SubscriptionUpdateFields on OrderUpdate {
  event {
    id
    type
    fromStatus
    toStatus
    toPaymentStatus
    actorKind
  }
  order {
    id
    number
    status
    paymentStatus
    customerId
    events {
      type
    }
  }
}`) as unknown as TypedDocumentString<SubscriptionOrderUpdatedSubscription, SubscriptionOrderUpdatedSubscriptionVariables>;
export const SubscriptionOrderEventsDocument = new TypedDocumentString(`
    subscription SubscriptionOrderEvents {
  orderEvents {
    ...SubscriptionUpdateFields
  }
}
    fragment SubscriptionUpdateFields on OrderUpdate {
  event {
    id
    type
    fromStatus
    toStatus
    toPaymentStatus
    actorKind
  }
  order {
    id
    number
    status
    paymentStatus
    customerId
    events {
      type
    }
  }
}`) as unknown as TypedDocumentString<SubscriptionOrderEventsSubscription, SubscriptionOrderEventsSubscriptionVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: AccountRegisterInput!) {
  accountRegister(input: $input) {
    user {
      id
      email
      name
      role
      emailVerified
      pendingEmail
    }
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: AccountLoginInput!) {
  accountLogin(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      role
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const DevMailboxToDocument = new TypedDocumentString(`
    query DevMailboxTo($to: String) {
  devMailbox(filter: {to: $to}, first: 20) {
    nodes {
      subject
      text
      html
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DevMailboxToQuery, DevMailboxToQueryVariables>;
export const InputLimitsListingDocument = new TypedDocumentString(`
    query InputLimitsListing($f: ProductFilterInput) {
  products(first: 1, filter: $f) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputLimitsListingQuery, InputLimitsListingQueryVariables>;
export const InputLimitsCouponCreateDocument = new TypedDocumentString(`
    mutation InputLimitsCouponCreate($i: CouponCreateInput!) {
  couponCreate(input: $i) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InputLimitsCouponCreateMutation, InputLimitsCouponCreateMutationVariables>;
export const InputLimitsNestedDocument = new TypedDocumentString(`
    query InputLimitsNested($b: [String!]) {
  one: products(first: 1) {
    totalCount
  }
  ... on Query {
    two: products(first: 1, filter: {brands: $b}) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<InputLimitsNestedQuery, InputLimitsNestedQueryVariables>;
export const WebhookTestCreateDocument = new TypedDocumentString(`
    mutation WebhookTestCreate($input: WebhookCreateInput!) {
  webhookCreate(input: $input) {
    webhook {
      ...WebhookEndpointFields
    }
    secret
    errors {
      field
      code
      message
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  description
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WebhookTestCreateMutation, WebhookTestCreateMutationVariables>;
export const WebhookTestUpdateDocument = new TypedDocumentString(`
    mutation WebhookTestUpdate($input: WebhookUpdateInput!) {
  webhookUpdate(input: $input) {
    webhook {
      ...WebhookEndpointFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  description
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WebhookTestUpdateMutation, WebhookTestUpdateMutationVariables>;
export const WebhookTestRotateSecretDocument = new TypedDocumentString(`
    mutation WebhookTestRotateSecret($input: WebhookIdInput!) {
  webhookRotateSecret(input: $input) {
    webhook {
      ...WebhookEndpointFields
    }
    secret
    errors {
      field
      code
      message
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  description
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WebhookTestRotateSecretMutation, WebhookTestRotateSecretMutationVariables>;
export const WebhookTestDeleteDocument = new TypedDocumentString(`
    mutation WebhookTestDelete($input: WebhookIdInput!) {
  webhookDelete(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookTestDeleteMutation, WebhookTestDeleteMutationVariables>;
export const WebhookTestListDocument = new TypedDocumentString(`
    query WebhookTestList($first: Int, $after: String) {
  webhooks(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  description
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WebhookTestListQuery, WebhookTestListQueryVariables>;
export const WebhookTestDeliveriesDocument = new TypedDocumentString(`
    query WebhookTestDeliveries($filter: WebhookDeliveryFilterInput!, $first: Int, $after: String) {
  webhookDeliveries(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      eventId
      eventType
      status
      attemptCount
      nextAttemptAt
      lastError
      body
      createdAt
      deliveredAt
      attempts {
        attempt
        responseStatus
        error
        durationMs
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookTestDeliveriesQuery, WebhookTestDeliveriesQueryVariables>;
export const WishlistBudgetPageDocument = new TypedDocumentString(`
    query WishlistBudgetPage {
  wishlist(first: 20) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        addedAt
        available
        product {
          id
          title
          status
          priceRange {
            min {
              amount
            }
            max {
              amount
            }
          }
          images {
            url
            alt
          }
        }
        variant {
          id
          price {
            amount
          }
          inStock
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WishlistBudgetPageQuery, WishlistBudgetPageQueryVariables>;
export const WishlistPageDocument = new TypedDocumentString(`
    query WishlistPage($first: Int, $after: String, $last: Int, $before: String) {
  wishlist(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...WishlistItemFields
      }
    }
  }
}
    fragment WishlistItemFields on WishlistItem {
  id
  addedAt
  available
  product {
    id
    title
    status
  }
  variant {
    id
    sku
    price {
      amount
    }
  }
}`) as unknown as TypedDocumentString<WishlistPageQuery, WishlistPageQueryVariables>;
export const WishlistAddDocument = new TypedDocumentString(`
    mutation WishlistAdd($input: WishlistAddInput!) {
  wishlistAdd(input: $input) {
    item {
      ...WishlistItemFields
    }
    errors {
      field
      code
      message
    }
  }
}
    fragment WishlistItemFields on WishlistItem {
  id
  addedAt
  available
  product {
    id
    title
    status
  }
  variant {
    id
    sku
    price {
      amount
    }
  }
}`) as unknown as TypedDocumentString<WishlistAddMutation, WishlistAddMutationVariables>;
export const WishlistRemoveDocument = new TypedDocumentString(`
    mutation WishlistRemove($input: WishlistRemoveInput!) {
  wishlistRemove(input: $input) {
    deletedId
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WishlistRemoveMutation, WishlistRemoveMutationVariables>;
export const WishlistMoveToCartDocument = new TypedDocumentString(`
    mutation WishlistMoveToCart($input: WishlistMoveToCartInput!) {
  wishlistMoveToCart(input: $input) {
    removedItemId
    quantityAvailable
    cart {
      id
      itemCount
      lines {
        quantity
        variant {
          id
        }
      }
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WishlistMoveToCartMutation, WishlistMoveToCartMutationVariables>;
export const WishlistTestVariantDeleteDocument = new TypedDocumentString(`
    mutation WishlistTestVariantDelete($input: DeleteInput!) {
  variantDelete(input: $input) {
    deletedId
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WishlistTestVariantDeleteMutation, WishlistTestVariantDeleteMutationVariables>;