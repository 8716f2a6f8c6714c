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
    "mutation Register($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id email name role emailVerified pendingEmail } errors { field code message } }\n}": typeof types.RegisterDocument,
    "mutation Login($input: AccountLoginInput!) {\n  accountLogin(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email role }\n    errors { field code message }\n  }\n}": typeof types.LoginDocument,
    "query DevMailboxTo($to: String) {\n  devMailbox(to: $to, first: 20) { nodes { subject text html status } }\n}": typeof types.DevMailboxToDocument,
};
const documents: Documents = {
    "mutation Register($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id email name role emailVerified pendingEmail } errors { field code message } }\n}": types.RegisterDocument,
    "mutation Login($input: AccountLoginInput!) {\n  accountLogin(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email role }\n    errors { field code message }\n  }\n}": types.LoginDocument,
    "query DevMailboxTo($to: String) {\n  devMailbox(to: $to, first: 20) { nodes { subject text html status } }\n}": types.DevMailboxToDocument,
};

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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
