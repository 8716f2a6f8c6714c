import { type GraphQLSchema, getOperationAST, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationMaxAge } from '../../src/graphql/cache-control.js';
import { buildStoreSchema } from '../../src/modules/index.js';

/** The response cache's static policy: the smallest max age over the selected fields, 0 when one is not public. */

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildStoreSchema();
});

function maxAge(text: string): number {
  const document = parse(text);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return operationMaxAge(schema, document, operation);
}

describe('operationMaxAge', () => {
  it('public catalog reads: 60 s, through fragments, connections, prices and facets', () => {
    expect(
      maxAge(`query { products(first: 2) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { ...Card } } facets { brands { value count } inStock } } }
        fragment Card on Product { __typename id slug title inStock rating { average }
          priceRange { min { amount currencyCode } } images { url renditions { width url } }
          variants { id inStock options { name value } price { amount } } categories { slug ancestors { slug } } }`),
    ).toBe(60);
    expect(
      maxAge('{ categories(flat: true) { id slug children { id } products(first: 1) { nodes { id } } } }'),
    ).toBe(60);
    expect(maxAge('{ product(slug: "x") { ... on Product { title } } }')).toBe(60);
  });

  it('figures that move with sales cap it at 10 s', () => {
    expect(maxAge('{ product(slug: "x") { title variants { quantityAvailable } } }')).toBe(10);
    expect(maxAge('{ products(first: 1) { nodes { unitsSold } } }')).toBe(10);
  });

  it('anything not marked public makes the operation uncacheable', () => {
    // A field another domain adds to Product, without a hint of its own.
    expect(maxAge('{ products(first: 1) { nodes { id reviews { totalCount } } } }')).toBe(0);
    expect(maxAge('{ cart { id } }')).toBe(0);
    expect(maxAge('{ me { id } }')).toBe(0);
    expect(maxAge('{ node(id: "x") { id } }')).toBe(0);
    expect(maxAge('{ adminProducts(first: 1) { nodes { id } } }')).toBe(0);
    expect(maxAge('{ products(first: 1) { nodes { id } } cart { id } }')).toBe(0);
    expect(maxAge('{ __schema { queryType { name } } }')).toBe(0);
    expect(maxAge('{ __typename }')).toBe(0);
  });

  it('mutations are never cacheable', () => {
    expect(maxAge('mutation { productDelete(input: { id: "x" }) { deletedId } }')).toBe(0);
  });
});
