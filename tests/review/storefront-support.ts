import { graphql } from '../generated/gql.js';

/** Operations of the storefront review tests. */

export const NODE_REVIEW = graphql(`query ReviewNode($id: ID!) {
  node(id: $id) { ... on Review { id status rejectionReason rating } } }`);

export const MY_REVIEWS = graphql(`query MyReviews {
  me { id reviewRequestEmails reviews(first: 10) { totalCount nodes { id status rejectionReason product { id } } } } }`);

export const ORDER_LINES_REVIEWS = graphql(`query OrderLinesReviews($id: ID!) {
  order(id: $id) { id status lines { id productId reviewable review { id rating status } } } }`);

export const EMAILS_SET = graphql(`mutation ReviewEmailsSet($input: ReviewRequestEmailsInput!) {
  reviewRequestEmailsSet(input: $input) { enabled errors { code } } }`);
