/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new sign-in address, confirmed by the current password. */
export type AccountEmailChangeInput = {
  newEmail: string;
  /** The current password. */
  password: string;
};

/** A one-time token from a verification email. */
export type AccountEmailVerifyInput = {
  token: string;
};

/** Credentials to sign in with. */
export type AccountLoginInput = {
  /** A guest cart token to merge into the account's cart on success (the X-Cart-Token header works too). The guest cart is deleted afterwards. */
  cartToken?: string | null | undefined;
  email: string;
  password: string;
};

/** Which login to end; omit it to end the login of the access token or refresh cookie. */
export type AccountLogoutInput = {
  refreshToken?: string | null | undefined;
};

/** A password change. */
export type AccountPasswordChangeInput = {
  currentPassword: string;
  /** Same rules as at registration. */
  newPassword: string;
};

/** A new password set with the token from a reset email. */
export type AccountPasswordResetInput = {
  newPassword: string;
  token: string;
};

/** Where to send a password reset link. */
export type AccountPasswordResetRequestInput = {
  email: string;
};

/** A new customer account. */
export type AccountRegisterInput = {
  /** Email address; trimmed and lower-cased, unique regardless of case. */
  email: string;
  /** Display name, 1 to 100 characters. */
  name: string;
  /** 8 to 72 bytes, with at least one letter and one digit, and not the email address. */
  password: string;
};

/** The refresh token to exchange; omit it to use the HttpOnly refresh cookie. */
export type AccountTokenRefreshInput = {
  refreshToken?: string | null | undefined;
};

/** Profile changes; omitted fields stay as they are. */
export type AccountUpdateInput = {
  /** New display name, 1 to 100 characters. */
  name?: string | null | undefined;
  /** New phone number; an empty string or null clears it. */
  phone?: string | null | undefined;
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

/** Places an order from the signed-in shopper's cart, with the cart's shipping address and method. Totals are computed by the server, never taken from the client. */
export type CheckoutCompleteInput = {
  /** The billing address; the cart's shipping address is used when omitted. */
  billingAddress?: AddressInput | null | undefined;
  /** Required with CARD, ignored with CASH_ON_DELIVERY. Validated before anything changes. When the store takes cards with Stripe, omit it (sending it is refused with INVALID_INPUT): the browser confirms the payment with Stripe.js and the returned `clientSecret`. */
  card?: CardInput | null | undefined;
  /** Required; unique per customer, 1 to 200 characters (a new UUID per checkout attempt). Sending the same key again with the same cart (or after the first checkout emptied it) returns the first result: same order, no second charge. The same key with a different cart is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: string;
  /** A note for the store, at most 1000 characters. */
  note?: string | null | undefined;
  /** How the order is paid. */
  paymentMethod: PaymentMethod;
};

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

/** Machine-readable reason of a UserError. */
export type ErrorCode =
  /** The account was disabled by an administrator. */
  | 'ACCOUNT_DISABLED'
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
  /** Another account already uses this email address. */
  | 'EMAIL_TAKEN'
  /** The card has expired. */
  | 'EXPIRED_CARD'
  /** This idempotency key was already used for a checkout of a different cart: use a new key. */
  | 'IDEMPOTENCY_KEY_REUSED'
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
  /** Every product keeps at least one variant. */
  | 'LAST_VARIANT'
  /** The referenced object does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** The password is longer than 72 bytes (the bcrypt limit); it is never truncated. */
  | 'PASSWORD_TOO_LONG'
  /** The payment provider could not be reached or gave no answer: nothing was ordered or charged; try again. */
  | 'PAYMENT_PROVIDER_ERROR'
  /** A price changed since the shopper saw it: nothing was ordered; confirm the new prices (cartAcceptChanges) and check out again. */
  | 'PRICE_CHANGED'
  /** The product is not for sale (draft or archived). */
  | 'PRODUCT_NOT_AVAILABLE'
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
  note?: string | null | undefined;
  reason: StockMovementReason;
  /** E.g. a delivery note or order number. */
  reference?: string | null | undefined;
  variantId: string | number;
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
  description?: string | null | undefined;
  id: string | number;
  slug?: string | null | undefined;
  status?: ProductStatus | null | undefined;
  tags?: Array<string> | null | undefined;
  taxClass?: TaxClass | null | undefined;
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

/** Approves or rejects a requested return. */
export type ReturnDecisionInput = {
  /** A note for the customer (at most 500 characters), emailed and shown on the return. */
  note?: string | null | undefined;
  /** The return (REQUESTED). */
  returnId: string | number;
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

/** Access level of an account. CUSTOMER < VENDOR < ADMIN: a higher role may do what a lower one may. */
export type Role =
  /** Store staff with access to every administration operation. */
  | 'ADMIN'
  /** A shopper: their own cart, orders, addresses and account. */
  | 'CUSTOMER'
  /** A seller managing their own products (marketplace setups). */
  | 'VENDOR';

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
  | 'REDUCED'
  | 'STANDARD'
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

/** Administrative changes to a user; omitted fields stay as they are. */
export type UserUpdateInput = {
  /** true disables the account (signing it out everywhere at once); false enables it again. */
  disabled?: boolean | null | undefined;
  id: string | number;
  role?: Role | null | undefined;
};

/** A variant option. */
export type VariantOptionInput = {
  name: string;
  value: string;
};

/** Variant changes; stock changes go through inventoryAdjust. */
export type VariantUpdateInput = {
  /** An empty string clears it. */
  compareAtPrice?: string | null | undefined;
  id: string | number;
  options?: Array<VariantOptionInput> | null | undefined;
  position?: number | null | undefined;
  price?: string | null | undefined;
  sku?: string | null | undefined;
  title?: string | null | undefined;
  weightGrams?: number | null | undefined;
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

export type CartFieldsFragment = { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> };

export type CartViewQueryVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartViewQuery = { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null };

export type CartCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type CartCreateMutation = { cartCreate: { cartToken: string | null, cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartAddItemMutationVariables = Exact<{
  input: CartAddItemInput;
  cartToken?: string | null | undefined;
}>;


export type CartAddItemMutation = { cartAddItem: { quantityAvailable: number | null, line: { id: string, quantity: number } | null, cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartUpdateItemMutationVariables = Exact<{
  input: CartUpdateItemInput;
  cartToken?: string | null | undefined;
}>;


export type CartUpdateItemMutation = { cartUpdateItem: { quantityAvailable: number | null, line: { id: string, quantity: number } | null, cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartRemoveItemMutationVariables = Exact<{
  input: CartRemoveItemInput;
  cartToken?: string | null | undefined;
}>;


export type CartRemoveItemMutation = { cartRemoveItem: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartClearMutationVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartClearMutation = { cartClear: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartAcceptChangesMutationVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartAcceptChangesMutation = { cartAcceptChanges: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartApplyCouponMutationVariables = Exact<{
  input: CartApplyCouponInput;
  cartToken?: string | null | undefined;
}>;


export type CartApplyCouponMutation = { cartApplyCoupon: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartRemoveCouponMutationVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type CartRemoveCouponMutation = { cartRemoveCoupon: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartSetShippingAddressMutationVariables = Exact<{
  input: CartSetShippingAddressInput;
  cartToken?: string | null | undefined;
}>;


export type CartSetShippingAddressMutation = { cartSetShippingAddress: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type CartSetShippingMethodMutationVariables = Exact<{
  input: CartSetShippingMethodInput;
  cartToken?: string | null | undefined;
}>;


export type CartSetShippingMethodMutation = { cartSetShippingMethod: { cart: { id: string, isGuest: boolean, updatedAt: string, expiresAt: string | null, itemCount: number, hasBlockingWarnings: boolean, lines: Array<{ id: string, quantity: number, unitPrice: { amount: string, currencyCode: string }, unitPriceWhenAdded: { amount: string }, lineTotal: { amount: string }, discount: { amount: string }, tax: { amount: string }, total: { amount: string }, variant: { id: string, sku: string, quantityAvailable: number, price: { amount: string } }, product: { id: string, slug: string, title: string, status: ProductStatus } }>, coupon: { code: string, type: CouponType, percentage: string | null, applied: boolean, amount: { amount: string } | null } | null, shippingAddress: { name: string, line1: string, city: string, region: string | null, postalCode: string, country: string, addressId: string | null } | null, shippingMethod: { code: string, price: { amount: string } } | null, availableShippingMethods: Array<{ code: string, name: string, minDeliveryDays: number, maxDeliveryDays: number, price: { amount: string }, estimatedDelivery: { earliest: string, latest: string } }>, totals: { taxIsEstimate: boolean, taxCountry: string, subtotal: { amount: string, currencyCode: string }, discount: { amount: string }, shipping: { amount: string }, tax: { amount: string }, total: { amount: string } }, warnings: Array<{ code: CartWarningCode, lineId: string | null, message: string, blocking: boolean }> } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

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
  status?: ReturnStatus | null | undefined;
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

export type RegisterMutationVariables = Exact<{
  input: AccountRegisterInput;
}>;


export type RegisterMutation = { accountRegister: { user: { id: string, email: string, name: string, role: Role, emailVerified: boolean, pendingEmail: string | null } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type LoginMutationVariables = Exact<{
  input: AccountLoginInput;
}>;


export type LoginMutation = { accountLogin: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, user: { id: string, email: string, role: Role } | null, errors: Array<{ field: Array<string> | null, code: ErrorCode, message: string }> } };

export type DevMailboxToQueryVariables = Exact<{
  to?: string | null | undefined;
}>;


export type DevMailboxToQuery = { devMailbox: { nodes: Array<{ subject: string, text: string, html: string, status: OutboxStatus }> } };

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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    lineTotal {
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
    query ReturnsList($status: ReturnStatus, $first: Int, $after: String) {
  returns(status: $status, first: $first, after: $after) {
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
  devMailbox(to: $to, first: 20) {
    nodes {
      subject
      text
      html
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DevMailboxToQuery, DevMailboxToQueryVariables>;
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
    }
  }
}
    `) as unknown as TypedDocumentString<WishlistPageQuery, WishlistPageQueryVariables>;
export const WishlistAddDocument = new TypedDocumentString(`
    mutation WishlistAdd($input: WishlistAddInput!) {
  wishlistAdd(input: $input) {
    item {
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
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WishlistAddMutation, WishlistAddMutationVariables>;
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