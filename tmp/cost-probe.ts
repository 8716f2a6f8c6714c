import 'reflect-metadata';
import { getIntrospectionQuery, parse, getOperationAST } from 'graphql';
import { buildAppSchema } from '../src/graphql/schema.js';
import { analyzeOperation } from '../src/graphql/cost/operation-analysis.js';
const schema = await buildAppSchema();
const CARD = `fragment Card on Product {
  id slug title brand inStock
  priceRange { min { amount currencyCode } max { amount currencyCode } }
  compareAtPriceRange { min { amount } max { amount } }
  rating { average count }
  categories { id name slug }
  images { url alt width height }
  variants { id sku title inStock price { amount } compareAtPrice { amount } options { name value } }
}`;
const qs: Record<string,[string, any]> = {
  page: [`query ProductsPage { products(first: 20) { edges { cursor node { ...Card } } pageInfo { hasNextPage endCursor } } } ${CARD}`, {}],
  page100: [`query P($n:Int) { products(first: $n) { totalCount nodes { ...Card } } } ${CARD}`, {n:100}],
  filtered: [`query Filtered($filter: ProductFilterInput!) { products(first: 20, filter: $filter, sort: POPULARITY) { totalCount facets { categories { category { id name slug } count } brands { value count } priceBuckets { min { amount } max { amount } count } ratings { minRating count } inStock } nodes { ...Card } pageInfo { hasNextPage endCursor } } } ${CARD}`, {filter:{query:'x'}}],
  introspection: [getIntrospectionQuery(), {}],
  bomb8: [`{ products(first: 100) { nodes { variants { product { variants { product { variants { product { variants { id } } } } } } } } } }`, {}],
};
for (const [name, [q, v]] of Object.entries(qs)) {
  const doc = parse(q);
  const op = getOperationAST(doc)!;
  const m = analyzeOperation(schema, doc, op, v);
  const t = performance.now();
  for (let i = 0; i < 10000; i++) analyzeOperation(schema, doc, op, v);
  console.log(name, m, ((performance.now() - t) / 10000 * 1000).toFixed(2), 'us');
}
