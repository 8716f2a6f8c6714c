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

/** Delivery state of an outgoing message. */
export type OutboxStatus =
  /** Gave up after OUTBOX_MAX_ATTEMPTS attempts. */
  | 'FAILED'
  /** Waiting for (another) delivery attempt. */
  | 'PENDING'
  /** Delivered (or, in development, kept in the mailbox). */
  | 'SENT';

/** Lifecycle of a product. Only ACTIVE products are visible to the public. */
export type ProductStatus =
  /** For sale and visible. */
  | 'ACTIVE'
  /** No longer sold; kept for order history; hidden from the storefront. */
  | 'ARCHIVED'
  /** Being prepared; hidden from the storefront. */
  | 'DRAFT';

/** Access level of an account. CUSTOMER < VENDOR < ADMIN: a higher role may do what a lower one may. */
export type Role =
  /** Store staff with access to every administration operation. */
  | 'ADMIN'
  /** A shopper: their own cart, orders, addresses and account. */
  | 'CUSTOMER'
  /** A seller managing their own products (marketplace setups). */
  | 'VENDOR';

/** Administrative changes to a user; omitted fields stay as they are. */
export type UserUpdateInput = {
  /** true disables the account (signing it out everywhere at once); false enables it again. */
  disabled?: boolean | null | undefined;
  id: string | number;
  role?: Role | null | undefined;
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