/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Me { me { id email name phone role emailVerified pendingEmail } }": typeof types.MeDocument,
    "mutation Refresh($input: AccountTokenRefreshInput) {\n  accountTokenRefresh(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email }\n    errors { field code message }\n  }\n}": typeof types.RefreshDocument,
    "mutation Logout($input: AccountLogoutInput) { accountLogout(input: $input) { errors { field code message } } }": typeof types.LogoutDocument,
    "mutation LogoutAll { accountLogoutAll { revokedSessions errors { field code message } } }": typeof types.LogoutAllDocument,
    "mutation Verify($input: AccountEmailVerifyInput!) {\n  accountEmailVerify(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}": typeof types.VerifyDocument,
    "mutation RequestVerification {\n  accountEmailVerificationRequest { errors { field code message } }\n}": typeof types.RequestVerificationDocument,
    "mutation Update($input: AccountUpdateInput!) {\n  accountUpdate(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}": typeof types.UpdateDocument,
    "mutation ChangeEmail($input: AccountEmailChangeInput!) {\n  accountEmailChange(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}": typeof types.ChangeEmailDocument,
    "mutation ChangePassword($input: AccountPasswordChangeInput!) {\n  accountPasswordChange(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}": typeof types.ChangePasswordDocument,
    "mutation ResetRequest($input: AccountPasswordResetRequestInput!) {\n  accountPasswordResetRequest(input: $input) { errors { field code message } }\n}": typeof types.ResetRequestDocument,
    "mutation Reset($input: AccountPasswordResetInput!) {\n  accountPasswordReset(input: $input) { errors { field code message } }\n}": typeof types.ResetDocument,
    "mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) { user { id role disabled } errors { field code message } }\n}": typeof types.UserUpdateDocument,
    "mutation Register($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id email name role emailVerified pendingEmail } errors { field code message } }\n}": typeof types.RegisterDocument,
    "mutation Login($input: AccountLoginInput!) {\n  accountLogin(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email role }\n    errors { field code message }\n  }\n}": typeof types.LoginDocument,
    "query DevMailboxTo($to: String) {\n  devMailbox(to: $to, first: 20) { nodes { subject text html status } }\n}": typeof types.DevMailboxToDocument,
    "query WishlistPage($first: Int, $after: String, $last: Int, $before: String) {\n  wishlist(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id addedAt available\n  product { id title status }\n  variant { id sku price { amount } } } }\n  } }": typeof types.WishlistPageDocument,
    "mutation WishlistAdd($input: WishlistAddInput!) {\n  wishlistAdd(input: $input) { item { id addedAt available\n  product { id title status }\n  variant { id sku price { amount } } } errors { field code message } } }": typeof types.WishlistAddDocument,
    "mutation WishlistRemove($input: WishlistRemoveInput!) {\n  wishlistRemove(input: $input) { deletedId errors { field code message } } }": typeof types.WishlistRemoveDocument,
    "mutation WishlistMoveToCart($input: WishlistMoveToCartInput!) {\n  wishlistMoveToCart(input: $input) {\n    removedItemId quantityAvailable\n    cart { id itemCount lines { quantity variant { id } } }\n    errors { field code message }\n  } }": typeof types.WishlistMoveToCartDocument,
};
const documents: Documents = {
    "query Me { me { id email name phone role emailVerified pendingEmail } }": types.MeDocument,
    "mutation Refresh($input: AccountTokenRefreshInput) {\n  accountTokenRefresh(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email }\n    errors { field code message }\n  }\n}": types.RefreshDocument,
    "mutation Logout($input: AccountLogoutInput) { accountLogout(input: $input) { errors { field code message } } }": types.LogoutDocument,
    "mutation LogoutAll { accountLogoutAll { revokedSessions errors { field code message } } }": types.LogoutAllDocument,
    "mutation Verify($input: AccountEmailVerifyInput!) {\n  accountEmailVerify(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}": types.VerifyDocument,
    "mutation RequestVerification {\n  accountEmailVerificationRequest { errors { field code message } }\n}": types.RequestVerificationDocument,
    "mutation Update($input: AccountUpdateInput!) {\n  accountUpdate(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}": types.UpdateDocument,
    "mutation ChangeEmail($input: AccountEmailChangeInput!) {\n  accountEmailChange(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}": types.ChangeEmailDocument,
    "mutation ChangePassword($input: AccountPasswordChangeInput!) {\n  accountPasswordChange(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}": types.ChangePasswordDocument,
    "mutation ResetRequest($input: AccountPasswordResetRequestInput!) {\n  accountPasswordResetRequest(input: $input) { errors { field code message } }\n}": types.ResetRequestDocument,
    "mutation Reset($input: AccountPasswordResetInput!) {\n  accountPasswordReset(input: $input) { errors { field code message } }\n}": types.ResetDocument,
    "mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) { user { id role disabled } errors { field code message } }\n}": types.UserUpdateDocument,
    "mutation Register($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id email name role emailVerified pendingEmail } errors { field code message } }\n}": types.RegisterDocument,
    "mutation Login($input: AccountLoginInput!) {\n  accountLogin(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email role }\n    errors { field code message }\n  }\n}": types.LoginDocument,
    "query DevMailboxTo($to: String) {\n  devMailbox(to: $to, first: 20) { nodes { subject text html status } }\n}": types.DevMailboxToDocument,
    "query WishlistPage($first: Int, $after: String, $last: Int, $before: String) {\n  wishlist(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id addedAt available\n  product { id title status }\n  variant { id sku price { amount } } } }\n  } }": types.WishlistPageDocument,
    "mutation WishlistAdd($input: WishlistAddInput!) {\n  wishlistAdd(input: $input) { item { id addedAt available\n  product { id title status }\n  variant { id sku price { amount } } } errors { field code message } } }": types.WishlistAddDocument,
    "mutation WishlistRemove($input: WishlistRemoveInput!) {\n  wishlistRemove(input: $input) { deletedId errors { field code message } } }": types.WishlistRemoveDocument,
    "mutation WishlistMoveToCart($input: WishlistMoveToCartInput!) {\n  wishlistMoveToCart(input: $input) {\n    removedItemId quantityAvailable\n    cart { id itemCount lines { quantity variant { id } } }\n    errors { field code message }\n  } }": types.WishlistMoveToCartDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id email name phone role emailVerified pendingEmail } }"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Refresh($input: AccountTokenRefreshInput) {\n  accountTokenRefresh(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email }\n    errors { field code message }\n  }\n}"): typeof import('./graphql.js').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout($input: AccountLogoutInput) { accountLogout(input: $input) { errors { field code message } } }"): typeof import('./graphql.js').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogoutAll { accountLogoutAll { revokedSessions errors { field code message } } }"): typeof import('./graphql.js').LogoutAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Verify($input: AccountEmailVerifyInput!) {\n  accountEmailVerify(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}"): typeof import('./graphql.js').VerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestVerification {\n  accountEmailVerificationRequest { errors { field code message } }\n}"): typeof import('./graphql.js').RequestVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Update($input: AccountUpdateInput!) {\n  accountUpdate(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}"): typeof import('./graphql.js').UpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeEmail($input: AccountEmailChangeInput!) {\n  accountEmailChange(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}"): typeof import('./graphql.js').ChangeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: AccountPasswordChangeInput!) {\n  accountPasswordChange(input: $input) { user { id email name phone role emailVerified pendingEmail } errors { field code message } }\n}"): typeof import('./graphql.js').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetRequest($input: AccountPasswordResetRequestInput!) {\n  accountPasswordResetRequest(input: $input) { errors { field code message } }\n}"): typeof import('./graphql.js').ResetRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reset($input: AccountPasswordResetInput!) {\n  accountPasswordReset(input: $input) { errors { field code message } }\n}"): typeof import('./graphql.js').ResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) { user { id role disabled } errors { field code message } }\n}"): typeof import('./graphql.js').UserUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id email name role emailVerified pendingEmail } errors { field code message } }\n}"): typeof import('./graphql.js').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: AccountLoginInput!) {\n  accountLogin(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email role }\n    errors { field code message }\n  }\n}"): typeof import('./graphql.js').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevMailboxTo($to: String) {\n  devMailbox(to: $to, first: 20) { nodes { subject text html status } }\n}"): typeof import('./graphql.js').DevMailboxToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WishlistPage($first: Int, $after: String, $last: Int, $before: String) {\n  wishlist(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id addedAt available\n  product { id title status }\n  variant { id sku price { amount } } } }\n  } }"): typeof import('./graphql.js').WishlistPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WishlistAdd($input: WishlistAddInput!) {\n  wishlistAdd(input: $input) { item { id addedAt available\n  product { id title status }\n  variant { id sku price { amount } } } errors { field code message } } }"): typeof import('./graphql.js').WishlistAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WishlistRemove($input: WishlistRemoveInput!) {\n  wishlistRemove(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').WishlistRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WishlistMoveToCart($input: WishlistMoveToCartInput!) {\n  wishlistMoveToCart(input: $input) {\n    removedItemId quantityAvailable\n    cart { id itemCount lines { quantity variant { id } } }\n    errors { field code message }\n  } }"): typeof import('./graphql.js').WishlistMoveToCartDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
