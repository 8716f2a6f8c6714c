/** The GraphQL operations the bench sends (plain strings: what a client would put on the wire). */

export const CARD = `fragment Card on Product {
  id slug title brand inStock
  priceRange { min { amount currencyCode } max { amount currencyCode } }
  compareAtPriceRange { min { amount } max { amount } }
  rating { average count }
  categories { id name slug }
  images { url alt width height }
  variants { id sku title inStock price { amount } compareAtPrice { amount } options { name value } }
}`;

export const PRODUCTS_PAGE = `query ProductsPage {
  products(first: 20) { edges { cursor node { ...Card } } pageInfo { hasNextPage endCursor } }
}
${CARD}`;

export const PRODUCT_BY_SLUG = `query ProductBySlug($slug: String!) {
  product(slug: $slug) {
    id slug title description brand tags status taxClass createdAt updatedAt unitsSold inStock
    priceRange { min { amount currencyCode } max { amount currencyCode } }
    compareAtPriceRange { min { amount } max { amount } }
    rating { average count }
    categories { id name slug ancestors { id name slug } }
    images { id url alt width height renditions { width height url } }
    variants {
      id sku title position weightGrams inStock quantityAvailable
      options { name value } price { amount currencyCode } compareAtPrice { amount }
    }
  }
}`;

export const SEARCH = `query Search($query: String!) {
  products(first: 20, filter: { query: $query }) { totalCount nodes { ...Card } pageInfo { hasNextPage endCursor } }
}
${CARD}`;

export const FILTERED = `query Filtered($filter: ProductFilterInput!) {
  products(first: 20, filter: $filter, sort: POPULARITY) {
    totalCount
    facets {
      categories { category { id name slug } count }
      brands { value count }
      priceBuckets { min { amount } max { amount } count }
      ratings { minRating count }
      inStock
    }
    nodes { ...Card }
    pageInfo { hasNextPage endCursor }
  }
}
${CARD}`;

export const CART = `query Cart {
  cart {
    id itemCount hasBlockingWarnings
    lines {
      id quantity unitPrice { amount currencyCode } subtotal { amount } discount { amount } tax { amount } total { amount }
      variant { id sku title quantityAvailable options { name value } price { amount } }
      product { id slug title images { url alt width height } }
    }
    coupon { code applied }
    shippingAddress { name city country }
    shippingMethod { code name price { amount } }
    availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }
    totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate }
    warnings { code lineId message blocking }
  }
}`;

export const CART_ADD_ITEM = `mutation AddToCart($input: CartAddItemInput!) {
  cartAddItem(input: $input) {
    line { id quantity }
    cart { id itemCount totals { subtotal { amount } total { amount currencyCode } } }
    errors { field code message }
  }
}`;

export const CHECKOUT = `mutation Checkout($input: CheckoutCompleteInput!) {
  checkoutComplete(input: $input) {
    order { id number status paymentStatus totals { total { amount currencyCode } } lines { sku quantity total { amount } } }
    payment { id status cardBrand cardLast4 }
    errors { field code message }
  }
}`;
