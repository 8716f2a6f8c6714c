import { DateTimeResolver } from 'graphql-scalars';

/**
 * Scalars from graphql-scalars used across the schema. DateTime is mapped to JS Date for
 * every `Date` field; the others are referenced explicitly in `@Field(() => ...)`.
 */
export {
  CountryCodeResolver as CountryCode,
  DateTimeResolver as DateTime,
  EmailAddressResolver as EmailAddress,
  NonNegativeIntResolver as NonNegativeInt,
  PositiveIntResolver as PositiveInt,
  URLResolver as URL,
  UUIDResolver as UUID,
} from 'graphql-scalars';

export const scalarsMap = [{ type: Date, scalar: DateTimeResolver }];
