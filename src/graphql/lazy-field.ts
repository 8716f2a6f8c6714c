import { Extensions } from 'type-graphql';

/**
 * Marks a plain field whose value may be a promise (a lazy getter such as a connection's
 * `totalCount`). Plain fields get no resolver, so graphql-jit compiles them to a property read;
 * only a field with a resolver has its promise awaited. Field resolver methods need no mark.
 */
export const LazyField = () => Extensions({ lazy: true });

export function isLazyField(extensions: Readonly<Record<string, unknown>> | null | undefined): boolean {
  return extensions?.lazy === true;
}
