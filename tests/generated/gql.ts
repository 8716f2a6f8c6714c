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
    "query DeletionAdminOrder($id: ID) {\n  order(id: $id) { id number customerId shippingAddress { name phone } billingAddress { name phone } } }": typeof types.DeletionAdminOrderDocument,
    "query DeletionAdminUser($id: ID!) {\n  user(id: $id) { id email name phone pendingEmail disabled deletedAt } }": typeof types.DeletionAdminUserDocument,
    "query CookieMe { me { id email name } }": typeof types.CookieMeDocument,
    "mutation CookieRename($input: AccountUpdateInput!) {\n  accountUpdate(input: $input) { user { id name } errors { code } } }": typeof types.CookieRenameDocument,
    "mutation CookieLogout { accountLogout { errors { code } } }": typeof types.CookieLogoutDocument,
    "mutation CookieRefresh {\n  accountTokenRefresh { accessToken refreshToken user { id } errors { code } } }": typeof types.CookieRefreshDocument,
    "query CookieCategories { categories(flat: true) { id slug } }": typeof types.CookieCategoriesDocument,
    "mutation ExportReviewEmailsOff {\n  reviewRequestEmailsSet(input: { enabled: false }) { enabled errors { code } } }": typeof types.ExportReviewEmailsOffDocument,
    "mutation AccountDelete($input: AccountDeleteInput!) {\n  accountDelete(input: $input) { deletedId errors { field code message } } }": typeof types.AccountDeleteDocument,
    "mutation UserDelete($input: UserDeleteInput!) {\n  userDelete(input: $input) { deletedId errors { field code message } } }": typeof types.UserDeleteDocument,
    "mutation AccountDataExport {\n  accountDataExport { url expiresAt errors { field code message } } }": typeof types.AccountDataExportDocument,
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
    "query AccountMailbox($to: String) {\n  devMailbox(filter: { to: $to }, first: 100) { totalCount nodes { subject text html status template to } }\n}": typeof types.AccountMailboxDocument,
    "query UserLastLogin($id: ID!) { user(id: $id) { id lastLoginAt } }": typeof types.UserLastLoginDocument,
    "query MeLastLogin { me { id lastLoginAt } }": typeof types.MeLastLoginDocument,
    "query UsersLastLogin($query: String) {\n  users(first: 5, filter: { query: $query }) { nodes { id email lastLoginAt } } }": typeof types.UsersLastLoginDocument,
    "mutation LastLoginWrongPassword($input: AccountLoginInput!) {\n        accountLogin(input: $input) { accessToken errors { code } } }": typeof types.LastLoginWrongPasswordDocument,
    "mutation LastLoginDisabled($input: AccountLoginInput!) {\n        accountLogin(input: $input) { accessToken errors { code } } }": typeof types.LastLoginDisabledDocument,
    "query AccountUsersTotal { users(first: 1) { totalCount } }": typeof types.AccountUsersTotalDocument,
    "query OidcProviders { oidcProviders { name displayName } }": typeof types.OidcProvidersDocument,
    "mutation OidcStart($input: AccountOidcStartInput!) {\n  accountOidcStart(input: $input) { authorizationUrl errors { field code message } }\n}": typeof types.OidcStartDocument,
    "mutation OidcComplete($input: AccountOidcCompleteInput!) {\n  accountOidcComplete(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email name emailVerified }\n    errors { field code message }\n  }\n}": typeof types.OidcCompleteDocument,
    "mutation IdentityLinkStart($input: AccountOidcStartInput!) {\n  accountIdentityLinkStart(input: $input) { authorizationUrl errors { field code message } }\n}": typeof types.IdentityLinkStartDocument,
    "mutation IdentityLinkComplete($input: AccountOidcCompleteInput!) {\n  accountIdentityLinkComplete(input: $input) {\n    identity { provider subject email emailVerified linkedAt }\n    errors { field code message }\n  }\n}": typeof types.IdentityLinkCompleteDocument,
    "mutation IdentityUnlink($input: AccountIdentityUnlinkInput!) {\n  accountIdentityUnlink(input: $input) { identity { provider subject } errors { field code message } }\n}": typeof types.IdentityUnlinkDocument,
    "query MeIdentities {\n  me { id email identities { provider subject email emailVerified linkedAt } }\n}": typeof types.MeIdentitiesDocument,
    "query UserIdentities($id: ID!) {\n  user(id: $id) { id identities { provider subject email } }\n}": typeof types.UserIdentitiesDocument,
    "query AccountMeDisabled { me { id disabled } }": typeof types.AccountMeDisabledDocument,
    "query AccountAdminUser($id: ID!) {\n  user(id: $id) { id email name role emailVerified disabled phone } }": typeof types.AccountAdminUserDocument,
    "fragment AddressFields on Address {\n  id name line1 line2 city region postalCode country phone\n  isDefaultShipping isDefaultBilling createdAt updatedAt }": typeof types.AddressFieldsFragmentDoc,
    "query AddressList { addresses { ...AddressFields } }": typeof types.AddressListDocument,
    "mutation AddressCreate($input: AddressCreateInput!) {\n  addressCreate(input: $input) {\n    address { ...AddressFields } addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }": typeof types.AddressCreateDocument,
    "mutation AddressUpdate($input: AddressUpdateInput!) {\n  addressUpdate(input: $input) { address { ...AddressFields } addresses { id } errors { field code message } } }": typeof types.AddressUpdateDocument,
    "mutation AddressDelete($input: AddressDeleteInput!) {\n  addressDelete(input: $input) { deletedId addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }": typeof types.AddressDeleteDocument,
    "mutation AddressSetDefault($input: AddressSetDefaultInput!) {\n  addressSetDefault(input: $input) {\n    address { ...AddressFields } addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }": typeof types.AddressSetDefaultDocument,
    "mutation AddressCreateId($input: AddressCreateInput!) {\n  addressCreate(input: $input) { address { id } } }": typeof types.AddressCreateIdDocument,
    "mutation CartAddWithoutQuantity($v: ID!) {\n  cartAddItem(input: { variantId: $v }) { cart { itemCount } errors { code } } }": typeof types.CartAddWithoutQuantityDocument,
    "mutation CartAddItemCount($input: CartAddItemInput!) {\n  cartAddItem(input: $input) { cart { itemCount } errors { code } } }": typeof types.CartAddItemCountDocument,
    "query CartBudgetFull($cartToken: String) {\n  cart(cartToken: $cartToken) { ...CartBudgetFields } }": typeof types.CartBudgetFullDocument,
    "mutation CartBudgetAddItem($v: ID!) {\n  cartAddItem(input: { variantId: $v, quantity: 1 }) { errors { code } cart { ...CartBudgetFields } } }": typeof types.CartBudgetAddItemDocument,
    "mutation CartTestAddressCreate($input: AddressCreateInput!) {\n  addressCreate(input: $input) { address { id } errors { field code message } } }": typeof types.CartTestAddressCreateDocument,
    "fragment CartFields on Cart {\n  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings\n  lines { id quantity\n    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } subtotal { amount }\n    discount { amount } tax { amount } total { amount }\n    variant { id sku quantityAvailable price { amount } }\n    product { id slug title status } }\n  coupon { code type percentage amount { amount } applied }\n  shippingAddress { name line1 city region postalCode country addressId }\n  shippingMethod { code price { amount } }\n  availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }\n  warnings { code lineId message blocking } }": typeof types.CartFieldsFragmentDoc,
    "fragment CartBudgetFields on Cart {\n  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings\n  lines {\n    id quantity addedAt\n    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } subtotal { amount }\n    discount { amount } tax { amount } total { amount }\n    variant { id sku title options { name value } price { amount } compareAtPrice { amount } inStock quantityAvailable\n      product { id slug } }\n    product { id slug title brand status taxClass\n      images { id url alt width height renditions { url width } }\n      categories { id slug name }\n      variants { id sku price { amount } }\n      priceRange { min { amount } max { amount } } inStock }\n  }\n  coupon { code type percentage amount { amount } minSubtotal { amount } applied }\n  shippingAddress { name line1 line2 city region postalCode country phone addressId }\n  shippingMethod { code name price { amount } estimatedDelivery { earliest latest } }\n  availableShippingMethods { code name description price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }\n  totals { subtotal { amount } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }\n  warnings { code lineId message blocking }\n}": typeof types.CartBudgetFieldsFragmentDoc,
    "query CartView($cartToken: String) { cart(cartToken: $cartToken) { ...CartFields } }": typeof types.CartViewDocument,
    "mutation CartCreate {\n  cartCreate { cartToken cart { ...CartFields } errors { field code message } } }": typeof types.CartCreateDocument,
    "mutation CartAddItem($input: CartAddItemInput!, $cartToken: String) {\n  cartAddItem(input: $input, cartToken: $cartToken) {\n    quantityAvailable line { id quantity } cart { ...CartFields } errors { field code message } } }": typeof types.CartAddItemDocument,
    "mutation CartUpdateItem($input: CartUpdateItemInput!, $cartToken: String) {\n  cartUpdateItem(input: $input, cartToken: $cartToken) {\n    quantityAvailable line { id quantity } cart { ...CartFields } errors { field code message } } }": typeof types.CartUpdateItemDocument,
    "mutation CartRemoveItem($input: CartRemoveItemInput!, $cartToken: String) {\n  cartRemoveItem(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": typeof types.CartRemoveItemDocument,
    "mutation CartClear($cartToken: String) {\n  cartClear(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": typeof types.CartClearDocument,
    "mutation CartAcceptChanges($cartToken: String) {\n  cartAcceptChanges(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": typeof types.CartAcceptChangesDocument,
    "mutation CartApplyCoupon($input: CartApplyCouponInput!, $cartToken: String) {\n  cartApplyCoupon(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": typeof types.CartApplyCouponDocument,
    "mutation CartRemoveCoupon($cartToken: String) {\n  cartRemoveCoupon(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": typeof types.CartRemoveCouponDocument,
    "mutation CartSetShippingAddress($input: CartSetShippingAddressInput!, $cartToken: String) {\n  cartSetShippingAddress(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": typeof types.CartSetShippingAddressDocument,
    "mutation CartSetShippingMethod($input: CartSetShippingMethodInput!, $cartToken: String) {\n  cartSetShippingMethod(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": typeof types.CartSetShippingMethodDocument,
    "mutation CartTestVariantUpdate($input: VariantUpdateInput!) {\n  variantUpdate(input: $input) { variant { id price { amount } } errors { field code message } } }": typeof types.CartTestVariantUpdateDocument,
    "mutation CartTestProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id status } errors { field code message } } }": typeof types.CartTestProductUpdateDocument,
    "mutation CartTestInventoryAdjust($input: InventoryAdjustInput!) {\n  inventoryAdjust(input: $input) { variant { id quantityAvailable } errors { field code message } } }": typeof types.CartTestInventoryAdjustDocument,
    "mutation CartTestShippingMethodCreate($input: ShippingMethodCreateInput!) {\n  shippingMethodCreate(input: $input) { shippingMethod { id code } errors { field code message } } }": typeof types.CartTestShippingMethodCreateDocument,
    "mutation CartTestShippingMethodUpdate($input: ShippingMethodUpdateInput!) {\n  shippingMethodUpdate(input: $input) { shippingMethod { id code active } errors { field code message } } }": typeof types.CartTestShippingMethodUpdateDocument,
    "mutation CartTestTaxRateCreate($input: TaxRateCreateInput!) {\n  taxRateCreate(input: $input) { taxRate { id } errors { field code message } } }": typeof types.CartTestTaxRateCreateDocument,
    "mutation CartTestCouponCreate($input: CouponCreateInput!) {\n  couponCreate(input: $input) { coupon { id code } errors { field code message } } }": typeof types.CartTestCouponCreateDocument,
    "mutation CartTestCouponUpdate($input: CouponUpdateInput!) {\n  couponUpdate(input: $input) { coupon { id code active } errors { field code message } } }": typeof types.CartTestCouponUpdateDocument,
    "query CatalogCategoryBySlug($slug: String) { category(slug: $slug) { id } }": typeof types.CatalogCategoryBySlugDocument,
    "query CatalogCategoryFamily($id: ID) {\n  category(id: $id) { children { id } ancestors { id } } }": typeof types.CatalogCategoryFamilyDocument,
    "query CatalogCategoryChildren($id: ID) { category(id: $id) { children { id } } }": typeof types.CatalogCategoryChildrenDocument,
    "query CatalogRootCategories { categories { id } }": typeof types.CatalogRootCategoriesDocument,
    "query CatalogLowStockDefault($first: Int) {\n  lowStockVariants(first: $first) { nodes { id } } }": typeof types.CatalogLowStockDefaultDocument,
    "query CatalogCategoryIds { categories(flat: true) { id } }": typeof types.CatalogCategoryIdsDocument,
    "query CatalogProductId($id: ID!) { product(id: $id) { id } }": typeof types.CatalogProductIdDocument,
    "fragment CatalogVariantFields on ProductVariant {\n  id sku title position quantityAvailable inStock weightGrams\n  options { name value } price { amount currencyCode } compareAtPrice { amount } }": typeof types.CatalogVariantFieldsFragmentDoc,
    "fragment CatalogProductFields on Product {\n  id slug title description brand tags status taxClass\n  priceRange { min { amount } max { amount } }\n  compareAtPriceRange { min { amount } max { amount } }\n  categories { id slug }\n  variants { ...CatalogVariantFields } }": typeof types.CatalogProductFieldsFragmentDoc,
    "mutation CatalogProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { ...CatalogProductFields } errors { field code message } } }": typeof types.CatalogProductCreateDocument,
    "mutation CatalogProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { ...CatalogProductFields } errors { field code message } } }": typeof types.CatalogProductUpdateDocument,
    "mutation CatalogProductDelete($input: DeleteInput!) {\n  productDelete(input: $input) { deletedId archivedProduct { id status } errors { field code message } } }": typeof types.CatalogProductDeleteDocument,
    "query CatalogProduct($id: ID!) { product(id: $id) { ...CatalogProductFields } }": typeof types.CatalogProductDocument,
    "query CatalogAdminProducts($filter: AdminProductFilterInput, $first: Int) {\n  adminProducts(first: $first, filter: $filter) { totalCount nodes { id slug title status } } }": typeof types.CatalogAdminProductsDocument,
    "mutation CatalogVariantCreate($input: VariantCreateInput!) {\n  variantCreate(input: $input) { variant { ...CatalogVariantFields } errors { field code message } } }": typeof types.CatalogVariantCreateDocument,
    "mutation CatalogVariantUpdate($input: VariantUpdateInput!) {\n  variantUpdate(input: $input) { variant { ...CatalogVariantFields } errors { field code message } } }": typeof types.CatalogVariantUpdateDocument,
    "mutation CatalogVariantDelete($input: DeleteInput!) {\n  variantDelete(input: $input) { deletedId errors { field code message } } }": typeof types.CatalogVariantDeleteDocument,
    "fragment CatalogCategoryFields on Category {\n  id slug name description position parent { id } }": typeof types.CatalogCategoryFieldsFragmentDoc,
    "mutation CatalogCategoryCreate($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }": typeof types.CatalogCategoryCreateDocument,
    "mutation CatalogCategoryUpdate($input: CategoryUpdateInput!) {\n  categoryUpdate(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }": typeof types.CatalogCategoryUpdateDocument,
    "mutation CatalogCategoryMove($input: CategoryMoveInput!) {\n  categoryMove(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }": typeof types.CatalogCategoryMoveDocument,
    "mutation CatalogCategoryDelete($input: CategoryDeleteInput!) {\n  categoryDelete(input: $input) { deletedId errors { field code message } } }": typeof types.CatalogCategoryDeleteDocument,
    "query CatalogCategoriesFlat {\n  categories(flat: true) { ...CatalogCategoryFields } }": typeof types.CatalogCategoriesFlatDocument,
    "mutation CatalogInventoryAdjust($input: InventoryAdjustInput!) {\n  inventoryAdjust(input: $input) {\n    variant { id quantityAvailable inStock }\n    movement { id delta reason note reference actorId createdAt }\n    errors { field code message }\n  } }": typeof types.CatalogInventoryAdjustDocument,
    "query CatalogStockMovements($variantId: ID!, $first: Int, $after: String) {\n  stockMovements(filter: { variantId: $variantId }, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { id delta reason note reference actorId createdAt }\n  } }": typeof types.CatalogStockMovementsDocument,
    "query CatalogLowStock($threshold: Int!, $first: Int, $after: String) {\n  lowStockVariants(filter: { threshold: $threshold }, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { id sku quantityAvailable }\n  } }": typeof types.CatalogLowStockDocument,
    "mutation SmokeCategoryCreate($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id slug } errors { code field message } } }": typeof types.SmokeCategoryCreateDocument,
    "mutation SmokeProductCreate($input: ProductCreateInput!) { productCreate(input: $input) { product { id slug status priceRange { min { amount } max { amount } } } errors { code field message } } }": typeof types.SmokeProductCreateDocument,
    "query SmokeSearch($filter: ProductFilterInput) { products(first: 10, filter: $filter) {\n  totalCount nodes { title inStock categories { slug } variants { sku price { amount } inStock } }\n  facets { brands { value count } categories { category { slug } count } priceBuckets { min { amount } count } ratings { minRating count } inStock }\n} }": typeof types.SmokeSearchDocument,
    "query SeedAllProducts {\n  adminProducts(first: 100) {\n    totalCount\n    nodes {\n      id slug title status brand tags createdAt\n      priceRange { min { amount } max { amount } }\n      rating { average count }\n      categories { id }\n      images { id }\n      variants { id sku options { name value } price { amount } compareAtPrice { amount } quantityAvailable }\n    }\n  }\n}": typeof types.SeedAllProductsDocument,
    "query SeedCategories { categories(flat: true) { id slug parent { id } children { id } ancestors { id } } }": typeof types.SeedCategoriesDocument,
    "fragment SeedLedger on StockMovementConnection { totalCount nodes { delta reason } }": typeof types.SeedLedgerFragmentDoc,
    "query SeedStorefront { products(first: 5) { totalCount facets { brands { value count } inStock } nodes { title } } }": typeof types.SeedStorefrontDocument,
    "query FacetIndexListing($filter: ProductFilterInput) {\n  products(filter: $filter, first: 1) {\n    totalCount totalCountIsExact\n    facets {\n      categories { category { id } count }\n      brands { value count }\n      priceBuckets { min { amount } count }\n      ratings { minRating count }\n      inStock\n    }\n  }\n}": typeof types.FacetIndexListingDocument,
    "query FacetIndexAdminListing($filter: AdminProductFilterInput) {\n  adminProducts(filter: $filter, first: 1) {\n    totalCount\n    facets { categories { category { id } count } brands { value count } priceBuckets { count } ratings { count } inStock }\n  }\n}": typeof types.FacetIndexAdminListingDocument,
    "query FacetRobustnessListing($filter: ProductFilterInput) {\n  products(filter: $filter, first: 5) {\n    totalCount totalCountIsExact\n    nodes { title }\n    facets {\n      categories { category { id } count }\n      brands { value count }\n      priceBuckets { min { amount } count }\n      ratings { minRating count }\n      inStock\n    }\n  }\n}": typeof types.FacetRobustnessListingDocument,
    "mutation FixtureCategoryCreate($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { id slug position } errors { field code message } }\n}": typeof types.FixtureCategoryCreateDocument,
    "mutation FixtureProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id slug status variants { id sku } } errors { field code message } }\n}": typeof types.FixtureProductCreateDocument,
    "mutation FixtureProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id status } errors { field code message } }\n}": typeof types.FixtureProductUpdateDocument,
    "mutation FixtureInventoryAdjust($input: InventoryAdjustInput!) {\n  inventoryAdjust(input: $input) { variant { id quantityAvailable } errors { field code message } }\n}": typeof types.FixtureInventoryAdjustDocument,
    "query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String, $last: Int, $before: String) {\n  products(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id title } }\n  }\n}": typeof types.ProductsDocument,
    "fragment StorefrontFacets on ProductConnection {\n  facets {\n    categories { category { id slug name } count }\n    brands { value count }\n    priceBuckets { min { amount currencyCode } max { amount currencyCode } count }\n    ratings { minRating count }\n    inStock\n  }\n}": typeof types.StorefrontFacetsFragmentDoc,
    "fragment ImageFields on ProductImage { id alt width height position url renditions { width height url } }": typeof types.ImageFieldsFragmentDoc,
    "mutation ImageUpload($input: ProductImageUploadInput!) {\n  productImageUpload(input: $input) {\n    image { ...ImageFields }\n    errors { field code message }\n  }\n}": typeof types.ImageUploadDocument,
    "mutation ImageProductCreate($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }": typeof types.ImageProductCreateDocument,
    "query ImageProduct($id: ID) { product(id: $id) { images { ...ImageFields } } }": typeof types.ImageProductDocument,
    "query ImageListing { products(first: 100) { nodes { id images { ...ImageFields } } } }": typeof types.ImageListingDocument,
    "query ImageOrder($id: ID) { product(id: $id) { images { id alt position } } }": typeof types.ImageOrderDocument,
    "mutation ImageReorder($input: ProductImagesReorderInput!) { productImagesReorder(input: $input) { images { id position } errors { code } } }": typeof types.ImageReorderDocument,
    "mutation ImageDelete($input: DeleteInput!) { productImageDelete(input: $input) { deletedId errors { code } } }": typeof types.ImageDeleteDocument,
    "query BreadcrumbProduct($slug: String, $id: ID) {\n  product(slug: $slug, id: $id) {\n    id\n    categories { id slug ancestors { id slug name ancestors { id } } }\n  }\n}": typeof types.BreadcrumbProductDocument,
    "query BreadcrumbEveryField($slug: String, $id: ID) {\n  product(slug: $slug, id: $id) {\n    id slug title description brand tags status taxClass createdAt updatedAt unitsSold inStock\n    priceRange { min { amount currencyCode } max { amount currencyCode } }\n    compareAtPriceRange { min { amount } max { amount } }\n    rating { average count histogram { stars count } }\n    categories { id slug name description position parent { id } }\n    images { id url alt width height position renditions { width height url } }\n    variants { id sku title position weightGrams inStock quantityAvailable\n      options { name value } price { amount currencyCode } compareAtPrice { amount } }\n  }\n}": typeof types.BreadcrumbEveryFieldDocument,
    "query BreadcrumbCategory($id: ID) {\n  category(id: $id) { ancestors { id slug name ancestors { id } } }\n}": typeof types.BreadcrumbCategoryDocument,
    "mutation BreadcrumbMove($input: CategoryMoveInput!) {\n  categoryMove(input: $input) { category { id } errors { code } }\n}": typeof types.BreadcrumbMoveDocument,
    "fragment BudgetProductPage on ProductConnection {\n  totalCount\n  edges { node {\n    id slug title brand tags\n    categories { id slug name }\n    variants { id sku title options { name value } price { amount currencyCode } compareAtPrice { amount } inStock quantityAvailable }\n    images { id url alt width height renditions { url width height } }\n    priceRange { min { amount currencyCode } max { amount currencyCode } }\n    compareAtPriceRange { min { amount } max { amount } }\n    rating { average count }\n    inStock\n  } }\n  ...StorefrontFacets\n}": typeof types.BudgetProductPageFragmentDoc,
    "query BudgetProducts($first: Int!, $after: String, $filter: ProductFilterInput, $sort: ProductSort) {\n  products(first: $first, after: $after, filter: $filter, sort: $sort) {\n    pageInfo { hasNextPage endCursor }\n    edges { cursor }\n    ...BudgetProductPage\n  }\n}": typeof types.BudgetProductsDocument,
    "query BudgetAdminProducts($first: Int!, $after: String, $filter: AdminProductFilterInput, $sort: ProductSort) {\n  adminProducts(first: $first, after: $after, filter: $filter, sort: $sort) {\n    pageInfo { hasNextPage endCursor }\n    edges { cursor }\n    ...BudgetProductPage\n  }\n}": typeof types.BudgetAdminProductsDocument,
    "query BudgetSearch($first: Int!, $after: String, $query: String!) {\n  products(first: $first, after: $after, filter: { query: $query }) {\n    totalCount totalCountIsExact\n    pageInfo { hasNextPage endCursor }\n    nodes { id variants { id } images { id } categories { id } }\n  }\n}": typeof types.BudgetSearchDocument,
    "query BudgetCategory($first: Int!) {\n  category(slug: \"sale\") {\n    id name parent { id } children { id } ancestors { id }\n    products(first: $first) { ...BudgetProductPage }\n  }\n}": typeof types.BudgetCategoryDocument,
    "query BudgetProductDetail($slug: String, $id: ID) {\n  product(slug: $slug, id: $id) {\n    id slug title description brand tags status createdAt updatedAt\n    rating { average count }\n    categories { id slug name }\n    variants { id sku title options { name value } price { amount } compareAtPrice { amount } inStock quantityAvailable\n      product { id title slug priceRange { min { amount } } } }\n    images { id url alt renditions { url width } }\n    priceRange { min { amount } max { amount } }\n    compareAtPriceRange { min { amount } max { amount } }\n    inStock\n  }\n}": typeof types.BudgetProductDetailDocument,
    "query BudgetTotal { products(first: 0) { totalCount } }": typeof types.BudgetTotalDocument,
    "query BudgetSale { category(slug: \"sale\") { id } }": typeof types.BudgetSaleDocument,
    "query TypoSearch($query: String!, $after: String) {\n  products(first: 100, after: $after, filter: { query: $query }) {\n    totalCount totalCountIsExact\n    nodes { title description }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.TypoSearchDocument,
    "query TypoAdminSearch($query: String!) {\n  adminProducts(first: 1, filter: { query: $query, status: [ACTIVE] }) { totalCount totalCountIsExact }\n}": typeof types.TypoAdminSearchDocument,
    "query TypoCategorySearch($slug: String!, $query: String!) {\n  category(slug: $slug) { products(first: 1, filter: { query: $query }) { totalCount totalCountIsExact } }\n}": typeof types.TypoCategorySearchDocument,
    "mutation TypoProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id } errors { code message } }\n}": typeof types.TypoProductCreateDocument,
    "mutation TypoProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id title } errors { code message } }\n}": typeof types.TypoProductUpdateDocument,
    "query StorefrontCategory($id: ID, $slug: String) {\n  category(id: $id, slug: $slug) {\n    id slug name description position\n    parent { id slug name }\n    children { id slug name }\n    ancestors { id slug name }\n    products(first: 100, sort: TITLE) { totalCount nodes { id } }\n  }\n}": typeof types.StorefrontCategoryDocument,
    "query StorefrontCategoryId($id: ID, $slug: String) { category(id: $id, slug: $slug) { id } }": typeof types.StorefrontCategoryIdDocument,
    "query StorefrontCategoryTree { category(slug: \"tents\") {\n  parent { slug parent { slug parent { slug } children { slug } } }\n  ancestors { slug children { slug } }\n} }": typeof types.StorefrontCategoryTreeDocument,
    "query StorefrontCategoryRoots { categories { slug position children { slug children { slug children { slug } } } } }": typeof types.StorefrontCategoryRootsDocument,
    "query StorefrontCategoriesFlat { categories(flat: true) { slug parent { slug } } }": typeof types.StorefrontCategoriesFlatDocument,
    "query StorefrontCategoriesNotFlat { categories(flat: false) { slug } }": typeof types.StorefrontCategoriesNotFlatDocument,
    "query StorefrontFacets($filter: ProductFilterInput) {\n  products(filter: $filter, first: 1) { totalCount ...StorefrontFacets } }": typeof types.StorefrontFacetsDocument,
    "query StorefrontCategoryFacets($slug: String!) {\n  category(slug: $slug) { products(first: 1) { totalCount ...StorefrontFacets } } }": typeof types.StorefrontCategoryFacetsDocument,
    "query StorefrontCategoryFiltered($slug: String!, $filter: ProductFilterInput) {\n      category(slug: $slug) { products(first: 100, filter: $filter) { totalCount nodes { id } } }\n    }": typeof types.StorefrontCategoryFilteredDocument,
    "query StorefrontCategoryPage($first: Int, $after: String, $last: Int, $before: String) {\n      category(slug: \"electronics\") {\n        products(sort: PRICE_DESC, first: $first, after: $after, last: $last, before: $before) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }\n        }\n      }\n    }": typeof types.StorefrontCategoryPageDocument,
    "query StorefrontDefaultPage { products { edges { node { id } } pageInfo { hasNextPage } } }": typeof types.StorefrontDefaultPageDocument,
    "fragment StorefrontProductFields on Product {\n  id slug title description brand tags status taxClass unitsSold createdAt updatedAt\n  rating { average count }\n  categories { id slug name }\n  variants {\n    id sku title position weightGrams\n    options { name value }\n    price { amount currencyCode }\n    compareAtPrice { amount currencyCode }\n    inStock quantityAvailable\n    product { id }\n  }\n  images { id }\n  priceRange { min { amount currencyCode } max { amount currencyCode } }\n  compareAtPriceRange { min { amount currencyCode } max { amount currencyCode } }\n  inStock\n}": typeof types.StorefrontProductFieldsFragmentDoc,
    "query StorefrontProductPage($id: ID, $slug: String) { product(id: $id, slug: $slug) { ...StorefrontProductFields } }": typeof types.StorefrontProductPageDocument,
    "query StorefrontProductListing { products(first: 100, sort: TITLE) { nodes { ...StorefrontProductFields } } }": typeof types.StorefrontProductListingDocument,
    "query VisibilityProduct($id: ID, $slug: String) { product(id: $id, slug: $slug) { id slug title status } }": typeof types.VisibilityProductDocument,
    "query VisibilityAdminProducts($filter: AdminProductFilterInput, $first: Int, $after: String) {\n  adminProducts(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } nodes { id status }\n  }\n}": typeof types.VisibilityAdminProductsDocument,
    "query VisibilityCategoryProducts($slug: String!) { category(slug: $slug) { products(first: 100) { totalCount nodes { id } } } }": typeof types.VisibilityCategoryProductsDocument,
    "query VisibilityVariantProducts($id: ID) { product(id: $id) { variants { product { id status } } } }": typeof types.VisibilityVariantProductsDocument,
    "query VisibilityBrandFacets { products(first: 0) { facets { brands { value } } } }": typeof types.VisibilityBrandFacetsDocument,
    "mutation CheckoutRefusalsAcceptChanges { cartAcceptChanges { cart { id } errors { code } } }": typeof types.CheckoutRefusalsAcceptChangesDocument,
    "mutation CheckoutRefusalsProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { errors { code } } }": typeof types.CheckoutRefusalsProductUpdateDocument,
    "mutation PartialCheckout($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields }\n    lines { cartLineId variantId productTitle variantTitle sku requestedQuantity boughtQuantity status }\n    errors { field code message } } }": typeof types.PartialCheckoutDocument,
    "fragment CheckoutOrderFields on Order {\n  id number status paymentStatus paymentMethod customerId couponCode note reservedUntil createdAt canCancel\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } }\n  shippingAddress { name line1 city region postalCode country phone }\n  billingAddress { name line1 city country }\n  shippingMethod { code name price { amount } minDeliveryDays maxDeliveryDays }\n  lines { id position productId variantId productTitle variantTitle sku options { name value } taxClass\n    unitPrice { amount } quantity subtotal { amount } discount { amount } tax { amount } total { amount } }\n  payments { id status method provider amount { amount } cardBrand cardLast4 failureCode failureMessage }\n  events { type fromStatus toStatus fromPaymentStatus toPaymentStatus actorKind reason } }": typeof types.CheckoutOrderFieldsFragmentDoc,
    "fragment CheckoutPaymentFields on Payment {\n  id orderId status method provider amount { amount currencyCode } refundedAmount { amount }\n  cardBrand cardLast4 failureCode failureMessage }": typeof types.CheckoutPaymentFieldsFragmentDoc,
    "mutation CheckoutComplete($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields } errors { field code message } } }": typeof types.CheckoutCompleteDocument,
    "query CheckoutOrder($id: ID, $number: String) {\n  order(id: $id, number: $number) { ...CheckoutOrderFields } }": typeof types.CheckoutOrderDocument,
    "\n  query StorefrontProducts($first: Int!, $after: String) {\n    products(first: $first, after: $after, sort: NEWEST) {\n      edges { cursor node { id slug title priceRange { min { amount currencyCode } max { amount currencyCode } } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }": typeof types.StorefrontProductsDocument,
    "\n  query StorefrontProduct($slug: String!) {\n    product(slug: $slug) {\n      id title description\n      priceRange { min { amount } max { amount currencyCode } }\n      rating { average count }\n      variants { id sku price { amount currencyCode } quantityAvailable }\n    }\n  }": typeof types.StorefrontProductDocument,
    "\n  fragment StorefrontCart on Cart {\n    id itemCount\n    lines { id quantity unitPrice { amount currencyCode } subtotal { amount } total { amount } variant { id } }\n    totals { subtotal { amount currencyCode } shipping { amount } tax { amount } total { amount currencyCode } }\n  }": typeof types.StorefrontCartFragmentDoc,
    "\n  mutation StorefrontAdd($input: CartAddItemInput!) {\n    cartAddItem(input: $input) { cart { ...StorefrontCart } errors { code message } }\n  }": typeof types.StorefrontAddDocument,
    "\n  query StorefrontCartView {\n    cart { ...StorefrontCart totals { discount { amount } taxIsEstimate } shippingMethod { code price { amount } } }\n  }": typeof types.StorefrontCartViewDocument,
    "\n  mutation StorefrontShipTo($address: AddressInput!) {\n    cartSetShippingAddress(input: { address: $address }) {\n      cart { id availableShippingMethods { code name price { amount } } } errors { code message }\n    }\n  }": typeof types.StorefrontShipToDocument,
    "\n  mutation StorefrontShipBy($code: String!) {\n    cartSetShippingMethod(input: { code: $code }) {\n      cart { ...StorefrontCart shippingMethod { code price { amount } } } errors { code message }\n    }\n  }": typeof types.StorefrontShipByDocument,
    "\n  mutation StorefrontCheckout($input: CheckoutCompleteInput!) {\n    checkoutComplete(input: $input) {\n      order { id number status totals { total { amount currencyCode } } lines { id quantity subtotal { amount } } }\n      errors { code message }\n    }\n  }": typeof types.StorefrontCheckoutDocument,
    "\n  subscription StorefrontOrderUpdated($orderId: ID!) {\n    orderUpdated(orderId: $orderId) { event { id type } order { id status } }\n  }": typeof types.StorefrontOrderUpdatedDocument,
    "\n  mutation StorefrontCancel($orderId: ID!) {\n    orderCancel(input: { orderId: $orderId }) { order { id status } errors { code message } }\n  }": typeof types.StorefrontCancelDocument,
    "\n  query StorefrontNode($id: ID!) { node(id: $id) { id ... on Order { number status } } }": typeof types.StorefrontNodeDocument,
    "query FulfillmentOrdersWithShipments { orders(first: 20) { totalCount edges { node {\n  id number status carrier trackingNumber\n  lines { id quantity }\n  shipments { id carrier trackingNumber status\n    lines { quantity orderLine { id sku } }\n    events { status note occurredAt } } } } } }": typeof types.FulfillmentOrdersWithShipmentsDocument,
    "query FulfillmentCanCancel($id: ID) { order(id: $id) { canCancel } }": typeof types.FulfillmentCanCancelDocument,
    "query FulfillmentTrackingFields { __type(name: \"OrderTracking\") { fields { name } } }": typeof types.FulfillmentTrackingFieldsDocument,
    "query FulfillmentOrderLines($id: ID!) {\n  order(id: $id) { id status lines { id quantity } } }": typeof types.FulfillmentOrderLinesDocument,
    "query FulfillmentOrderShipments($id: ID!) {\n  order(id: $id) { id status carrier trackingNumber shipments {\n    id carrier trackingNumber trackingUrl status createdAt updatedAt\n    lines { quantity orderLine { id sku } }\n    events { status note source occurredAt } } } }": typeof types.FulfillmentOrderShipmentsDocument,
    "query FulfillmentTracking($number: String!, $email: String!) {\n  orderTracking(number: $number, email: $email) {\n    number status placedAt items { productTitle variantTitle quantity }\n    shipments { carrier trackingNumber trackingUrl status items { productTitle quantity } events { status note source occurredAt } } } }": typeof types.FulfillmentTrackingDocument,
    "mutation SmtpVerify($input: AccountEmailVerifyInput!) {\n  accountEmailVerify(input: $input) { user { email emailVerified } errors { code } } }": typeof types.SmtpVerifyDocument,
    "query SmtpDevMailbox { devMailbox(first: 5) { totalCount nodes { to text } } }": typeof types.SmtpDevMailboxDocument,
    "mutation AtRestResetRequest($input: AccountPasswordResetRequestInput!) {\n  accountPasswordResetRequest(input: $input) { errors { code } } }": typeof types.AtRestResetRequestDocument,
    "mutation AtRestReset($input: AccountPasswordResetInput!) {\n  accountPasswordReset(input: $input) { errors { code } } }": typeof types.AtRestResetDocument,
    "query AccessLogProbe($q: String) {\n  products(first: 3, filter: { query: $q }) { nodes { id } } }": typeof types.AccessLogProbeDocument,
    "query AccessLogTypename { __typename }": typeof types.AccessLogTypenameDocument,
    "query MetricsProbe { products(first: 2) { nodes { id title } } }": typeof types.MetricsProbeDocument,
    "mutation MetricsBadLogin($input: AccountLoginInput!) {\n  accountLogin(input: $input) { errors { code } } }": typeof types.MetricsBadLoginDocument,
    "query MetricsAnonymousAdmin { adminProducts(first: 1) { nodes { id } } }": typeof types.MetricsAnonymousAdminDocument,
    "subscription MetricsOrderEvents { orderEvents { event { id } } }": typeof types.MetricsOrderEventsDocument,
    "query TracedProducts($q: String) {\n  products(first: 2, filter: { query: $q }) { nodes { id } } }": typeof types.TracedProductsDocument,
    "query BudgetOrders { orders(first: 20) { totalCount edges { cursor node {\n  id number status totals { total { amount } }\n  lines { id sku quantity total { amount } }\n  payments { id status }\n  events { type }\n  canCancel } } } }": typeof types.BudgetOrdersDocument,
    "query OwnershipOrders($first: Int, $after: String, $filter: OrderFilterInput) {\n  orders(first: $first, after: $after, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number status customerId } } } }": typeof types.OwnershipOrdersDocument,
    "query OwnershipPayments($first: Int, $after: String) {\n  payments(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } nodes { ...CheckoutPaymentFields order { id number } } } }": typeof types.OwnershipPaymentsDocument,
    "query OwnershipPayment($id: ID!) {\n  payment(id: $id) { ...CheckoutPaymentFields order { ...CheckoutOrderFields } } }": typeof types.OwnershipPaymentDocument,
    "fragment TransitionOrderFields on Order {\n  id number status paymentStatus paymentMethod carrier trackingNumber reservedUntil }": typeof types.TransitionOrderFieldsFragmentDoc,
    "mutation TransitionCheckout($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }": typeof types.TransitionCheckoutDocument,
    "mutation TransitionCancel($input: OrderCancelInput!) {\n  orderCancel(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }": typeof types.TransitionCancelDocument,
    "mutation TransitionPay($input: OrderPayInput!) {\n  orderPay(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }": typeof types.TransitionPayDocument,
    "mutation TransitionShipmentCreate($input: ShipmentCreateInput!) {\n  shipmentCreate(input: $input) {\n    shipment { id carrier trackingNumber trackingUrl status lines { quantity orderLine { id } } }\n    order { ...TransitionOrderFields } errors { field code message } } }": typeof types.TransitionShipmentCreateDocument,
    "mutation TransitionShipmentUpdateStatus($input: ShipmentUpdateStatusInput!) {\n  shipmentUpdateStatus(input: $input) {\n    shipment { id carrier trackingNumber trackingUrl status lines { quantity orderLine { id } } }\n    order { ...TransitionOrderFields } errors { field code message } } }": typeof types.TransitionShipmentUpdateStatusDocument,
    "mutation TransitionMarkCollected($input: OrderIdInput!) {\n  paymentMarkCollected(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }": typeof types.TransitionMarkCollectedDocument,
    "query AdminCliMe { me { name emailVerified role disabled } }": typeof types.AdminCliMeDocument,
    "query AdminCliUsers { users(first: 10) { totalCount nodes { email role } } }": typeof types.AdminCliUsersDocument,
    "mutation AuthUpdateName($input: AccountUpdateInput!) { accountUpdate(input: $input) { user { id name } errors { code } } }": typeof types.AuthUpdateNameDocument,
    "query AuthUsers { users(first: 50) { totalCount nodes { id email role } } }": typeof types.AuthUsersDocument,
    "query AuthUser($id: ID!) { user(id: $id) { id email role } }": typeof types.AuthUserDocument,
    "mutation AuthUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id role } errors { code } } }": typeof types.AuthUserUpdateDocument,
    "query AuthMailbox { devMailbox(first: 5) { totalCount nodes { to subject } } }": typeof types.AuthMailboxDocument,
    "query AuthMeAdminFields { me { id email disabled } }": typeof types.AuthMeAdminFieldsDocument,
    "query AuthMeName { me { name } }": typeof types.AuthMeNameDocument,
    "query AuthMePublic { me { id email } }": typeof types.AuthMePublicDocument,
    "query AuthMeCancellations { me { id cancellationCount } }": typeof types.AuthMeCancellationsDocument,
    "query AuthUserAdminFields($id: ID!) { user(id: $id) { disabled cancellationCount } }": typeof types.AuthUserAdminFieldsDocument,
    "mutation AuthLogoutAll { accountLogoutAll { revokedSessions errors { code } } }": typeof types.AuthLogoutAllDocument,
    "mutation AuthAccountDelete($input: AccountDeleteInput!) { accountDelete(input: $input) { deletedId errors { code } } }": typeof types.AuthAccountDeleteDocument,
    "mutation AuthUserDelete($input: UserDeleteInput!) { userDelete(input: $input) { deletedId errors { code } } }": typeof types.AuthUserDeleteDocument,
    "mutation AuthDataExport { accountDataExport { url errors { code } } }": typeof types.AuthDataExportDocument,
    "query LimitsListing($filter: ProductFilterInput) {\n  products(first: 5, filter: $filter) { totalCount nodes { id } }\n}": typeof types.LimitsListingDocument,
    "mutation LimitsProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id slug } errors { field code message } }\n}": typeof types.LimitsProductCreateDocument,
    "query LimitsProductCount { adminProducts(first: 1) { totalCount } }": typeof types.LimitsProductCountDocument,
    "mutation LimitsCouponCreate($input: CouponCreateInput!) {\n  couponCreate(input: $input) { coupon { id } errors { field code } } }": typeof types.LimitsCouponCreateDocument,
    "query LimitsCouponInputFields { __type(name: \"CouponCreateInput\") { inputFields { name description } } }": typeof types.LimitsCouponInputFieldsDocument,
    "query PreparedProductsPage($first: Int!) { products(first: $first) { nodes { id } } }": typeof types.PreparedProductsPageDocument,
    "query PreparedFilteredPage($filter: ProductFilterInput!) { products(first: 5, filter: $filter, sort: PRICE_ASC) { nodes { id } } }": typeof types.PreparedFilteredPageDocument,
    "query PreparedMe { me { id } }": typeof types.PreparedMeDocument,
    "query BudgetUsers { users(first: 100) { totalCount nodes { id email name role emailVerified disabled createdAt } } }": typeof types.BudgetUsersDocument,
    "query BudgetMe { me { id email name role emailVerified } }": typeof types.BudgetMeDocument,
    "query BudgetMeId { me { id } }": typeof types.BudgetMeIdDocument,
    "query ReplicaProduct($slug: String!) { product(slug: $slug) { id title } }": typeof types.ReplicaProductDocument,
    "query ReplicaProducts {\n  products(first: 10) { totalCount edges { node { id title variants { id sku price { amount } } categories { id name } } } }\n}": typeof types.ReplicaProductsDocument,
    "query ReplicaMyAddresses { addresses { id city } }": typeof types.ReplicaMyAddressesDocument,
    "mutation RedisLimitLogin($input: AccountLoginInput!) {\n    accountLogin(input: $input) { accessToken user { email } errors { code } }\n  }": typeof types.RedisLimitLoginDocument,
    "mutation RedisLimitRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) { user { id } errors { code } }\n  }": typeof types.RedisLimitRegisterDocument,
    "query RelayAccessNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Return { returnStatus: status }\n    ... on ReturnLine { returnQuantity: quantity }\n    ... on Shipment { trackingNumber }\n    ... on Refund { refundAmount: amount { amount } }\n    ... on ProductImage { alt }\n    ... on Category { slug }\n    ... on StockMovement { delta }\n    ... on Address { city }\n    ... on WishlistItem { addedAt }\n    ... on Coupon { code }\n    ... on TaxRate { rate }\n    ... on WebhookEndpoint { url }\n    ... on WebhookDelivery { eventType }\n    ... on MailMessage { subject }\n  } }": typeof types.RelayAccessNodeDocument,
    "query RelayAccessNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": typeof types.RelayAccessNodesDocument,
    "query RelayAccessOrderParts($id: ID!) {\n  order(id: $id) { id payments { id } shipments { id } returns { id lines { id } } refunds { id } } }": typeof types.RelayAccessOrderPartsDocument,
    "query RelayAccessImages($id: ID!) { product(id: $id) { id images { id } } }": typeof types.RelayAccessImagesDocument,
    "mutation RelayAccessDraft($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id } errors { code } } }": typeof types.RelayAccessDraftDocument,
    "mutation RelayAccessCategory($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { id } errors { code } } }": typeof types.RelayAccessCategoryDocument,
    "query RelayAccessCategoryById($id: ID!) { category(id: $id) { id slug } }": typeof types.RelayAccessCategoryByIdDocument,
    "query RelayAccessMovements($variantId: ID!) {\n  stockMovements(filter: { variantId: $variantId }, first: 1) { nodes { id } } }": typeof types.RelayAccessMovementsDocument,
    "query RelayAccessAddresses { addresses { id } }": typeof types.RelayAccessAddressesDocument,
    "mutation RelayAccessWishlistAdd($input: WishlistAddInput!) {\n  wishlistAdd(input: $input) { item { id } errors { code } } }": typeof types.RelayAccessWishlistAddDocument,
    "query RelayAccessWishlist { wishlist(first: 10) { nodes { id } } }": typeof types.RelayAccessWishlistDocument,
    "mutation RelayAccessWebhookCreate($input: WebhookCreateInput!) {\n  webhookCreate(input: $input) { webhook { id } errors { code message } } }": typeof types.RelayAccessWebhookCreateDocument,
    "query RelayAccessDeliveries($endpointId: ID!) {\n  webhookDeliveries(filter: { endpointId: $endpointId }, first: 10) { nodes { id } } }": typeof types.RelayAccessDeliveriesDocument,
    "query RelayAccessMailbox($to: String) { devMailbox(filter: { to: $to }, first: 1) { nodes { id } } }": typeof types.RelayAccessMailboxDocument,
    "query RelayNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Product { title productStatus: status }\n    ... on ProductVariant { sku product { id } }\n    ... on Order { number }\n    ... on OrderLine { quantity }\n    ... on OrderEvent { type }\n    ... on Payment { amount { amount } }\n    ... on User { email }\n    ... on Cart { itemCount }\n    ... on CartLine { quantity }\n    ... on ShippingMethod { code }\n  } }": typeof types.RelayNodeDocument,
    "query RelayNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": typeof types.RelayNodesDocument,
    "query RelayOrderParts($id: ID!) {\n  order(id: $id) { id lines { id } events { id } payments { id } } }": typeof types.RelayOrderPartsDocument,
    "query RelayAdminIds {\n  shippingMethods { id code }\n  me { id } }": typeof types.RelayAdminIdsDocument,
    "query RelayCartIds { cart { id lines { id } } }": typeof types.RelayCartIdsDocument,
    "mutation RelayAddToCart($input: CartAddItemInput!) {\n  cartAddItem(input: $input) { errors { code } } }": typeof types.RelayAddToCartDocument,
    "mutation RelayDraftCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id } errors { code message } } }": typeof types.RelayDraftCreateDocument,
    "query DeadlineListing { products(first: 5) { totalCount nodes { id title } } }": typeof types.DeadlineListingDocument,
    "query SharedCachedProduct($slug: String!) {\n  product(slug: $slug) { id title variants { inStock price { amount } } } }": typeof types.SharedCachedProductDocument,
    "mutation SharedCachedRename($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id title } errors { code } } }": typeof types.SharedCachedRenameDocument,
    "query CachedPage($first: Int) {\n  products(first: $first) { totalCount nodes { id slug title inStock priceRange { min { amount } }\n    variants { id inStock price { amount currencyCode } } categories { slug } images { url } } } }": typeof types.CachedPageDocument,
    "query CachedProduct($slug: String!) {\n  product(slug: $slug) { id title inStock variants { id inStock quantityAvailable } } }": typeof types.CachedProductDocument,
    "query CachedCategories { categories(flat: true) { id slug parent { id } } }": typeof types.CachedCategoriesDocument,
    "query UncachedReviews { products(first: 2) { nodes { id reviews { totalCount } } } }": typeof types.UncachedReviewsDocument,
    "mutation CachedProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id title } errors { code message } } }": typeof types.CachedProductUpdateDocument,
    "query ShutdownMe { me { email name role } }": typeof types.ShutdownMeDocument,
    "query ShutdownAdmins { users(filter: { role: ADMIN }) { totalCount nodes { email } } }": typeof types.ShutdownAdminsDocument,
    "query ShutdownEveryone { users { totalCount } }": typeof types.ShutdownEveryoneDocument,
    "query StatementTimeoutListing { products(first: 5) { nodes { id } } }": typeof types.StatementTimeoutListingDocument,
    "mutation PlatformUserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) { user { id role disabled } errors { field code message } }\n}": typeof types.PlatformUserUpdateDocument,
    "query PlatformUser($id: ID!) { user(id: $id) { id role disabled } }": typeof types.PlatformUserDocument,
    "query PlatformUsersCount { users(first: 1) { totalCount } }": typeof types.PlatformUsersCountDocument,
    "query PlatformActiveAdmins { users(filter: { role: ADMIN, disabled: false }) { totalCount } }": typeof types.PlatformActiveAdminsDocument,
    "query PlatformMeId { me { id } }": typeof types.PlatformMeIdDocument,
    "query PlatformMeRole { me { id role disabled } }": typeof types.PlatformMeRoleDocument,
    "mutation PlatformRefresh($input: AccountTokenRefreshInput) {\n  accountTokenRefresh(input: $input) { accessToken errors { code } } }": typeof types.PlatformRefreshDocument,
    "query PlatformUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilterInput) {\n  users(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n    edges { cursor node { id email name role disabled createdAt } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    totalCount\n  }\n}": typeof types.PlatformUsersDocument,
    "mutation PlatformUsersUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) { errors { code } } }": typeof types.PlatformUsersUpdateDocument,
    "query PlatformUsersOne($id: ID!) { user(id: $id) { id email name role disabled } }": typeof types.PlatformUsersOneDocument,
    "mutation PromotionCategoryDelete($input: CategoryDeleteInput!) {\n  categoryDelete(input: $input) { deletedId errors { code } } }": typeof types.PromotionCategoryDeleteDocument,
    "fragment PromotionCouponFields on Coupon {\n  id code type percentage amount { amount currencyCode } minSubtotal { amount currencyCode }\n  startsAt endsAt usageLimit perCustomerLimit usedCount categoryIds productIds\n  categories { id slug } products { id slug status } active createdAt updatedAt }": typeof types.PromotionCouponFieldsFragmentDoc,
    "mutation PromotionCouponCreate($input: CouponCreateInput!) {\n  couponCreate(input: $input) { coupon { ...PromotionCouponFields } errors { field code message } } }": typeof types.PromotionCouponCreateDocument,
    "mutation PromotionCouponUpdate($input: CouponUpdateInput!) {\n  couponUpdate(input: $input) { coupon { ...PromotionCouponFields } errors { field code message } } }": typeof types.PromotionCouponUpdateDocument,
    "mutation PromotionCouponDelete($input: CouponDeleteInput!) {\n  couponDelete(input: $input) { deletedId errors { field code message } } }": typeof types.PromotionCouponDeleteDocument,
    "query PromotionCoupon($id: ID!) { coupon(id: $id) { ...PromotionCouponFields } }": typeof types.PromotionCouponDocument,
    "query PromotionCoupons($first: Int, $after: String, $last: Int, $before: String, $filter: CouponFilterInput) {\n  coupons(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id code } }\n    nodes { id code active }\n  } }": typeof types.PromotionCouponsDocument,
    "fragment RefundFields on Refund {\n  id paymentId orderId amount { amount currencyCode } source reason returnId providerReference createdAt }": typeof types.RefundFieldsFragmentDoc,
    "mutation RefundPayment($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) {\n    refund { ...RefundFields }\n    payment { id status amount { amount currencyCode } refundedAmount { amount } }\n    order { ...TransitionOrderFields }\n    errors { field code message }\n  } }": typeof types.RefundPaymentDocument,
    "query RefundOrderMoney($id: ID!) {\n  order(id: $id) {\n    id status paymentStatus\n    payments { id status amount { amount currencyCode } refundedAmount { amount } refunds { ...RefundFields } }\n    refunds { ...RefundFields }\n  } }": typeof types.RefundOrderMoneyDocument,
    "query CustomerReport($input: CustomerReportInput!) {\n  customerReport(input: $input) {\n    from to timeZone bucket\n    totals { newCustomers orders buyers firstTimeBuyers returningBuyers repeatBuyers repeatPurchaseRate averageOrdersPerCustomer }\n    buckets { start end label newCustomers orders buyers firstTimeBuyers returningBuyers }\n  }\n}": typeof types.CustomerReportDocument,
    "query DashboardSummary($lowStockThreshold: Int) {\n  dashboardSummary(lowStockThreshold: $lowStockThreshold) {\n    timeZone generatedAt lowStockThreshold lowStockCount\n    today { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }\n      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }\n    last7Days { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }\n      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }\n    last30Days { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }\n      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }\n  }\n}": typeof types.DashboardSummaryDocument,
    "query InventoryMovements($filter: InventoryReportFilterInput, $period: StockMovementPeriodInput!) {\n  inventoryReport(filter: $filter) {\n    movements(input: $period) {\n      from to timeZone netUnits\n      reasons { reason units movements }\n      buckets { start end label netUnits reasons { reason units movements } }\n    }\n  }\n}": typeof types.InventoryMovementsDocument,
    "query InventoryStock($filter: InventoryReportFilterInput, $first: Int, $after: String) {\n  inventoryReport(filter: $filter) {\n    lowStockThreshold\n    totals { variants units value { amount currencyCode } lowStockCount }\n    items(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id sku quantityAvailable price { amount } stockValue { amount currencyCode } product { id } }\n    }\n  }\n}": typeof types.InventoryStockDocument,
    "query InventoryTotalsOnly { inventoryReport { totals { units } } }": typeof types.InventoryTotalsOnlyDocument,
    "query InventoryVariantStockValue($slug: String!) {\n  product(slug: $slug) { variants { id stockValue { amount } } } }": typeof types.InventoryVariantStockValueDocument,
    "query ReportSalesItemsWithoutCount($input: SalesReportInput!, $first: Int) {\n  salesReport(input: $input) { buckets { items(first: $first) { edges { cursor orderNumber } } } } }": typeof types.ReportSalesItemsWithoutCountDocument,
    "mutation ReportCategoryMove($input: CategoryMoveInput!) {\n  categoryMove(input: $input) { category { id } errors { code message } } }": typeof types.ReportCategoryMoveDocument,
    "query ReportTop($input: TopReportInput!, $from: String!, $to: String!) {\n  topProducts(input: $input) { productId product { id title } orders units gross { amount } refunds { amount } net { amount } }\n  topCategories(input: $input) { category { id } orders units net { amount } }\n  ordersByStatus(input: { from: $from, to: $to }) { status count } }": typeof types.ReportTopDocument,
    "query ReportSales($input: SalesReportInput!, $first: Int, $after: String) {\n  salesReport(input: $input) {\n    from to timeZone bucket\n    totals { ...ReportFigures }\n    buckets {\n      start end label ...ReportBucketFigures\n      items(first: $first, after: $after) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { cursor orderId orderNumber createdAt shipping { amount } tax { amount } total { amount }\n          refunded { amount } node { id productId variantId sku quantity subtotal { amount } discount { amount } } }\n      }\n    }\n  } }": typeof types.ReportSalesDocument,
    "fragment ReportFigures on SalesFigures {\n  orders units gross { amount currencyCode } discounts { amount } shipping { amount } tax { amount }\n  refunds { amount } net { amount } averageOrderValue { amount } }": typeof types.ReportFiguresFragmentDoc,
    "fragment ReportBucketFigures on SalesReportBucket {\n  orders units gross { amount currencyCode } discounts { amount } shipping { amount } tax { amount }\n  refunds { amount } net { amount } averageOrderValue { amount } }": typeof types.ReportBucketFiguresFragmentDoc,
    "mutation ReportCategoryCreate($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { id } errors { code message } } }": typeof types.ReportCategoryCreateDocument,
    "mutation ReportProductCategories($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { errors { code message } } }": typeof types.ReportProductCategoriesDocument,
    "query ReturnsBudgetList($first: Int) { returns(first: $first) { totalCount edges { node {\n  id status refundedAmount { amount }\n  lines { quantity orderLine { sku total { amount } } }\n  order { number refunds { amount { amount } source } payments { status refunds { amount { amount } } }\n          returns { id status } }\n} } } }": typeof types.ReturnsBudgetListDocument,
    "fragment ReturnFields on Return {\n  id orderId customerId status reason note refundedAmount { amount currencyCode } createdAt updatedAt\n  lines { id orderLineId quantity orderLine { id sku quantity } } }": typeof types.ReturnFieldsFragmentDoc,
    "mutation ReturnsRequest($input: ReturnRequestInput!) {\n  returnRequest(input: $input) { return { ...ReturnFields } errors { field code message } } }": typeof types.ReturnsRequestDocument,
    "mutation ReturnsApprove($input: ReturnDecisionInput!) {\n  returnApprove(input: $input) { return { ...ReturnFields } errors { field code message } } }": typeof types.ReturnsApproveDocument,
    "mutation ReturnsReject($input: ReturnDecisionInput!) {\n  returnReject(input: $input) { return { ...ReturnFields } errors { field code message } } }": typeof types.ReturnsRejectDocument,
    "mutation ReturnsReceive($input: ReturnIdInput!) {\n  returnReceive(input: $input) { return { ...ReturnFields } errors { field code message } } }": typeof types.ReturnsReceiveDocument,
    "query ReturnsList($filter: ReturnFilterInput, $first: Int, $after: String) {\n  returns(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status order { id number } } } } }": typeof types.ReturnsListDocument,
    "query ReturnsOfOrder($id: ID!) {\n  order(id: $id) { id returns { ...ReturnFields } } }": typeof types.ReturnsOfOrderDocument,
    "mutation ReturnsPaymentRefund($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) { errors { field code message } } }": typeof types.ReturnsPaymentRefundDocument,
    "query RatedProducts($filter: ProductFilterInput, $sort: ProductSort) {\n  products(first: 20, filter: $filter, sort: $sort) {\n    nodes { id rating { average count } }\n    facets { ratings { minRating count } } } }": typeof types.RatedProductsDocument,
    "query ReviewBudgetPage($first: Int!) {\n  products(first: $first, filter: { tags: [\"budget\"] }) {\n    nodes { id title rating { average count histogram { stars count } }\n      reviews(first: 3, sort: MOST_HELPFUL, filter: { withText: true }) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { cursor node { id rating title body authorName verifiedPurchase helpfulCount createdAt reply { body } } } } } } }": typeof types.ReviewBudgetPageDocument,
    "query ReviewBudgetUsers($first: Int!) {\n  users(first: $first, filter: { role: CUSTOMER }) {\n    nodes { id reviewRequestEmails reviews(first: 5) { totalCount edges { cursor node { id rating product { id title } } } } } } }": typeof types.ReviewBudgetUsersDocument,
    "mutation ReviewRequestAccountDelete($input: AccountDeleteInput!) {\n  accountDelete(input: $input) { deletedId errors { code } } }": typeof types.ReviewRequestAccountDeleteDocument,
    "query ReviewNode($id: ID!) {\n  node(id: $id) { ... on Review { id status rejectionReason rating } } }": typeof types.ReviewNodeDocument,
    "query MyReviews {\n  me { id reviewRequestEmails reviews(first: 10) { totalCount nodes { id status rejectionReason product { id } } } } }": typeof types.MyReviewsDocument,
    "query OrderLinesReviews($id: ID!) {\n  order(id: $id) { id status lines { id productId reviewable review { id rating status } } } }": typeof types.OrderLinesReviewsDocument,
    "mutation ReviewEmailsSet($input: ReviewRequestEmailsInput!) {\n  reviewRequestEmailsSet(input: $input) { enabled errors { code } } }": typeof types.ReviewEmailsSetDocument,
    "fragment ReviewFields on Review {\n  id rating title body authorName verifiedPurchase status rejectionReason helpfulCount unhelpfulCount\n  createdAt updatedAt reply { body repliedAt } product { id } }": typeof types.ReviewFieldsFragmentDoc,
    "mutation ReviewCreate($input: ReviewCreateInput!) {\n  reviewCreate(input: $input) { review { ...ReviewFields } errors { field code message } } }": typeof types.ReviewCreateDocument,
    "mutation ReviewUpdate($input: ReviewUpdateInput!) {\n  reviewUpdate(input: $input) { review { ...ReviewFields } errors { field code message } } }": typeof types.ReviewUpdateDocument,
    "mutation ReviewDelete($input: ReviewIdInput!) {\n  reviewDelete(input: $input) { deletedId errors { field code message } } }": typeof types.ReviewDeleteDocument,
    "mutation ReviewVote($input: ReviewVoteInput!) {\n  reviewVote(input: $input) { review { id helpfulCount unhelpfulCount } errors { field code message } } }": typeof types.ReviewVoteDocument,
    "mutation ReviewApprove($input: ReviewIdInput!) {\n  reviewApprove(input: $input) { review { ...ReviewFields } errors { field code message } } }": typeof types.ReviewApproveDocument,
    "mutation ReviewReject($input: ReviewRejectInput!) {\n  reviewReject(input: $input) { review { ...ReviewFields } errors { field code message } } }": typeof types.ReviewRejectDocument,
    "mutation ReviewReply($input: ReviewReplyInput!) {\n  reviewReply(input: $input) { review { ...ReviewFields } errors { field code message } } }": typeof types.ReviewReplyDocument,
    "query AdminReviews($filter: AdminReviewsFilterInput, $first: Int) {\n  reviews(filter: $filter, first: $first) { totalCount nodes { ...ReviewFields customerId } } }": typeof types.AdminReviewsDocument,
    "query ReviewProductRating($id: ID!) {\n  product(id: $id) { id rating { average count histogram { stars count } } } }": typeof types.ReviewProductRatingDocument,
    "query ProductReviews($id: ID!, $first: Int, $after: String,\n  $sort: ReviewSort, $filter: ProductReviewsFilterInput) {\n  product(id: $id) { id reviews(first: $first, after: $after, sort: $sort, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...ReviewFields } } } } }": typeof types.ProductReviewsDocument,
    "mutation ReviewTestRefund($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) { order { id status } errors { field code message } } }": typeof types.ReviewTestRefundDocument,
    "mutation ReviewTestCancel($input: OrderCancelInput!) {\n  orderCancel(input: $input) { order { id status } errors { field code message } } }": typeof types.ReviewTestCancelDocument,
    "mutation ReviewRegister($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id } errors { code } } }": typeof types.ReviewRegisterDocument,
    "query ShippingDemoProductCount { adminProducts(first: 1) { totalCount } }": typeof types.ShippingDemoProductCountDocument,
    "query ShippingActiveMethods {\n  shippingMethods(filter: { active: true }) { code active } }": typeof types.ShippingActiveMethodsDocument,
    "fragment ShippingMethodFields on ShippingMethod {\n  id code name description price { amount currencyCode } freeAbove { amount currencyCode }\n  minDeliveryDays maxDeliveryDays countries active position createdAt updatedAt }": typeof types.ShippingMethodFieldsFragmentDoc,
    "query ShippingAdminMethods($filter: ShippingMethodFilterInput) {\n  shippingMethods(filter: $filter) { ...ShippingMethodFields } }": typeof types.ShippingAdminMethodsDocument,
    "mutation ShippingMethodCreate($input: ShippingMethodCreateInput!) {\n  shippingMethodCreate(input: $input) { shippingMethod { ...ShippingMethodFields } errors { field code message } } }": typeof types.ShippingMethodCreateDocument,
    "mutation ShippingMethodUpdate($input: ShippingMethodUpdateInput!) {\n  shippingMethodUpdate(input: $input) { shippingMethod { ...ShippingMethodFields } errors { field code message } } }": typeof types.ShippingMethodUpdateDocument,
    "mutation ShippingMethodDelete($input: DeleteInput!) {\n  shippingMethodDelete(input: $input) { deletedId errors { field code message } } }": typeof types.ShippingMethodDeleteDocument,
    "fragment ShippingTaxRateFields on TaxRate {\n  id country region taxClass rate rateBasisPoints name createdAt updatedAt }": typeof types.ShippingTaxRateFieldsFragmentDoc,
    "query ShippingAdminTaxRates($filter: TaxRateFilterInput) {\n  taxRates(filter: $filter) { ...ShippingTaxRateFields } }": typeof types.ShippingAdminTaxRatesDocument,
    "mutation ShippingTaxRateCreate($input: TaxRateCreateInput!) {\n  taxRateCreate(input: $input) { taxRate { ...ShippingTaxRateFields } errors { field code message } } }": typeof types.ShippingTaxRateCreateDocument,
    "mutation ShippingTaxRateUpdate($input: TaxRateUpdateInput!) {\n  taxRateUpdate(input: $input) { taxRate { ...ShippingTaxRateFields } errors { field code message } } }": typeof types.ShippingTaxRateUpdateDocument,
    "mutation ShippingTaxRateDelete($input: DeleteInput!) {\n  taxRateDelete(input: $input) { deletedId errors { field code message } } }": typeof types.ShippingTaxRateDeleteDocument,
    "mutation SmokeRegister($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id email role emailVerified } errors { field code message } } }": typeof types.SmokeRegisterDocument,
    "mutation SmokeLogin($input: AccountLoginInput!) {\n  accountLogin(input: $input) { accessToken refreshToken user { email } errors { code } } }": typeof types.SmokeLoginDocument,
    "query SmokeMe { me { email name } }": typeof types.SmokeMeDocument,
    "fragment StripeOrderFields on Order {\n  id number status paymentStatus paymentMethod reservedUntil }": typeof types.StripeOrderFieldsFragmentDoc,
    "mutation StripeCheckout($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...StripeOrderFields }\n    payment { id status provider cardBrand cardLast4 }\n    clientSecret\n    errors { field code message }\n  } }": typeof types.StripeCheckoutDocument,
    "mutation StripePay($input: OrderPayInput!) {\n  orderPay(input: $input) { order { ...StripeOrderFields } clientSecret errors { field code message } } }": typeof types.StripePayDocument,
    "fragment SubscriptionUpdateFields on OrderUpdate {\n  event { id type fromStatus toStatus toPaymentStatus actorKind }\n  order { id number status paymentStatus customerId events { type } } }": typeof types.SubscriptionUpdateFieldsFragmentDoc,
    "subscription SubscriptionOrderUpdated($orderId: ID!) {\n  orderUpdated(orderId: $orderId) { ...SubscriptionUpdateFields } }": typeof types.SubscriptionOrderUpdatedDocument,
    "subscription SubscriptionOrderEvents {\n  orderEvents { ...SubscriptionUpdateFields } }": typeof types.SubscriptionOrderEventsDocument,
    "mutation Register($input: AccountRegisterInput!) {\n  accountRegister(input: $input) {\n    user { id email name role emailVerified pendingEmail }\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    errors { field code message }\n  }\n}": typeof types.RegisterDocument,
    "mutation Login($input: AccountLoginInput!) {\n  accountLogin(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email role }\n    errors { field code message }\n  }\n}": typeof types.LoginDocument,
    "query DevMailboxTo($to: String) {\n  devMailbox(filter: { to: $to }, first: 20) { nodes { subject text html status } }\n}": typeof types.DevMailboxToDocument,
    "query InputLimitsListing($f: ProductFilterInput) {\n  products(first: 1, filter: $f) { totalCount } }": typeof types.InputLimitsListingDocument,
    "mutation InputLimitsCouponCreate($i: CouponCreateInput!) {\n  couponCreate(input: $i) { errors { code } } }": typeof types.InputLimitsCouponCreateDocument,
    "query InputLimitsNested($b: [String!]) {\n  one: products(first: 1) { totalCount }\n  ... on Query { two: products(first: 1, filter: { brands: $b }) { totalCount } }\n}": typeof types.InputLimitsNestedDocument,
    "fragment WebhookEndpointFields on WebhookEndpoint {\n  id url events description active createdAt updatedAt }": typeof types.WebhookEndpointFieldsFragmentDoc,
    "mutation WebhookTestCreate($input: WebhookCreateInput!) {\n  webhookCreate(input: $input) { webhook { ...WebhookEndpointFields } secret errors { field code message } } }": typeof types.WebhookTestCreateDocument,
    "mutation WebhookTestUpdate($input: WebhookUpdateInput!) {\n  webhookUpdate(input: $input) { webhook { ...WebhookEndpointFields } errors { field code message } } }": typeof types.WebhookTestUpdateDocument,
    "mutation WebhookTestRotateSecret($input: WebhookIdInput!) {\n  webhookRotateSecret(input: $input) { webhook { ...WebhookEndpointFields } secret errors { field code message } } }": typeof types.WebhookTestRotateSecretDocument,
    "mutation WebhookTestDelete($input: WebhookIdInput!) {\n  webhookDelete(input: $input) { deletedId errors { field code message } } }": typeof types.WebhookTestDeleteDocument,
    "query WebhookTestList($first: Int, $after: String) {\n  webhooks(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } nodes { ...WebhookEndpointFields } } }": typeof types.WebhookTestListDocument,
    "query WebhookTestDeliveries($filter: WebhookDeliveryFilterInput!, $first: Int, $after: String) {\n  webhookDeliveries(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes {\n      id eventId eventType status attemptCount nextAttemptAt lastError body createdAt deliveredAt\n      attempts { attempt responseStatus error durationMs createdAt }\n    }\n  } }": typeof types.WebhookTestDeliveriesDocument,
    "query WishlistBudgetPage { wishlist(first: 20) {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { cursor node {\n    id addedAt available\n    product { id title status priceRange { min { amount } max { amount } } images { url alt } }\n    variant { id price { amount } inStock }\n  } }\n} }": typeof types.WishlistBudgetPageDocument,
    "fragment WishlistItemFields on WishlistItem {\n  id addedAt available\n  product { id title status }\n  variant { id sku price { amount } } }": typeof types.WishlistItemFieldsFragmentDoc,
    "query WishlistPage($first: Int, $after: String, $last: Int, $before: String) {\n  wishlist(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { ...WishlistItemFields } }\n  } }": typeof types.WishlistPageDocument,
    "mutation WishlistAdd($input: WishlistAddInput!) {\n  wishlistAdd(input: $input) { item { ...WishlistItemFields } errors { field code message } } }": typeof types.WishlistAddDocument,
    "mutation WishlistRemove($input: WishlistRemoveInput!) {\n  wishlistRemove(input: $input) { deletedId errors { field code message } } }": typeof types.WishlistRemoveDocument,
    "mutation WishlistMoveToCart($input: WishlistMoveToCartInput!) {\n  wishlistMoveToCart(input: $input) {\n    removedItemId quantityAvailable\n    cart { id itemCount lines { quantity variant { id } } }\n    errors { field code message }\n  } }": typeof types.WishlistMoveToCartDocument,
    "mutation WishlistTestVariantDelete($input: DeleteInput!) {\n  variantDelete(input: $input) { deletedId errors { code } } }": typeof types.WishlistTestVariantDeleteDocument,
};
const documents: Documents = {
    "query DeletionAdminOrder($id: ID) {\n  order(id: $id) { id number customerId shippingAddress { name phone } billingAddress { name phone } } }": types.DeletionAdminOrderDocument,
    "query DeletionAdminUser($id: ID!) {\n  user(id: $id) { id email name phone pendingEmail disabled deletedAt } }": types.DeletionAdminUserDocument,
    "query CookieMe { me { id email name } }": types.CookieMeDocument,
    "mutation CookieRename($input: AccountUpdateInput!) {\n  accountUpdate(input: $input) { user { id name } errors { code } } }": types.CookieRenameDocument,
    "mutation CookieLogout { accountLogout { errors { code } } }": types.CookieLogoutDocument,
    "mutation CookieRefresh {\n  accountTokenRefresh { accessToken refreshToken user { id } errors { code } } }": types.CookieRefreshDocument,
    "query CookieCategories { categories(flat: true) { id slug } }": types.CookieCategoriesDocument,
    "mutation ExportReviewEmailsOff {\n  reviewRequestEmailsSet(input: { enabled: false }) { enabled errors { code } } }": types.ExportReviewEmailsOffDocument,
    "mutation AccountDelete($input: AccountDeleteInput!) {\n  accountDelete(input: $input) { deletedId errors { field code message } } }": types.AccountDeleteDocument,
    "mutation UserDelete($input: UserDeleteInput!) {\n  userDelete(input: $input) { deletedId errors { field code message } } }": types.UserDeleteDocument,
    "mutation AccountDataExport {\n  accountDataExport { url expiresAt errors { field code message } } }": types.AccountDataExportDocument,
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
    "query AccountMailbox($to: String) {\n  devMailbox(filter: { to: $to }, first: 100) { totalCount nodes { subject text html status template to } }\n}": types.AccountMailboxDocument,
    "query UserLastLogin($id: ID!) { user(id: $id) { id lastLoginAt } }": types.UserLastLoginDocument,
    "query MeLastLogin { me { id lastLoginAt } }": types.MeLastLoginDocument,
    "query UsersLastLogin($query: String) {\n  users(first: 5, filter: { query: $query }) { nodes { id email lastLoginAt } } }": types.UsersLastLoginDocument,
    "mutation LastLoginWrongPassword($input: AccountLoginInput!) {\n        accountLogin(input: $input) { accessToken errors { code } } }": types.LastLoginWrongPasswordDocument,
    "mutation LastLoginDisabled($input: AccountLoginInput!) {\n        accountLogin(input: $input) { accessToken errors { code } } }": types.LastLoginDisabledDocument,
    "query AccountUsersTotal { users(first: 1) { totalCount } }": types.AccountUsersTotalDocument,
    "query OidcProviders { oidcProviders { name displayName } }": types.OidcProvidersDocument,
    "mutation OidcStart($input: AccountOidcStartInput!) {\n  accountOidcStart(input: $input) { authorizationUrl errors { field code message } }\n}": types.OidcStartDocument,
    "mutation OidcComplete($input: AccountOidcCompleteInput!) {\n  accountOidcComplete(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email name emailVerified }\n    errors { field code message }\n  }\n}": types.OidcCompleteDocument,
    "mutation IdentityLinkStart($input: AccountOidcStartInput!) {\n  accountIdentityLinkStart(input: $input) { authorizationUrl errors { field code message } }\n}": types.IdentityLinkStartDocument,
    "mutation IdentityLinkComplete($input: AccountOidcCompleteInput!) {\n  accountIdentityLinkComplete(input: $input) {\n    identity { provider subject email emailVerified linkedAt }\n    errors { field code message }\n  }\n}": types.IdentityLinkCompleteDocument,
    "mutation IdentityUnlink($input: AccountIdentityUnlinkInput!) {\n  accountIdentityUnlink(input: $input) { identity { provider subject } errors { field code message } }\n}": types.IdentityUnlinkDocument,
    "query MeIdentities {\n  me { id email identities { provider subject email emailVerified linkedAt } }\n}": types.MeIdentitiesDocument,
    "query UserIdentities($id: ID!) {\n  user(id: $id) { id identities { provider subject email } }\n}": types.UserIdentitiesDocument,
    "query AccountMeDisabled { me { id disabled } }": types.AccountMeDisabledDocument,
    "query AccountAdminUser($id: ID!) {\n  user(id: $id) { id email name role emailVerified disabled phone } }": types.AccountAdminUserDocument,
    "fragment AddressFields on Address {\n  id name line1 line2 city region postalCode country phone\n  isDefaultShipping isDefaultBilling createdAt updatedAt }": types.AddressFieldsFragmentDoc,
    "query AddressList { addresses { ...AddressFields } }": types.AddressListDocument,
    "mutation AddressCreate($input: AddressCreateInput!) {\n  addressCreate(input: $input) {\n    address { ...AddressFields } addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }": types.AddressCreateDocument,
    "mutation AddressUpdate($input: AddressUpdateInput!) {\n  addressUpdate(input: $input) { address { ...AddressFields } addresses { id } errors { field code message } } }": types.AddressUpdateDocument,
    "mutation AddressDelete($input: AddressDeleteInput!) {\n  addressDelete(input: $input) { deletedId addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }": types.AddressDeleteDocument,
    "mutation AddressSetDefault($input: AddressSetDefaultInput!) {\n  addressSetDefault(input: $input) {\n    address { ...AddressFields } addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }": types.AddressSetDefaultDocument,
    "mutation AddressCreateId($input: AddressCreateInput!) {\n  addressCreate(input: $input) { address { id } } }": types.AddressCreateIdDocument,
    "mutation CartAddWithoutQuantity($v: ID!) {\n  cartAddItem(input: { variantId: $v }) { cart { itemCount } errors { code } } }": types.CartAddWithoutQuantityDocument,
    "mutation CartAddItemCount($input: CartAddItemInput!) {\n  cartAddItem(input: $input) { cart { itemCount } errors { code } } }": types.CartAddItemCountDocument,
    "query CartBudgetFull($cartToken: String) {\n  cart(cartToken: $cartToken) { ...CartBudgetFields } }": types.CartBudgetFullDocument,
    "mutation CartBudgetAddItem($v: ID!) {\n  cartAddItem(input: { variantId: $v, quantity: 1 }) { errors { code } cart { ...CartBudgetFields } } }": types.CartBudgetAddItemDocument,
    "mutation CartTestAddressCreate($input: AddressCreateInput!) {\n  addressCreate(input: $input) { address { id } errors { field code message } } }": types.CartTestAddressCreateDocument,
    "fragment CartFields on Cart {\n  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings\n  lines { id quantity\n    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } subtotal { amount }\n    discount { amount } tax { amount } total { amount }\n    variant { id sku quantityAvailable price { amount } }\n    product { id slug title status } }\n  coupon { code type percentage amount { amount } applied }\n  shippingAddress { name line1 city region postalCode country addressId }\n  shippingMethod { code price { amount } }\n  availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }\n  warnings { code lineId message blocking } }": types.CartFieldsFragmentDoc,
    "fragment CartBudgetFields on Cart {\n  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings\n  lines {\n    id quantity addedAt\n    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } subtotal { amount }\n    discount { amount } tax { amount } total { amount }\n    variant { id sku title options { name value } price { amount } compareAtPrice { amount } inStock quantityAvailable\n      product { id slug } }\n    product { id slug title brand status taxClass\n      images { id url alt width height renditions { url width } }\n      categories { id slug name }\n      variants { id sku price { amount } }\n      priceRange { min { amount } max { amount } } inStock }\n  }\n  coupon { code type percentage amount { amount } minSubtotal { amount } applied }\n  shippingAddress { name line1 line2 city region postalCode country phone addressId }\n  shippingMethod { code name price { amount } estimatedDelivery { earliest latest } }\n  availableShippingMethods { code name description price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }\n  totals { subtotal { amount } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }\n  warnings { code lineId message blocking }\n}": types.CartBudgetFieldsFragmentDoc,
    "query CartView($cartToken: String) { cart(cartToken: $cartToken) { ...CartFields } }": types.CartViewDocument,
    "mutation CartCreate {\n  cartCreate { cartToken cart { ...CartFields } errors { field code message } } }": types.CartCreateDocument,
    "mutation CartAddItem($input: CartAddItemInput!, $cartToken: String) {\n  cartAddItem(input: $input, cartToken: $cartToken) {\n    quantityAvailable line { id quantity } cart { ...CartFields } errors { field code message } } }": types.CartAddItemDocument,
    "mutation CartUpdateItem($input: CartUpdateItemInput!, $cartToken: String) {\n  cartUpdateItem(input: $input, cartToken: $cartToken) {\n    quantityAvailable line { id quantity } cart { ...CartFields } errors { field code message } } }": types.CartUpdateItemDocument,
    "mutation CartRemoveItem($input: CartRemoveItemInput!, $cartToken: String) {\n  cartRemoveItem(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": types.CartRemoveItemDocument,
    "mutation CartClear($cartToken: String) {\n  cartClear(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": types.CartClearDocument,
    "mutation CartAcceptChanges($cartToken: String) {\n  cartAcceptChanges(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": types.CartAcceptChangesDocument,
    "mutation CartApplyCoupon($input: CartApplyCouponInput!, $cartToken: String) {\n  cartApplyCoupon(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": types.CartApplyCouponDocument,
    "mutation CartRemoveCoupon($cartToken: String) {\n  cartRemoveCoupon(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": types.CartRemoveCouponDocument,
    "mutation CartSetShippingAddress($input: CartSetShippingAddressInput!, $cartToken: String) {\n  cartSetShippingAddress(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": types.CartSetShippingAddressDocument,
    "mutation CartSetShippingMethod($input: CartSetShippingMethodInput!, $cartToken: String) {\n  cartSetShippingMethod(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }": types.CartSetShippingMethodDocument,
    "mutation CartTestVariantUpdate($input: VariantUpdateInput!) {\n  variantUpdate(input: $input) { variant { id price { amount } } errors { field code message } } }": types.CartTestVariantUpdateDocument,
    "mutation CartTestProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id status } errors { field code message } } }": types.CartTestProductUpdateDocument,
    "mutation CartTestInventoryAdjust($input: InventoryAdjustInput!) {\n  inventoryAdjust(input: $input) { variant { id quantityAvailable } errors { field code message } } }": types.CartTestInventoryAdjustDocument,
    "mutation CartTestShippingMethodCreate($input: ShippingMethodCreateInput!) {\n  shippingMethodCreate(input: $input) { shippingMethod { id code } errors { field code message } } }": types.CartTestShippingMethodCreateDocument,
    "mutation CartTestShippingMethodUpdate($input: ShippingMethodUpdateInput!) {\n  shippingMethodUpdate(input: $input) { shippingMethod { id code active } errors { field code message } } }": types.CartTestShippingMethodUpdateDocument,
    "mutation CartTestTaxRateCreate($input: TaxRateCreateInput!) {\n  taxRateCreate(input: $input) { taxRate { id } errors { field code message } } }": types.CartTestTaxRateCreateDocument,
    "mutation CartTestCouponCreate($input: CouponCreateInput!) {\n  couponCreate(input: $input) { coupon { id code } errors { field code message } } }": types.CartTestCouponCreateDocument,
    "mutation CartTestCouponUpdate($input: CouponUpdateInput!) {\n  couponUpdate(input: $input) { coupon { id code active } errors { field code message } } }": types.CartTestCouponUpdateDocument,
    "query CatalogCategoryBySlug($slug: String) { category(slug: $slug) { id } }": types.CatalogCategoryBySlugDocument,
    "query CatalogCategoryFamily($id: ID) {\n  category(id: $id) { children { id } ancestors { id } } }": types.CatalogCategoryFamilyDocument,
    "query CatalogCategoryChildren($id: ID) { category(id: $id) { children { id } } }": types.CatalogCategoryChildrenDocument,
    "query CatalogRootCategories { categories { id } }": types.CatalogRootCategoriesDocument,
    "query CatalogLowStockDefault($first: Int) {\n  lowStockVariants(first: $first) { nodes { id } } }": types.CatalogLowStockDefaultDocument,
    "query CatalogCategoryIds { categories(flat: true) { id } }": types.CatalogCategoryIdsDocument,
    "query CatalogProductId($id: ID!) { product(id: $id) { id } }": types.CatalogProductIdDocument,
    "fragment CatalogVariantFields on ProductVariant {\n  id sku title position quantityAvailable inStock weightGrams\n  options { name value } price { amount currencyCode } compareAtPrice { amount } }": types.CatalogVariantFieldsFragmentDoc,
    "fragment CatalogProductFields on Product {\n  id slug title description brand tags status taxClass\n  priceRange { min { amount } max { amount } }\n  compareAtPriceRange { min { amount } max { amount } }\n  categories { id slug }\n  variants { ...CatalogVariantFields } }": types.CatalogProductFieldsFragmentDoc,
    "mutation CatalogProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { ...CatalogProductFields } errors { field code message } } }": types.CatalogProductCreateDocument,
    "mutation CatalogProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { ...CatalogProductFields } errors { field code message } } }": types.CatalogProductUpdateDocument,
    "mutation CatalogProductDelete($input: DeleteInput!) {\n  productDelete(input: $input) { deletedId archivedProduct { id status } errors { field code message } } }": types.CatalogProductDeleteDocument,
    "query CatalogProduct($id: ID!) { product(id: $id) { ...CatalogProductFields } }": types.CatalogProductDocument,
    "query CatalogAdminProducts($filter: AdminProductFilterInput, $first: Int) {\n  adminProducts(first: $first, filter: $filter) { totalCount nodes { id slug title status } } }": types.CatalogAdminProductsDocument,
    "mutation CatalogVariantCreate($input: VariantCreateInput!) {\n  variantCreate(input: $input) { variant { ...CatalogVariantFields } errors { field code message } } }": types.CatalogVariantCreateDocument,
    "mutation CatalogVariantUpdate($input: VariantUpdateInput!) {\n  variantUpdate(input: $input) { variant { ...CatalogVariantFields } errors { field code message } } }": types.CatalogVariantUpdateDocument,
    "mutation CatalogVariantDelete($input: DeleteInput!) {\n  variantDelete(input: $input) { deletedId errors { field code message } } }": types.CatalogVariantDeleteDocument,
    "fragment CatalogCategoryFields on Category {\n  id slug name description position parent { id } }": types.CatalogCategoryFieldsFragmentDoc,
    "mutation CatalogCategoryCreate($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }": types.CatalogCategoryCreateDocument,
    "mutation CatalogCategoryUpdate($input: CategoryUpdateInput!) {\n  categoryUpdate(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }": types.CatalogCategoryUpdateDocument,
    "mutation CatalogCategoryMove($input: CategoryMoveInput!) {\n  categoryMove(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }": types.CatalogCategoryMoveDocument,
    "mutation CatalogCategoryDelete($input: CategoryDeleteInput!) {\n  categoryDelete(input: $input) { deletedId errors { field code message } } }": types.CatalogCategoryDeleteDocument,
    "query CatalogCategoriesFlat {\n  categories(flat: true) { ...CatalogCategoryFields } }": types.CatalogCategoriesFlatDocument,
    "mutation CatalogInventoryAdjust($input: InventoryAdjustInput!) {\n  inventoryAdjust(input: $input) {\n    variant { id quantityAvailable inStock }\n    movement { id delta reason note reference actorId createdAt }\n    errors { field code message }\n  } }": types.CatalogInventoryAdjustDocument,
    "query CatalogStockMovements($variantId: ID!, $first: Int, $after: String) {\n  stockMovements(filter: { variantId: $variantId }, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { id delta reason note reference actorId createdAt }\n  } }": types.CatalogStockMovementsDocument,
    "query CatalogLowStock($threshold: Int!, $first: Int, $after: String) {\n  lowStockVariants(filter: { threshold: $threshold }, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { id sku quantityAvailable }\n  } }": types.CatalogLowStockDocument,
    "mutation SmokeCategoryCreate($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id slug } errors { code field message } } }": types.SmokeCategoryCreateDocument,
    "mutation SmokeProductCreate($input: ProductCreateInput!) { productCreate(input: $input) { product { id slug status priceRange { min { amount } max { amount } } } errors { code field message } } }": types.SmokeProductCreateDocument,
    "query SmokeSearch($filter: ProductFilterInput) { products(first: 10, filter: $filter) {\n  totalCount nodes { title inStock categories { slug } variants { sku price { amount } inStock } }\n  facets { brands { value count } categories { category { slug } count } priceBuckets { min { amount } count } ratings { minRating count } inStock }\n} }": types.SmokeSearchDocument,
    "query SeedAllProducts {\n  adminProducts(first: 100) {\n    totalCount\n    nodes {\n      id slug title status brand tags createdAt\n      priceRange { min { amount } max { amount } }\n      rating { average count }\n      categories { id }\n      images { id }\n      variants { id sku options { name value } price { amount } compareAtPrice { amount } quantityAvailable }\n    }\n  }\n}": types.SeedAllProductsDocument,
    "query SeedCategories { categories(flat: true) { id slug parent { id } children { id } ancestors { id } } }": types.SeedCategoriesDocument,
    "fragment SeedLedger on StockMovementConnection { totalCount nodes { delta reason } }": types.SeedLedgerFragmentDoc,
    "query SeedStorefront { products(first: 5) { totalCount facets { brands { value count } inStock } nodes { title } } }": types.SeedStorefrontDocument,
    "query FacetIndexListing($filter: ProductFilterInput) {\n  products(filter: $filter, first: 1) {\n    totalCount totalCountIsExact\n    facets {\n      categories { category { id } count }\n      brands { value count }\n      priceBuckets { min { amount } count }\n      ratings { minRating count }\n      inStock\n    }\n  }\n}": types.FacetIndexListingDocument,
    "query FacetIndexAdminListing($filter: AdminProductFilterInput) {\n  adminProducts(filter: $filter, first: 1) {\n    totalCount\n    facets { categories { category { id } count } brands { value count } priceBuckets { count } ratings { count } inStock }\n  }\n}": types.FacetIndexAdminListingDocument,
    "query FacetRobustnessListing($filter: ProductFilterInput) {\n  products(filter: $filter, first: 5) {\n    totalCount totalCountIsExact\n    nodes { title }\n    facets {\n      categories { category { id } count }\n      brands { value count }\n      priceBuckets { min { amount } count }\n      ratings { minRating count }\n      inStock\n    }\n  }\n}": types.FacetRobustnessListingDocument,
    "mutation FixtureCategoryCreate($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { id slug position } errors { field code message } }\n}": types.FixtureCategoryCreateDocument,
    "mutation FixtureProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id slug status variants { id sku } } errors { field code message } }\n}": types.FixtureProductCreateDocument,
    "mutation FixtureProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id status } errors { field code message } }\n}": types.FixtureProductUpdateDocument,
    "mutation FixtureInventoryAdjust($input: InventoryAdjustInput!) {\n  inventoryAdjust(input: $input) { variant { id quantityAvailable } errors { field code message } }\n}": types.FixtureInventoryAdjustDocument,
    "query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String, $last: Int, $before: String) {\n  products(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id title } }\n  }\n}": types.ProductsDocument,
    "fragment StorefrontFacets on ProductConnection {\n  facets {\n    categories { category { id slug name } count }\n    brands { value count }\n    priceBuckets { min { amount currencyCode } max { amount currencyCode } count }\n    ratings { minRating count }\n    inStock\n  }\n}": types.StorefrontFacetsFragmentDoc,
    "fragment ImageFields on ProductImage { id alt width height position url renditions { width height url } }": types.ImageFieldsFragmentDoc,
    "mutation ImageUpload($input: ProductImageUploadInput!) {\n  productImageUpload(input: $input) {\n    image { ...ImageFields }\n    errors { field code message }\n  }\n}": types.ImageUploadDocument,
    "mutation ImageProductCreate($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }": types.ImageProductCreateDocument,
    "query ImageProduct($id: ID) { product(id: $id) { images { ...ImageFields } } }": types.ImageProductDocument,
    "query ImageListing { products(first: 100) { nodes { id images { ...ImageFields } } } }": types.ImageListingDocument,
    "query ImageOrder($id: ID) { product(id: $id) { images { id alt position } } }": types.ImageOrderDocument,
    "mutation ImageReorder($input: ProductImagesReorderInput!) { productImagesReorder(input: $input) { images { id position } errors { code } } }": types.ImageReorderDocument,
    "mutation ImageDelete($input: DeleteInput!) { productImageDelete(input: $input) { deletedId errors { code } } }": types.ImageDeleteDocument,
    "query BreadcrumbProduct($slug: String, $id: ID) {\n  product(slug: $slug, id: $id) {\n    id\n    categories { id slug ancestors { id slug name ancestors { id } } }\n  }\n}": types.BreadcrumbProductDocument,
    "query BreadcrumbEveryField($slug: String, $id: ID) {\n  product(slug: $slug, id: $id) {\n    id slug title description brand tags status taxClass createdAt updatedAt unitsSold inStock\n    priceRange { min { amount currencyCode } max { amount currencyCode } }\n    compareAtPriceRange { min { amount } max { amount } }\n    rating { average count histogram { stars count } }\n    categories { id slug name description position parent { id } }\n    images { id url alt width height position renditions { width height url } }\n    variants { id sku title position weightGrams inStock quantityAvailable\n      options { name value } price { amount currencyCode } compareAtPrice { amount } }\n  }\n}": types.BreadcrumbEveryFieldDocument,
    "query BreadcrumbCategory($id: ID) {\n  category(id: $id) { ancestors { id slug name ancestors { id } } }\n}": types.BreadcrumbCategoryDocument,
    "mutation BreadcrumbMove($input: CategoryMoveInput!) {\n  categoryMove(input: $input) { category { id } errors { code } }\n}": types.BreadcrumbMoveDocument,
    "fragment BudgetProductPage on ProductConnection {\n  totalCount\n  edges { node {\n    id slug title brand tags\n    categories { id slug name }\n    variants { id sku title options { name value } price { amount currencyCode } compareAtPrice { amount } inStock quantityAvailable }\n    images { id url alt width height renditions { url width height } }\n    priceRange { min { amount currencyCode } max { amount currencyCode } }\n    compareAtPriceRange { min { amount } max { amount } }\n    rating { average count }\n    inStock\n  } }\n  ...StorefrontFacets\n}": types.BudgetProductPageFragmentDoc,
    "query BudgetProducts($first: Int!, $after: String, $filter: ProductFilterInput, $sort: ProductSort) {\n  products(first: $first, after: $after, filter: $filter, sort: $sort) {\n    pageInfo { hasNextPage endCursor }\n    edges { cursor }\n    ...BudgetProductPage\n  }\n}": types.BudgetProductsDocument,
    "query BudgetAdminProducts($first: Int!, $after: String, $filter: AdminProductFilterInput, $sort: ProductSort) {\n  adminProducts(first: $first, after: $after, filter: $filter, sort: $sort) {\n    pageInfo { hasNextPage endCursor }\n    edges { cursor }\n    ...BudgetProductPage\n  }\n}": types.BudgetAdminProductsDocument,
    "query BudgetSearch($first: Int!, $after: String, $query: String!) {\n  products(first: $first, after: $after, filter: { query: $query }) {\n    totalCount totalCountIsExact\n    pageInfo { hasNextPage endCursor }\n    nodes { id variants { id } images { id } categories { id } }\n  }\n}": types.BudgetSearchDocument,
    "query BudgetCategory($first: Int!) {\n  category(slug: \"sale\") {\n    id name parent { id } children { id } ancestors { id }\n    products(first: $first) { ...BudgetProductPage }\n  }\n}": types.BudgetCategoryDocument,
    "query BudgetProductDetail($slug: String, $id: ID) {\n  product(slug: $slug, id: $id) {\n    id slug title description brand tags status createdAt updatedAt\n    rating { average count }\n    categories { id slug name }\n    variants { id sku title options { name value } price { amount } compareAtPrice { amount } inStock quantityAvailable\n      product { id title slug priceRange { min { amount } } } }\n    images { id url alt renditions { url width } }\n    priceRange { min { amount } max { amount } }\n    compareAtPriceRange { min { amount } max { amount } }\n    inStock\n  }\n}": types.BudgetProductDetailDocument,
    "query BudgetTotal { products(first: 0) { totalCount } }": types.BudgetTotalDocument,
    "query BudgetSale { category(slug: \"sale\") { id } }": types.BudgetSaleDocument,
    "query TypoSearch($query: String!, $after: String) {\n  products(first: 100, after: $after, filter: { query: $query }) {\n    totalCount totalCountIsExact\n    nodes { title description }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.TypoSearchDocument,
    "query TypoAdminSearch($query: String!) {\n  adminProducts(first: 1, filter: { query: $query, status: [ACTIVE] }) { totalCount totalCountIsExact }\n}": types.TypoAdminSearchDocument,
    "query TypoCategorySearch($slug: String!, $query: String!) {\n  category(slug: $slug) { products(first: 1, filter: { query: $query }) { totalCount totalCountIsExact } }\n}": types.TypoCategorySearchDocument,
    "mutation TypoProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id } errors { code message } }\n}": types.TypoProductCreateDocument,
    "mutation TypoProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id title } errors { code message } }\n}": types.TypoProductUpdateDocument,
    "query StorefrontCategory($id: ID, $slug: String) {\n  category(id: $id, slug: $slug) {\n    id slug name description position\n    parent { id slug name }\n    children { id slug name }\n    ancestors { id slug name }\n    products(first: 100, sort: TITLE) { totalCount nodes { id } }\n  }\n}": types.StorefrontCategoryDocument,
    "query StorefrontCategoryId($id: ID, $slug: String) { category(id: $id, slug: $slug) { id } }": types.StorefrontCategoryIdDocument,
    "query StorefrontCategoryTree { category(slug: \"tents\") {\n  parent { slug parent { slug parent { slug } children { slug } } }\n  ancestors { slug children { slug } }\n} }": types.StorefrontCategoryTreeDocument,
    "query StorefrontCategoryRoots { categories { slug position children { slug children { slug children { slug } } } } }": types.StorefrontCategoryRootsDocument,
    "query StorefrontCategoriesFlat { categories(flat: true) { slug parent { slug } } }": types.StorefrontCategoriesFlatDocument,
    "query StorefrontCategoriesNotFlat { categories(flat: false) { slug } }": types.StorefrontCategoriesNotFlatDocument,
    "query StorefrontFacets($filter: ProductFilterInput) {\n  products(filter: $filter, first: 1) { totalCount ...StorefrontFacets } }": types.StorefrontFacetsDocument,
    "query StorefrontCategoryFacets($slug: String!) {\n  category(slug: $slug) { products(first: 1) { totalCount ...StorefrontFacets } } }": types.StorefrontCategoryFacetsDocument,
    "query StorefrontCategoryFiltered($slug: String!, $filter: ProductFilterInput) {\n      category(slug: $slug) { products(first: 100, filter: $filter) { totalCount nodes { id } } }\n    }": types.StorefrontCategoryFilteredDocument,
    "query StorefrontCategoryPage($first: Int, $after: String, $last: Int, $before: String) {\n      category(slug: \"electronics\") {\n        products(sort: PRICE_DESC, first: $first, after: $after, last: $last, before: $before) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }\n        }\n      }\n    }": types.StorefrontCategoryPageDocument,
    "query StorefrontDefaultPage { products { edges { node { id } } pageInfo { hasNextPage } } }": types.StorefrontDefaultPageDocument,
    "fragment StorefrontProductFields on Product {\n  id slug title description brand tags status taxClass unitsSold createdAt updatedAt\n  rating { average count }\n  categories { id slug name }\n  variants {\n    id sku title position weightGrams\n    options { name value }\n    price { amount currencyCode }\n    compareAtPrice { amount currencyCode }\n    inStock quantityAvailable\n    product { id }\n  }\n  images { id }\n  priceRange { min { amount currencyCode } max { amount currencyCode } }\n  compareAtPriceRange { min { amount currencyCode } max { amount currencyCode } }\n  inStock\n}": types.StorefrontProductFieldsFragmentDoc,
    "query StorefrontProductPage($id: ID, $slug: String) { product(id: $id, slug: $slug) { ...StorefrontProductFields } }": types.StorefrontProductPageDocument,
    "query StorefrontProductListing { products(first: 100, sort: TITLE) { nodes { ...StorefrontProductFields } } }": types.StorefrontProductListingDocument,
    "query VisibilityProduct($id: ID, $slug: String) { product(id: $id, slug: $slug) { id slug title status } }": types.VisibilityProductDocument,
    "query VisibilityAdminProducts($filter: AdminProductFilterInput, $first: Int, $after: String) {\n  adminProducts(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } nodes { id status }\n  }\n}": types.VisibilityAdminProductsDocument,
    "query VisibilityCategoryProducts($slug: String!) { category(slug: $slug) { products(first: 100) { totalCount nodes { id } } } }": types.VisibilityCategoryProductsDocument,
    "query VisibilityVariantProducts($id: ID) { product(id: $id) { variants { product { id status } } } }": types.VisibilityVariantProductsDocument,
    "query VisibilityBrandFacets { products(first: 0) { facets { brands { value } } } }": types.VisibilityBrandFacetsDocument,
    "mutation CheckoutRefusalsAcceptChanges { cartAcceptChanges { cart { id } errors { code } } }": types.CheckoutRefusalsAcceptChangesDocument,
    "mutation CheckoutRefusalsProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { errors { code } } }": types.CheckoutRefusalsProductUpdateDocument,
    "mutation PartialCheckout($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields }\n    lines { cartLineId variantId productTitle variantTitle sku requestedQuantity boughtQuantity status }\n    errors { field code message } } }": types.PartialCheckoutDocument,
    "fragment CheckoutOrderFields on Order {\n  id number status paymentStatus paymentMethod customerId couponCode note reservedUntil createdAt canCancel\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } }\n  shippingAddress { name line1 city region postalCode country phone }\n  billingAddress { name line1 city country }\n  shippingMethod { code name price { amount } minDeliveryDays maxDeliveryDays }\n  lines { id position productId variantId productTitle variantTitle sku options { name value } taxClass\n    unitPrice { amount } quantity subtotal { amount } discount { amount } tax { amount } total { amount } }\n  payments { id status method provider amount { amount } cardBrand cardLast4 failureCode failureMessage }\n  events { type fromStatus toStatus fromPaymentStatus toPaymentStatus actorKind reason } }": types.CheckoutOrderFieldsFragmentDoc,
    "fragment CheckoutPaymentFields on Payment {\n  id orderId status method provider amount { amount currencyCode } refundedAmount { amount }\n  cardBrand cardLast4 failureCode failureMessage }": types.CheckoutPaymentFieldsFragmentDoc,
    "mutation CheckoutComplete($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields } errors { field code message } } }": types.CheckoutCompleteDocument,
    "query CheckoutOrder($id: ID, $number: String) {\n  order(id: $id, number: $number) { ...CheckoutOrderFields } }": types.CheckoutOrderDocument,
    "\n  query StorefrontProducts($first: Int!, $after: String) {\n    products(first: $first, after: $after, sort: NEWEST) {\n      edges { cursor node { id slug title priceRange { min { amount currencyCode } max { amount currencyCode } } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }": types.StorefrontProductsDocument,
    "\n  query StorefrontProduct($slug: String!) {\n    product(slug: $slug) {\n      id title description\n      priceRange { min { amount } max { amount currencyCode } }\n      rating { average count }\n      variants { id sku price { amount currencyCode } quantityAvailable }\n    }\n  }": types.StorefrontProductDocument,
    "\n  fragment StorefrontCart on Cart {\n    id itemCount\n    lines { id quantity unitPrice { amount currencyCode } subtotal { amount } total { amount } variant { id } }\n    totals { subtotal { amount currencyCode } shipping { amount } tax { amount } total { amount currencyCode } }\n  }": types.StorefrontCartFragmentDoc,
    "\n  mutation StorefrontAdd($input: CartAddItemInput!) {\n    cartAddItem(input: $input) { cart { ...StorefrontCart } errors { code message } }\n  }": types.StorefrontAddDocument,
    "\n  query StorefrontCartView {\n    cart { ...StorefrontCart totals { discount { amount } taxIsEstimate } shippingMethod { code price { amount } } }\n  }": types.StorefrontCartViewDocument,
    "\n  mutation StorefrontShipTo($address: AddressInput!) {\n    cartSetShippingAddress(input: { address: $address }) {\n      cart { id availableShippingMethods { code name price { amount } } } errors { code message }\n    }\n  }": types.StorefrontShipToDocument,
    "\n  mutation StorefrontShipBy($code: String!) {\n    cartSetShippingMethod(input: { code: $code }) {\n      cart { ...StorefrontCart shippingMethod { code price { amount } } } errors { code message }\n    }\n  }": types.StorefrontShipByDocument,
    "\n  mutation StorefrontCheckout($input: CheckoutCompleteInput!) {\n    checkoutComplete(input: $input) {\n      order { id number status totals { total { amount currencyCode } } lines { id quantity subtotal { amount } } }\n      errors { code message }\n    }\n  }": types.StorefrontCheckoutDocument,
    "\n  subscription StorefrontOrderUpdated($orderId: ID!) {\n    orderUpdated(orderId: $orderId) { event { id type } order { id status } }\n  }": types.StorefrontOrderUpdatedDocument,
    "\n  mutation StorefrontCancel($orderId: ID!) {\n    orderCancel(input: { orderId: $orderId }) { order { id status } errors { code message } }\n  }": types.StorefrontCancelDocument,
    "\n  query StorefrontNode($id: ID!) { node(id: $id) { id ... on Order { number status } } }": types.StorefrontNodeDocument,
    "query FulfillmentOrdersWithShipments { orders(first: 20) { totalCount edges { node {\n  id number status carrier trackingNumber\n  lines { id quantity }\n  shipments { id carrier trackingNumber status\n    lines { quantity orderLine { id sku } }\n    events { status note occurredAt } } } } } }": types.FulfillmentOrdersWithShipmentsDocument,
    "query FulfillmentCanCancel($id: ID) { order(id: $id) { canCancel } }": types.FulfillmentCanCancelDocument,
    "query FulfillmentTrackingFields { __type(name: \"OrderTracking\") { fields { name } } }": types.FulfillmentTrackingFieldsDocument,
    "query FulfillmentOrderLines($id: ID!) {\n  order(id: $id) { id status lines { id quantity } } }": types.FulfillmentOrderLinesDocument,
    "query FulfillmentOrderShipments($id: ID!) {\n  order(id: $id) { id status carrier trackingNumber shipments {\n    id carrier trackingNumber trackingUrl status createdAt updatedAt\n    lines { quantity orderLine { id sku } }\n    events { status note source occurredAt } } } }": types.FulfillmentOrderShipmentsDocument,
    "query FulfillmentTracking($number: String!, $email: String!) {\n  orderTracking(number: $number, email: $email) {\n    number status placedAt items { productTitle variantTitle quantity }\n    shipments { carrier trackingNumber trackingUrl status items { productTitle quantity } events { status note source occurredAt } } } }": types.FulfillmentTrackingDocument,
    "mutation SmtpVerify($input: AccountEmailVerifyInput!) {\n  accountEmailVerify(input: $input) { user { email emailVerified } errors { code } } }": types.SmtpVerifyDocument,
    "query SmtpDevMailbox { devMailbox(first: 5) { totalCount nodes { to text } } }": types.SmtpDevMailboxDocument,
    "mutation AtRestResetRequest($input: AccountPasswordResetRequestInput!) {\n  accountPasswordResetRequest(input: $input) { errors { code } } }": types.AtRestResetRequestDocument,
    "mutation AtRestReset($input: AccountPasswordResetInput!) {\n  accountPasswordReset(input: $input) { errors { code } } }": types.AtRestResetDocument,
    "query AccessLogProbe($q: String) {\n  products(first: 3, filter: { query: $q }) { nodes { id } } }": types.AccessLogProbeDocument,
    "query AccessLogTypename { __typename }": types.AccessLogTypenameDocument,
    "query MetricsProbe { products(first: 2) { nodes { id title } } }": types.MetricsProbeDocument,
    "mutation MetricsBadLogin($input: AccountLoginInput!) {\n  accountLogin(input: $input) { errors { code } } }": types.MetricsBadLoginDocument,
    "query MetricsAnonymousAdmin { adminProducts(first: 1) { nodes { id } } }": types.MetricsAnonymousAdminDocument,
    "subscription MetricsOrderEvents { orderEvents { event { id } } }": types.MetricsOrderEventsDocument,
    "query TracedProducts($q: String) {\n  products(first: 2, filter: { query: $q }) { nodes { id } } }": types.TracedProductsDocument,
    "query BudgetOrders { orders(first: 20) { totalCount edges { cursor node {\n  id number status totals { total { amount } }\n  lines { id sku quantity total { amount } }\n  payments { id status }\n  events { type }\n  canCancel } } } }": types.BudgetOrdersDocument,
    "query OwnershipOrders($first: Int, $after: String, $filter: OrderFilterInput) {\n  orders(first: $first, after: $after, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number status customerId } } } }": types.OwnershipOrdersDocument,
    "query OwnershipPayments($first: Int, $after: String) {\n  payments(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } nodes { ...CheckoutPaymentFields order { id number } } } }": types.OwnershipPaymentsDocument,
    "query OwnershipPayment($id: ID!) {\n  payment(id: $id) { ...CheckoutPaymentFields order { ...CheckoutOrderFields } } }": types.OwnershipPaymentDocument,
    "fragment TransitionOrderFields on Order {\n  id number status paymentStatus paymentMethod carrier trackingNumber reservedUntil }": types.TransitionOrderFieldsFragmentDoc,
    "mutation TransitionCheckout($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }": types.TransitionCheckoutDocument,
    "mutation TransitionCancel($input: OrderCancelInput!) {\n  orderCancel(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }": types.TransitionCancelDocument,
    "mutation TransitionPay($input: OrderPayInput!) {\n  orderPay(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }": types.TransitionPayDocument,
    "mutation TransitionShipmentCreate($input: ShipmentCreateInput!) {\n  shipmentCreate(input: $input) {\n    shipment { id carrier trackingNumber trackingUrl status lines { quantity orderLine { id } } }\n    order { ...TransitionOrderFields } errors { field code message } } }": types.TransitionShipmentCreateDocument,
    "mutation TransitionShipmentUpdateStatus($input: ShipmentUpdateStatusInput!) {\n  shipmentUpdateStatus(input: $input) {\n    shipment { id carrier trackingNumber trackingUrl status lines { quantity orderLine { id } } }\n    order { ...TransitionOrderFields } errors { field code message } } }": types.TransitionShipmentUpdateStatusDocument,
    "mutation TransitionMarkCollected($input: OrderIdInput!) {\n  paymentMarkCollected(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }": types.TransitionMarkCollectedDocument,
    "query AdminCliMe { me { name emailVerified role disabled } }": types.AdminCliMeDocument,
    "query AdminCliUsers { users(first: 10) { totalCount nodes { email role } } }": types.AdminCliUsersDocument,
    "mutation AuthUpdateName($input: AccountUpdateInput!) { accountUpdate(input: $input) { user { id name } errors { code } } }": types.AuthUpdateNameDocument,
    "query AuthUsers { users(first: 50) { totalCount nodes { id email role } } }": types.AuthUsersDocument,
    "query AuthUser($id: ID!) { user(id: $id) { id email role } }": types.AuthUserDocument,
    "mutation AuthUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id role } errors { code } } }": types.AuthUserUpdateDocument,
    "query AuthMailbox { devMailbox(first: 5) { totalCount nodes { to subject } } }": types.AuthMailboxDocument,
    "query AuthMeAdminFields { me { id email disabled } }": types.AuthMeAdminFieldsDocument,
    "query AuthMeName { me { name } }": types.AuthMeNameDocument,
    "query AuthMePublic { me { id email } }": types.AuthMePublicDocument,
    "query AuthMeCancellations { me { id cancellationCount } }": types.AuthMeCancellationsDocument,
    "query AuthUserAdminFields($id: ID!) { user(id: $id) { disabled cancellationCount } }": types.AuthUserAdminFieldsDocument,
    "mutation AuthLogoutAll { accountLogoutAll { revokedSessions errors { code } } }": types.AuthLogoutAllDocument,
    "mutation AuthAccountDelete($input: AccountDeleteInput!) { accountDelete(input: $input) { deletedId errors { code } } }": types.AuthAccountDeleteDocument,
    "mutation AuthUserDelete($input: UserDeleteInput!) { userDelete(input: $input) { deletedId errors { code } } }": types.AuthUserDeleteDocument,
    "mutation AuthDataExport { accountDataExport { url errors { code } } }": types.AuthDataExportDocument,
    "query LimitsListing($filter: ProductFilterInput) {\n  products(first: 5, filter: $filter) { totalCount nodes { id } }\n}": types.LimitsListingDocument,
    "mutation LimitsProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id slug } errors { field code message } }\n}": types.LimitsProductCreateDocument,
    "query LimitsProductCount { adminProducts(first: 1) { totalCount } }": types.LimitsProductCountDocument,
    "mutation LimitsCouponCreate($input: CouponCreateInput!) {\n  couponCreate(input: $input) { coupon { id } errors { field code } } }": types.LimitsCouponCreateDocument,
    "query LimitsCouponInputFields { __type(name: \"CouponCreateInput\") { inputFields { name description } } }": types.LimitsCouponInputFieldsDocument,
    "query PreparedProductsPage($first: Int!) { products(first: $first) { nodes { id } } }": types.PreparedProductsPageDocument,
    "query PreparedFilteredPage($filter: ProductFilterInput!) { products(first: 5, filter: $filter, sort: PRICE_ASC) { nodes { id } } }": types.PreparedFilteredPageDocument,
    "query PreparedMe { me { id } }": types.PreparedMeDocument,
    "query BudgetUsers { users(first: 100) { totalCount nodes { id email name role emailVerified disabled createdAt } } }": types.BudgetUsersDocument,
    "query BudgetMe { me { id email name role emailVerified } }": types.BudgetMeDocument,
    "query BudgetMeId { me { id } }": types.BudgetMeIdDocument,
    "query ReplicaProduct($slug: String!) { product(slug: $slug) { id title } }": types.ReplicaProductDocument,
    "query ReplicaProducts {\n  products(first: 10) { totalCount edges { node { id title variants { id sku price { amount } } categories { id name } } } }\n}": types.ReplicaProductsDocument,
    "query ReplicaMyAddresses { addresses { id city } }": types.ReplicaMyAddressesDocument,
    "mutation RedisLimitLogin($input: AccountLoginInput!) {\n    accountLogin(input: $input) { accessToken user { email } errors { code } }\n  }": types.RedisLimitLoginDocument,
    "mutation RedisLimitRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) { user { id } errors { code } }\n  }": types.RedisLimitRegisterDocument,
    "query RelayAccessNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Return { returnStatus: status }\n    ... on ReturnLine { returnQuantity: quantity }\n    ... on Shipment { trackingNumber }\n    ... on Refund { refundAmount: amount { amount } }\n    ... on ProductImage { alt }\n    ... on Category { slug }\n    ... on StockMovement { delta }\n    ... on Address { city }\n    ... on WishlistItem { addedAt }\n    ... on Coupon { code }\n    ... on TaxRate { rate }\n    ... on WebhookEndpoint { url }\n    ... on WebhookDelivery { eventType }\n    ... on MailMessage { subject }\n  } }": types.RelayAccessNodeDocument,
    "query RelayAccessNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": types.RelayAccessNodesDocument,
    "query RelayAccessOrderParts($id: ID!) {\n  order(id: $id) { id payments { id } shipments { id } returns { id lines { id } } refunds { id } } }": types.RelayAccessOrderPartsDocument,
    "query RelayAccessImages($id: ID!) { product(id: $id) { id images { id } } }": types.RelayAccessImagesDocument,
    "mutation RelayAccessDraft($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id } errors { code } } }": types.RelayAccessDraftDocument,
    "mutation RelayAccessCategory($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { id } errors { code } } }": types.RelayAccessCategoryDocument,
    "query RelayAccessCategoryById($id: ID!) { category(id: $id) { id slug } }": types.RelayAccessCategoryByIdDocument,
    "query RelayAccessMovements($variantId: ID!) {\n  stockMovements(filter: { variantId: $variantId }, first: 1) { nodes { id } } }": types.RelayAccessMovementsDocument,
    "query RelayAccessAddresses { addresses { id } }": types.RelayAccessAddressesDocument,
    "mutation RelayAccessWishlistAdd($input: WishlistAddInput!) {\n  wishlistAdd(input: $input) { item { id } errors { code } } }": types.RelayAccessWishlistAddDocument,
    "query RelayAccessWishlist { wishlist(first: 10) { nodes { id } } }": types.RelayAccessWishlistDocument,
    "mutation RelayAccessWebhookCreate($input: WebhookCreateInput!) {\n  webhookCreate(input: $input) { webhook { id } errors { code message } } }": types.RelayAccessWebhookCreateDocument,
    "query RelayAccessDeliveries($endpointId: ID!) {\n  webhookDeliveries(filter: { endpointId: $endpointId }, first: 10) { nodes { id } } }": types.RelayAccessDeliveriesDocument,
    "query RelayAccessMailbox($to: String) { devMailbox(filter: { to: $to }, first: 1) { nodes { id } } }": types.RelayAccessMailboxDocument,
    "query RelayNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Product { title productStatus: status }\n    ... on ProductVariant { sku product { id } }\n    ... on Order { number }\n    ... on OrderLine { quantity }\n    ... on OrderEvent { type }\n    ... on Payment { amount { amount } }\n    ... on User { email }\n    ... on Cart { itemCount }\n    ... on CartLine { quantity }\n    ... on ShippingMethod { code }\n  } }": types.RelayNodeDocument,
    "query RelayNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": types.RelayNodesDocument,
    "query RelayOrderParts($id: ID!) {\n  order(id: $id) { id lines { id } events { id } payments { id } } }": types.RelayOrderPartsDocument,
    "query RelayAdminIds {\n  shippingMethods { id code }\n  me { id } }": types.RelayAdminIdsDocument,
    "query RelayCartIds { cart { id lines { id } } }": types.RelayCartIdsDocument,
    "mutation RelayAddToCart($input: CartAddItemInput!) {\n  cartAddItem(input: $input) { errors { code } } }": types.RelayAddToCartDocument,
    "mutation RelayDraftCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id } errors { code message } } }": types.RelayDraftCreateDocument,
    "query DeadlineListing { products(first: 5) { totalCount nodes { id title } } }": types.DeadlineListingDocument,
    "query SharedCachedProduct($slug: String!) {\n  product(slug: $slug) { id title variants { inStock price { amount } } } }": types.SharedCachedProductDocument,
    "mutation SharedCachedRename($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id title } errors { code } } }": types.SharedCachedRenameDocument,
    "query CachedPage($first: Int) {\n  products(first: $first) { totalCount nodes { id slug title inStock priceRange { min { amount } }\n    variants { id inStock price { amount currencyCode } } categories { slug } images { url } } } }": types.CachedPageDocument,
    "query CachedProduct($slug: String!) {\n  product(slug: $slug) { id title inStock variants { id inStock quantityAvailable } } }": types.CachedProductDocument,
    "query CachedCategories { categories(flat: true) { id slug parent { id } } }": types.CachedCategoriesDocument,
    "query UncachedReviews { products(first: 2) { nodes { id reviews { totalCount } } } }": types.UncachedReviewsDocument,
    "mutation CachedProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id title } errors { code message } } }": types.CachedProductUpdateDocument,
    "query ShutdownMe { me { email name role } }": types.ShutdownMeDocument,
    "query ShutdownAdmins { users(filter: { role: ADMIN }) { totalCount nodes { email } } }": types.ShutdownAdminsDocument,
    "query ShutdownEveryone { users { totalCount } }": types.ShutdownEveryoneDocument,
    "query StatementTimeoutListing { products(first: 5) { nodes { id } } }": types.StatementTimeoutListingDocument,
    "mutation PlatformUserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) { user { id role disabled } errors { field code message } }\n}": types.PlatformUserUpdateDocument,
    "query PlatformUser($id: ID!) { user(id: $id) { id role disabled } }": types.PlatformUserDocument,
    "query PlatformUsersCount { users(first: 1) { totalCount } }": types.PlatformUsersCountDocument,
    "query PlatformActiveAdmins { users(filter: { role: ADMIN, disabled: false }) { totalCount } }": types.PlatformActiveAdminsDocument,
    "query PlatformMeId { me { id } }": types.PlatformMeIdDocument,
    "query PlatformMeRole { me { id role disabled } }": types.PlatformMeRoleDocument,
    "mutation PlatformRefresh($input: AccountTokenRefreshInput) {\n  accountTokenRefresh(input: $input) { accessToken errors { code } } }": types.PlatformRefreshDocument,
    "query PlatformUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilterInput) {\n  users(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n    edges { cursor node { id email name role disabled createdAt } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    totalCount\n  }\n}": types.PlatformUsersDocument,
    "mutation PlatformUsersUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) { errors { code } } }": types.PlatformUsersUpdateDocument,
    "query PlatformUsersOne($id: ID!) { user(id: $id) { id email name role disabled } }": types.PlatformUsersOneDocument,
    "mutation PromotionCategoryDelete($input: CategoryDeleteInput!) {\n  categoryDelete(input: $input) { deletedId errors { code } } }": types.PromotionCategoryDeleteDocument,
    "fragment PromotionCouponFields on Coupon {\n  id code type percentage amount { amount currencyCode } minSubtotal { amount currencyCode }\n  startsAt endsAt usageLimit perCustomerLimit usedCount categoryIds productIds\n  categories { id slug } products { id slug status } active createdAt updatedAt }": types.PromotionCouponFieldsFragmentDoc,
    "mutation PromotionCouponCreate($input: CouponCreateInput!) {\n  couponCreate(input: $input) { coupon { ...PromotionCouponFields } errors { field code message } } }": types.PromotionCouponCreateDocument,
    "mutation PromotionCouponUpdate($input: CouponUpdateInput!) {\n  couponUpdate(input: $input) { coupon { ...PromotionCouponFields } errors { field code message } } }": types.PromotionCouponUpdateDocument,
    "mutation PromotionCouponDelete($input: CouponDeleteInput!) {\n  couponDelete(input: $input) { deletedId errors { field code message } } }": types.PromotionCouponDeleteDocument,
    "query PromotionCoupon($id: ID!) { coupon(id: $id) { ...PromotionCouponFields } }": types.PromotionCouponDocument,
    "query PromotionCoupons($first: Int, $after: String, $last: Int, $before: String, $filter: CouponFilterInput) {\n  coupons(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id code } }\n    nodes { id code active }\n  } }": types.PromotionCouponsDocument,
    "fragment RefundFields on Refund {\n  id paymentId orderId amount { amount currencyCode } source reason returnId providerReference createdAt }": types.RefundFieldsFragmentDoc,
    "mutation RefundPayment($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) {\n    refund { ...RefundFields }\n    payment { id status amount { amount currencyCode } refundedAmount { amount } }\n    order { ...TransitionOrderFields }\n    errors { field code message }\n  } }": types.RefundPaymentDocument,
    "query RefundOrderMoney($id: ID!) {\n  order(id: $id) {\n    id status paymentStatus\n    payments { id status amount { amount currencyCode } refundedAmount { amount } refunds { ...RefundFields } }\n    refunds { ...RefundFields }\n  } }": types.RefundOrderMoneyDocument,
    "query CustomerReport($input: CustomerReportInput!) {\n  customerReport(input: $input) {\n    from to timeZone bucket\n    totals { newCustomers orders buyers firstTimeBuyers returningBuyers repeatBuyers repeatPurchaseRate averageOrdersPerCustomer }\n    buckets { start end label newCustomers orders buyers firstTimeBuyers returningBuyers }\n  }\n}": types.CustomerReportDocument,
    "query DashboardSummary($lowStockThreshold: Int) {\n  dashboardSummary(lowStockThreshold: $lowStockThreshold) {\n    timeZone generatedAt lowStockThreshold lowStockCount\n    today { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }\n      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }\n    last7Days { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }\n      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }\n    last30Days { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }\n      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }\n  }\n}": types.DashboardSummaryDocument,
    "query InventoryMovements($filter: InventoryReportFilterInput, $period: StockMovementPeriodInput!) {\n  inventoryReport(filter: $filter) {\n    movements(input: $period) {\n      from to timeZone netUnits\n      reasons { reason units movements }\n      buckets { start end label netUnits reasons { reason units movements } }\n    }\n  }\n}": types.InventoryMovementsDocument,
    "query InventoryStock($filter: InventoryReportFilterInput, $first: Int, $after: String) {\n  inventoryReport(filter: $filter) {\n    lowStockThreshold\n    totals { variants units value { amount currencyCode } lowStockCount }\n    items(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id sku quantityAvailable price { amount } stockValue { amount currencyCode } product { id } }\n    }\n  }\n}": types.InventoryStockDocument,
    "query InventoryTotalsOnly { inventoryReport { totals { units } } }": types.InventoryTotalsOnlyDocument,
    "query InventoryVariantStockValue($slug: String!) {\n  product(slug: $slug) { variants { id stockValue { amount } } } }": types.InventoryVariantStockValueDocument,
    "query ReportSalesItemsWithoutCount($input: SalesReportInput!, $first: Int) {\n  salesReport(input: $input) { buckets { items(first: $first) { edges { cursor orderNumber } } } } }": types.ReportSalesItemsWithoutCountDocument,
    "mutation ReportCategoryMove($input: CategoryMoveInput!) {\n  categoryMove(input: $input) { category { id } errors { code message } } }": types.ReportCategoryMoveDocument,
    "query ReportTop($input: TopReportInput!, $from: String!, $to: String!) {\n  topProducts(input: $input) { productId product { id title } orders units gross { amount } refunds { amount } net { amount } }\n  topCategories(input: $input) { category { id } orders units net { amount } }\n  ordersByStatus(input: { from: $from, to: $to }) { status count } }": types.ReportTopDocument,
    "query ReportSales($input: SalesReportInput!, $first: Int, $after: String) {\n  salesReport(input: $input) {\n    from to timeZone bucket\n    totals { ...ReportFigures }\n    buckets {\n      start end label ...ReportBucketFigures\n      items(first: $first, after: $after) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { cursor orderId orderNumber createdAt shipping { amount } tax { amount } total { amount }\n          refunded { amount } node { id productId variantId sku quantity subtotal { amount } discount { amount } } }\n      }\n    }\n  } }": types.ReportSalesDocument,
    "fragment ReportFigures on SalesFigures {\n  orders units gross { amount currencyCode } discounts { amount } shipping { amount } tax { amount }\n  refunds { amount } net { amount } averageOrderValue { amount } }": types.ReportFiguresFragmentDoc,
    "fragment ReportBucketFigures on SalesReportBucket {\n  orders units gross { amount currencyCode } discounts { amount } shipping { amount } tax { amount }\n  refunds { amount } net { amount } averageOrderValue { amount } }": types.ReportBucketFiguresFragmentDoc,
    "mutation ReportCategoryCreate($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { id } errors { code message } } }": types.ReportCategoryCreateDocument,
    "mutation ReportProductCategories($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { errors { code message } } }": types.ReportProductCategoriesDocument,
    "query ReturnsBudgetList($first: Int) { returns(first: $first) { totalCount edges { node {\n  id status refundedAmount { amount }\n  lines { quantity orderLine { sku total { amount } } }\n  order { number refunds { amount { amount } source } payments { status refunds { amount { amount } } }\n          returns { id status } }\n} } } }": types.ReturnsBudgetListDocument,
    "fragment ReturnFields on Return {\n  id orderId customerId status reason note refundedAmount { amount currencyCode } createdAt updatedAt\n  lines { id orderLineId quantity orderLine { id sku quantity } } }": types.ReturnFieldsFragmentDoc,
    "mutation ReturnsRequest($input: ReturnRequestInput!) {\n  returnRequest(input: $input) { return { ...ReturnFields } errors { field code message } } }": types.ReturnsRequestDocument,
    "mutation ReturnsApprove($input: ReturnDecisionInput!) {\n  returnApprove(input: $input) { return { ...ReturnFields } errors { field code message } } }": types.ReturnsApproveDocument,
    "mutation ReturnsReject($input: ReturnDecisionInput!) {\n  returnReject(input: $input) { return { ...ReturnFields } errors { field code message } } }": types.ReturnsRejectDocument,
    "mutation ReturnsReceive($input: ReturnIdInput!) {\n  returnReceive(input: $input) { return { ...ReturnFields } errors { field code message } } }": types.ReturnsReceiveDocument,
    "query ReturnsList($filter: ReturnFilterInput, $first: Int, $after: String) {\n  returns(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status order { id number } } } } }": types.ReturnsListDocument,
    "query ReturnsOfOrder($id: ID!) {\n  order(id: $id) { id returns { ...ReturnFields } } }": types.ReturnsOfOrderDocument,
    "mutation ReturnsPaymentRefund($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) { errors { field code message } } }": types.ReturnsPaymentRefundDocument,
    "query RatedProducts($filter: ProductFilterInput, $sort: ProductSort) {\n  products(first: 20, filter: $filter, sort: $sort) {\n    nodes { id rating { average count } }\n    facets { ratings { minRating count } } } }": types.RatedProductsDocument,
    "query ReviewBudgetPage($first: Int!) {\n  products(first: $first, filter: { tags: [\"budget\"] }) {\n    nodes { id title rating { average count histogram { stars count } }\n      reviews(first: 3, sort: MOST_HELPFUL, filter: { withText: true }) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { cursor node { id rating title body authorName verifiedPurchase helpfulCount createdAt reply { body } } } } } } }": types.ReviewBudgetPageDocument,
    "query ReviewBudgetUsers($first: Int!) {\n  users(first: $first, filter: { role: CUSTOMER }) {\n    nodes { id reviewRequestEmails reviews(first: 5) { totalCount edges { cursor node { id rating product { id title } } } } } } }": types.ReviewBudgetUsersDocument,
    "mutation ReviewRequestAccountDelete($input: AccountDeleteInput!) {\n  accountDelete(input: $input) { deletedId errors { code } } }": types.ReviewRequestAccountDeleteDocument,
    "query ReviewNode($id: ID!) {\n  node(id: $id) { ... on Review { id status rejectionReason rating } } }": types.ReviewNodeDocument,
    "query MyReviews {\n  me { id reviewRequestEmails reviews(first: 10) { totalCount nodes { id status rejectionReason product { id } } } } }": types.MyReviewsDocument,
    "query OrderLinesReviews($id: ID!) {\n  order(id: $id) { id status lines { id productId reviewable review { id rating status } } } }": types.OrderLinesReviewsDocument,
    "mutation ReviewEmailsSet($input: ReviewRequestEmailsInput!) {\n  reviewRequestEmailsSet(input: $input) { enabled errors { code } } }": types.ReviewEmailsSetDocument,
    "fragment ReviewFields on Review {\n  id rating title body authorName verifiedPurchase status rejectionReason helpfulCount unhelpfulCount\n  createdAt updatedAt reply { body repliedAt } product { id } }": types.ReviewFieldsFragmentDoc,
    "mutation ReviewCreate($input: ReviewCreateInput!) {\n  reviewCreate(input: $input) { review { ...ReviewFields } errors { field code message } } }": types.ReviewCreateDocument,
    "mutation ReviewUpdate($input: ReviewUpdateInput!) {\n  reviewUpdate(input: $input) { review { ...ReviewFields } errors { field code message } } }": types.ReviewUpdateDocument,
    "mutation ReviewDelete($input: ReviewIdInput!) {\n  reviewDelete(input: $input) { deletedId errors { field code message } } }": types.ReviewDeleteDocument,
    "mutation ReviewVote($input: ReviewVoteInput!) {\n  reviewVote(input: $input) { review { id helpfulCount unhelpfulCount } errors { field code message } } }": types.ReviewVoteDocument,
    "mutation ReviewApprove($input: ReviewIdInput!) {\n  reviewApprove(input: $input) { review { ...ReviewFields } errors { field code message } } }": types.ReviewApproveDocument,
    "mutation ReviewReject($input: ReviewRejectInput!) {\n  reviewReject(input: $input) { review { ...ReviewFields } errors { field code message } } }": types.ReviewRejectDocument,
    "mutation ReviewReply($input: ReviewReplyInput!) {\n  reviewReply(input: $input) { review { ...ReviewFields } errors { field code message } } }": types.ReviewReplyDocument,
    "query AdminReviews($filter: AdminReviewsFilterInput, $first: Int) {\n  reviews(filter: $filter, first: $first) { totalCount nodes { ...ReviewFields customerId } } }": types.AdminReviewsDocument,
    "query ReviewProductRating($id: ID!) {\n  product(id: $id) { id rating { average count histogram { stars count } } } }": types.ReviewProductRatingDocument,
    "query ProductReviews($id: ID!, $first: Int, $after: String,\n  $sort: ReviewSort, $filter: ProductReviewsFilterInput) {\n  product(id: $id) { id reviews(first: $first, after: $after, sort: $sort, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...ReviewFields } } } } }": types.ProductReviewsDocument,
    "mutation ReviewTestRefund($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) { order { id status } errors { field code message } } }": types.ReviewTestRefundDocument,
    "mutation ReviewTestCancel($input: OrderCancelInput!) {\n  orderCancel(input: $input) { order { id status } errors { field code message } } }": types.ReviewTestCancelDocument,
    "mutation ReviewRegister($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id } errors { code } } }": types.ReviewRegisterDocument,
    "query ShippingDemoProductCount { adminProducts(first: 1) { totalCount } }": types.ShippingDemoProductCountDocument,
    "query ShippingActiveMethods {\n  shippingMethods(filter: { active: true }) { code active } }": types.ShippingActiveMethodsDocument,
    "fragment ShippingMethodFields on ShippingMethod {\n  id code name description price { amount currencyCode } freeAbove { amount currencyCode }\n  minDeliveryDays maxDeliveryDays countries active position createdAt updatedAt }": types.ShippingMethodFieldsFragmentDoc,
    "query ShippingAdminMethods($filter: ShippingMethodFilterInput) {\n  shippingMethods(filter: $filter) { ...ShippingMethodFields } }": types.ShippingAdminMethodsDocument,
    "mutation ShippingMethodCreate($input: ShippingMethodCreateInput!) {\n  shippingMethodCreate(input: $input) { shippingMethod { ...ShippingMethodFields } errors { field code message } } }": types.ShippingMethodCreateDocument,
    "mutation ShippingMethodUpdate($input: ShippingMethodUpdateInput!) {\n  shippingMethodUpdate(input: $input) { shippingMethod { ...ShippingMethodFields } errors { field code message } } }": types.ShippingMethodUpdateDocument,
    "mutation ShippingMethodDelete($input: DeleteInput!) {\n  shippingMethodDelete(input: $input) { deletedId errors { field code message } } }": types.ShippingMethodDeleteDocument,
    "fragment ShippingTaxRateFields on TaxRate {\n  id country region taxClass rate rateBasisPoints name createdAt updatedAt }": types.ShippingTaxRateFieldsFragmentDoc,
    "query ShippingAdminTaxRates($filter: TaxRateFilterInput) {\n  taxRates(filter: $filter) { ...ShippingTaxRateFields } }": types.ShippingAdminTaxRatesDocument,
    "mutation ShippingTaxRateCreate($input: TaxRateCreateInput!) {\n  taxRateCreate(input: $input) { taxRate { ...ShippingTaxRateFields } errors { field code message } } }": types.ShippingTaxRateCreateDocument,
    "mutation ShippingTaxRateUpdate($input: TaxRateUpdateInput!) {\n  taxRateUpdate(input: $input) { taxRate { ...ShippingTaxRateFields } errors { field code message } } }": types.ShippingTaxRateUpdateDocument,
    "mutation ShippingTaxRateDelete($input: DeleteInput!) {\n  taxRateDelete(input: $input) { deletedId errors { field code message } } }": types.ShippingTaxRateDeleteDocument,
    "mutation SmokeRegister($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id email role emailVerified } errors { field code message } } }": types.SmokeRegisterDocument,
    "mutation SmokeLogin($input: AccountLoginInput!) {\n  accountLogin(input: $input) { accessToken refreshToken user { email } errors { code } } }": types.SmokeLoginDocument,
    "query SmokeMe { me { email name } }": types.SmokeMeDocument,
    "fragment StripeOrderFields on Order {\n  id number status paymentStatus paymentMethod reservedUntil }": types.StripeOrderFieldsFragmentDoc,
    "mutation StripeCheckout($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...StripeOrderFields }\n    payment { id status provider cardBrand cardLast4 }\n    clientSecret\n    errors { field code message }\n  } }": types.StripeCheckoutDocument,
    "mutation StripePay($input: OrderPayInput!) {\n  orderPay(input: $input) { order { ...StripeOrderFields } clientSecret errors { field code message } } }": types.StripePayDocument,
    "fragment SubscriptionUpdateFields on OrderUpdate {\n  event { id type fromStatus toStatus toPaymentStatus actorKind }\n  order { id number status paymentStatus customerId events { type } } }": types.SubscriptionUpdateFieldsFragmentDoc,
    "subscription SubscriptionOrderUpdated($orderId: ID!) {\n  orderUpdated(orderId: $orderId) { ...SubscriptionUpdateFields } }": types.SubscriptionOrderUpdatedDocument,
    "subscription SubscriptionOrderEvents {\n  orderEvents { ...SubscriptionUpdateFields } }": types.SubscriptionOrderEventsDocument,
    "mutation Register($input: AccountRegisterInput!) {\n  accountRegister(input: $input) {\n    user { id email name role emailVerified pendingEmail }\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    errors { field code message }\n  }\n}": types.RegisterDocument,
    "mutation Login($input: AccountLoginInput!) {\n  accountLogin(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email role }\n    errors { field code message }\n  }\n}": types.LoginDocument,
    "query DevMailboxTo($to: String) {\n  devMailbox(filter: { to: $to }, first: 20) { nodes { subject text html status } }\n}": types.DevMailboxToDocument,
    "query InputLimitsListing($f: ProductFilterInput) {\n  products(first: 1, filter: $f) { totalCount } }": types.InputLimitsListingDocument,
    "mutation InputLimitsCouponCreate($i: CouponCreateInput!) {\n  couponCreate(input: $i) { errors { code } } }": types.InputLimitsCouponCreateDocument,
    "query InputLimitsNested($b: [String!]) {\n  one: products(first: 1) { totalCount }\n  ... on Query { two: products(first: 1, filter: { brands: $b }) { totalCount } }\n}": types.InputLimitsNestedDocument,
    "fragment WebhookEndpointFields on WebhookEndpoint {\n  id url events description active createdAt updatedAt }": types.WebhookEndpointFieldsFragmentDoc,
    "mutation WebhookTestCreate($input: WebhookCreateInput!) {\n  webhookCreate(input: $input) { webhook { ...WebhookEndpointFields } secret errors { field code message } } }": types.WebhookTestCreateDocument,
    "mutation WebhookTestUpdate($input: WebhookUpdateInput!) {\n  webhookUpdate(input: $input) { webhook { ...WebhookEndpointFields } errors { field code message } } }": types.WebhookTestUpdateDocument,
    "mutation WebhookTestRotateSecret($input: WebhookIdInput!) {\n  webhookRotateSecret(input: $input) { webhook { ...WebhookEndpointFields } secret errors { field code message } } }": types.WebhookTestRotateSecretDocument,
    "mutation WebhookTestDelete($input: WebhookIdInput!) {\n  webhookDelete(input: $input) { deletedId errors { field code message } } }": types.WebhookTestDeleteDocument,
    "query WebhookTestList($first: Int, $after: String) {\n  webhooks(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } nodes { ...WebhookEndpointFields } } }": types.WebhookTestListDocument,
    "query WebhookTestDeliveries($filter: WebhookDeliveryFilterInput!, $first: Int, $after: String) {\n  webhookDeliveries(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes {\n      id eventId eventType status attemptCount nextAttemptAt lastError body createdAt deliveredAt\n      attempts { attempt responseStatus error durationMs createdAt }\n    }\n  } }": types.WebhookTestDeliveriesDocument,
    "query WishlistBudgetPage { wishlist(first: 20) {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { cursor node {\n    id addedAt available\n    product { id title status priceRange { min { amount } max { amount } } images { url alt } }\n    variant { id price { amount } inStock }\n  } }\n} }": types.WishlistBudgetPageDocument,
    "fragment WishlistItemFields on WishlistItem {\n  id addedAt available\n  product { id title status }\n  variant { id sku price { amount } } }": types.WishlistItemFieldsFragmentDoc,
    "query WishlistPage($first: Int, $after: String, $last: Int, $before: String) {\n  wishlist(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { ...WishlistItemFields } }\n  } }": types.WishlistPageDocument,
    "mutation WishlistAdd($input: WishlistAddInput!) {\n  wishlistAdd(input: $input) { item { ...WishlistItemFields } errors { field code message } } }": types.WishlistAddDocument,
    "mutation WishlistRemove($input: WishlistRemoveInput!) {\n  wishlistRemove(input: $input) { deletedId errors { field code message } } }": types.WishlistRemoveDocument,
    "mutation WishlistMoveToCart($input: WishlistMoveToCartInput!) {\n  wishlistMoveToCart(input: $input) {\n    removedItemId quantityAvailable\n    cart { id itemCount lines { quantity variant { id } } }\n    errors { field code message }\n  } }": types.WishlistMoveToCartDocument,
    "mutation WishlistTestVariantDelete($input: DeleteInput!) {\n  variantDelete(input: $input) { deletedId errors { code } } }": types.WishlistTestVariantDeleteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeletionAdminOrder($id: ID) {\n  order(id: $id) { id number customerId shippingAddress { name phone } billingAddress { name phone } } }"): typeof import('./graphql.js').DeletionAdminOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeletionAdminUser($id: ID!) {\n  user(id: $id) { id email name phone pendingEmail disabled deletedAt } }"): typeof import('./graphql.js').DeletionAdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CookieMe { me { id email name } }"): typeof import('./graphql.js').CookieMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CookieRename($input: AccountUpdateInput!) {\n  accountUpdate(input: $input) { user { id name } errors { code } } }"): typeof import('./graphql.js').CookieRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CookieLogout { accountLogout { errors { code } } }"): typeof import('./graphql.js').CookieLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CookieRefresh {\n  accountTokenRefresh { accessToken refreshToken user { id } errors { code } } }"): typeof import('./graphql.js').CookieRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CookieCategories { categories(flat: true) { id slug } }"): typeof import('./graphql.js').CookieCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportReviewEmailsOff {\n  reviewRequestEmailsSet(input: { enabled: false }) { enabled errors { code } } }"): typeof import('./graphql.js').ExportReviewEmailsOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountDelete($input: AccountDeleteInput!) {\n  accountDelete(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').AccountDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserDelete($input: UserDeleteInput!) {\n  userDelete(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').UserDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountDataExport {\n  accountDataExport { url expiresAt errors { field code message } } }"): typeof import('./graphql.js').AccountDataExportDocument;
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
export function graphql(source: "query AccountMailbox($to: String) {\n  devMailbox(filter: { to: $to }, first: 100) { totalCount nodes { subject text html status template to } }\n}"): typeof import('./graphql.js').AccountMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserLastLogin($id: ID!) { user(id: $id) { id lastLoginAt } }"): typeof import('./graphql.js').UserLastLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeLastLogin { me { id lastLoginAt } }"): typeof import('./graphql.js').MeLastLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersLastLogin($query: String) {\n  users(first: 5, filter: { query: $query }) { nodes { id email lastLoginAt } } }"): typeof import('./graphql.js').UsersLastLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LastLoginWrongPassword($input: AccountLoginInput!) {\n        accountLogin(input: $input) { accessToken errors { code } } }"): typeof import('./graphql.js').LastLoginWrongPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LastLoginDisabled($input: AccountLoginInput!) {\n        accountLogin(input: $input) { accessToken errors { code } } }"): typeof import('./graphql.js').LastLoginDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountUsersTotal { users(first: 1) { totalCount } }"): typeof import('./graphql.js').AccountUsersTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OidcProviders { oidcProviders { name displayName } }"): typeof import('./graphql.js').OidcProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OidcStart($input: AccountOidcStartInput!) {\n  accountOidcStart(input: $input) { authorizationUrl errors { field code message } }\n}"): typeof import('./graphql.js').OidcStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OidcComplete($input: AccountOidcCompleteInput!) {\n  accountOidcComplete(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email name emailVerified }\n    errors { field code message }\n  }\n}"): typeof import('./graphql.js').OidcCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityLinkStart($input: AccountOidcStartInput!) {\n  accountIdentityLinkStart(input: $input) { authorizationUrl errors { field code message } }\n}"): typeof import('./graphql.js').IdentityLinkStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityLinkComplete($input: AccountOidcCompleteInput!) {\n  accountIdentityLinkComplete(input: $input) {\n    identity { provider subject email emailVerified linkedAt }\n    errors { field code message }\n  }\n}"): typeof import('./graphql.js').IdentityLinkCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityUnlink($input: AccountIdentityUnlinkInput!) {\n  accountIdentityUnlink(input: $input) { identity { provider subject } errors { field code message } }\n}"): typeof import('./graphql.js').IdentityUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeIdentities {\n  me { id email identities { provider subject email emailVerified linkedAt } }\n}"): typeof import('./graphql.js').MeIdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserIdentities($id: ID!) {\n  user(id: $id) { id identities { provider subject email } }\n}"): typeof import('./graphql.js').UserIdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountMeDisabled { me { id disabled } }"): typeof import('./graphql.js').AccountMeDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountAdminUser($id: ID!) {\n  user(id: $id) { id email name role emailVerified disabled phone } }"): typeof import('./graphql.js').AccountAdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AddressFields on Address {\n  id name line1 line2 city region postalCode country phone\n  isDefaultShipping isDefaultBilling createdAt updatedAt }"): typeof import('./graphql.js').AddressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AddressList { addresses { ...AddressFields } }"): typeof import('./graphql.js').AddressListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddressCreate($input: AddressCreateInput!) {\n  addressCreate(input: $input) {\n    address { ...AddressFields } addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }"): typeof import('./graphql.js').AddressCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddressUpdate($input: AddressUpdateInput!) {\n  addressUpdate(input: $input) { address { ...AddressFields } addresses { id } errors { field code message } } }"): typeof import('./graphql.js').AddressUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddressDelete($input: AddressDeleteInput!) {\n  addressDelete(input: $input) { deletedId addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }"): typeof import('./graphql.js').AddressDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddressSetDefault($input: AddressSetDefaultInput!) {\n  addressSetDefault(input: $input) {\n    address { ...AddressFields } addresses { id isDefaultShipping isDefaultBilling } errors { field code message } } }"): typeof import('./graphql.js').AddressSetDefaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddressCreateId($input: AddressCreateInput!) {\n  addressCreate(input: $input) { address { id } } }"): typeof import('./graphql.js').AddressCreateIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartAddWithoutQuantity($v: ID!) {\n  cartAddItem(input: { variantId: $v }) { cart { itemCount } errors { code } } }"): typeof import('./graphql.js').CartAddWithoutQuantityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartAddItemCount($input: CartAddItemInput!) {\n  cartAddItem(input: $input) { cart { itemCount } errors { code } } }"): typeof import('./graphql.js').CartAddItemCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CartBudgetFull($cartToken: String) {\n  cart(cartToken: $cartToken) { ...CartBudgetFields } }"): typeof import('./graphql.js').CartBudgetFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartBudgetAddItem($v: ID!) {\n  cartAddItem(input: { variantId: $v, quantity: 1 }) { errors { code } cart { ...CartBudgetFields } } }"): typeof import('./graphql.js').CartBudgetAddItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartTestAddressCreate($input: AddressCreateInput!) {\n  addressCreate(input: $input) { address { id } errors { field code message } } }"): typeof import('./graphql.js').CartTestAddressCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CartFields on Cart {\n  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings\n  lines { id quantity\n    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } subtotal { amount }\n    discount { amount } tax { amount } total { amount }\n    variant { id sku quantityAvailable price { amount } }\n    product { id slug title status } }\n  coupon { code type percentage amount { amount } applied }\n  shippingAddress { name line1 city region postalCode country addressId }\n  shippingMethod { code price { amount } }\n  availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }\n  warnings { code lineId message blocking } }"): typeof import('./graphql.js').CartFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CartBudgetFields on Cart {\n  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings\n  lines {\n    id quantity addedAt\n    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } subtotal { amount }\n    discount { amount } tax { amount } total { amount }\n    variant { id sku title options { name value } price { amount } compareAtPrice { amount } inStock quantityAvailable\n      product { id slug } }\n    product { id slug title brand status taxClass\n      images { id url alt width height renditions { url width } }\n      categories { id slug name }\n      variants { id sku price { amount } }\n      priceRange { min { amount } max { amount } } inStock }\n  }\n  coupon { code type percentage amount { amount } minSubtotal { amount } applied }\n  shippingAddress { name line1 line2 city region postalCode country phone addressId }\n  shippingMethod { code name price { amount } estimatedDelivery { earliest latest } }\n  availableShippingMethods { code name description price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }\n  totals { subtotal { amount } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }\n  warnings { code lineId message blocking }\n}"): typeof import('./graphql.js').CartBudgetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CartView($cartToken: String) { cart(cartToken: $cartToken) { ...CartFields } }"): typeof import('./graphql.js').CartViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartCreate {\n  cartCreate { cartToken cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartAddItem($input: CartAddItemInput!, $cartToken: String) {\n  cartAddItem(input: $input, cartToken: $cartToken) {\n    quantityAvailable line { id quantity } cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartAddItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartUpdateItem($input: CartUpdateItemInput!, $cartToken: String) {\n  cartUpdateItem(input: $input, cartToken: $cartToken) {\n    quantityAvailable line { id quantity } cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartUpdateItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartRemoveItem($input: CartRemoveItemInput!, $cartToken: String) {\n  cartRemoveItem(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartRemoveItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartClear($cartToken: String) {\n  cartClear(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartClearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartAcceptChanges($cartToken: String) {\n  cartAcceptChanges(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartAcceptChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartApplyCoupon($input: CartApplyCouponInput!, $cartToken: String) {\n  cartApplyCoupon(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartApplyCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartRemoveCoupon($cartToken: String) {\n  cartRemoveCoupon(cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartRemoveCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartSetShippingAddress($input: CartSetShippingAddressInput!, $cartToken: String) {\n  cartSetShippingAddress(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartSetShippingAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartSetShippingMethod($input: CartSetShippingMethodInput!, $cartToken: String) {\n  cartSetShippingMethod(input: $input, cartToken: $cartToken) { cart { ...CartFields } errors { field code message } } }"): typeof import('./graphql.js').CartSetShippingMethodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartTestVariantUpdate($input: VariantUpdateInput!) {\n  variantUpdate(input: $input) { variant { id price { amount } } errors { field code message } } }"): typeof import('./graphql.js').CartTestVariantUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartTestProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id status } errors { field code message } } }"): typeof import('./graphql.js').CartTestProductUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartTestInventoryAdjust($input: InventoryAdjustInput!) {\n  inventoryAdjust(input: $input) { variant { id quantityAvailable } errors { field code message } } }"): typeof import('./graphql.js').CartTestInventoryAdjustDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartTestShippingMethodCreate($input: ShippingMethodCreateInput!) {\n  shippingMethodCreate(input: $input) { shippingMethod { id code } errors { field code message } } }"): typeof import('./graphql.js').CartTestShippingMethodCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartTestShippingMethodUpdate($input: ShippingMethodUpdateInput!) {\n  shippingMethodUpdate(input: $input) { shippingMethod { id code active } errors { field code message } } }"): typeof import('./graphql.js').CartTestShippingMethodUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartTestTaxRateCreate($input: TaxRateCreateInput!) {\n  taxRateCreate(input: $input) { taxRate { id } errors { field code message } } }"): typeof import('./graphql.js').CartTestTaxRateCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartTestCouponCreate($input: CouponCreateInput!) {\n  couponCreate(input: $input) { coupon { id code } errors { field code message } } }"): typeof import('./graphql.js').CartTestCouponCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CartTestCouponUpdate($input: CouponUpdateInput!) {\n  couponUpdate(input: $input) { coupon { id code active } errors { field code message } } }"): typeof import('./graphql.js').CartTestCouponUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCategoryBySlug($slug: String) { category(slug: $slug) { id } }"): typeof import('./graphql.js').CatalogCategoryBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCategoryFamily($id: ID) {\n  category(id: $id) { children { id } ancestors { id } } }"): typeof import('./graphql.js').CatalogCategoryFamilyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCategoryChildren($id: ID) { category(id: $id) { children { id } } }"): typeof import('./graphql.js').CatalogCategoryChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogRootCategories { categories { id } }"): typeof import('./graphql.js').CatalogRootCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogLowStockDefault($first: Int) {\n  lowStockVariants(first: $first) { nodes { id } } }"): typeof import('./graphql.js').CatalogLowStockDefaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCategoryIds { categories(flat: true) { id } }"): typeof import('./graphql.js').CatalogCategoryIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogProductId($id: ID!) { product(id: $id) { id } }"): typeof import('./graphql.js').CatalogProductIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CatalogVariantFields on ProductVariant {\n  id sku title position quantityAvailable inStock weightGrams\n  options { name value } price { amount currencyCode } compareAtPrice { amount } }"): typeof import('./graphql.js').CatalogVariantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CatalogProductFields on Product {\n  id slug title description brand tags status taxClass\n  priceRange { min { amount } max { amount } }\n  compareAtPriceRange { min { amount } max { amount } }\n  categories { id slug }\n  variants { ...CatalogVariantFields } }"): typeof import('./graphql.js').CatalogProductFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { ...CatalogProductFields } errors { field code message } } }"): typeof import('./graphql.js').CatalogProductCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { ...CatalogProductFields } errors { field code message } } }"): typeof import('./graphql.js').CatalogProductUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogProductDelete($input: DeleteInput!) {\n  productDelete(input: $input) { deletedId archivedProduct { id status } errors { field code message } } }"): typeof import('./graphql.js').CatalogProductDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogProduct($id: ID!) { product(id: $id) { ...CatalogProductFields } }"): typeof import('./graphql.js').CatalogProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAdminProducts($filter: AdminProductFilterInput, $first: Int) {\n  adminProducts(first: $first, filter: $filter) { totalCount nodes { id slug title status } } }"): typeof import('./graphql.js').CatalogAdminProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogVariantCreate($input: VariantCreateInput!) {\n  variantCreate(input: $input) { variant { ...CatalogVariantFields } errors { field code message } } }"): typeof import('./graphql.js').CatalogVariantCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogVariantUpdate($input: VariantUpdateInput!) {\n  variantUpdate(input: $input) { variant { ...CatalogVariantFields } errors { field code message } } }"): typeof import('./graphql.js').CatalogVariantUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogVariantDelete($input: DeleteInput!) {\n  variantDelete(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').CatalogVariantDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CatalogCategoryFields on Category {\n  id slug name description position parent { id } }"): typeof import('./graphql.js').CatalogCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCategoryCreate($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }"): typeof import('./graphql.js').CatalogCategoryCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCategoryUpdate($input: CategoryUpdateInput!) {\n  categoryUpdate(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }"): typeof import('./graphql.js').CatalogCategoryUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCategoryMove($input: CategoryMoveInput!) {\n  categoryMove(input: $input) { category { ...CatalogCategoryFields } errors { field code message } } }"): typeof import('./graphql.js').CatalogCategoryMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCategoryDelete($input: CategoryDeleteInput!) {\n  categoryDelete(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').CatalogCategoryDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCategoriesFlat {\n  categories(flat: true) { ...CatalogCategoryFields } }"): typeof import('./graphql.js').CatalogCategoriesFlatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogInventoryAdjust($input: InventoryAdjustInput!) {\n  inventoryAdjust(input: $input) {\n    variant { id quantityAvailable inStock }\n    movement { id delta reason note reference actorId createdAt }\n    errors { field code message }\n  } }"): typeof import('./graphql.js').CatalogInventoryAdjustDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogStockMovements($variantId: ID!, $first: Int, $after: String) {\n  stockMovements(filter: { variantId: $variantId }, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { id delta reason note reference actorId createdAt }\n  } }"): typeof import('./graphql.js').CatalogStockMovementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogLowStock($threshold: Int!, $first: Int, $after: String) {\n  lowStockVariants(filter: { threshold: $threshold }, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { id sku quantityAvailable }\n  } }"): typeof import('./graphql.js').CatalogLowStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmokeCategoryCreate($input: CategoryCreateInput!) { categoryCreate(input: $input) { category { id slug } errors { code field message } } }"): typeof import('./graphql.js').SmokeCategoryCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmokeProductCreate($input: ProductCreateInput!) { productCreate(input: $input) { product { id slug status priceRange { min { amount } max { amount } } } errors { code field message } } }"): typeof import('./graphql.js').SmokeProductCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmokeSearch($filter: ProductFilterInput) { products(first: 10, filter: $filter) {\n  totalCount nodes { title inStock categories { slug } variants { sku price { amount } inStock } }\n  facets { brands { value count } categories { category { slug } count } priceBuckets { min { amount } count } ratings { minRating count } inStock }\n} }"): typeof import('./graphql.js').SmokeSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedAllProducts {\n  adminProducts(first: 100) {\n    totalCount\n    nodes {\n      id slug title status brand tags createdAt\n      priceRange { min { amount } max { amount } }\n      rating { average count }\n      categories { id }\n      images { id }\n      variants { id sku options { name value } price { amount } compareAtPrice { amount } quantityAvailable }\n    }\n  }\n}"): typeof import('./graphql.js').SeedAllProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedCategories { categories(flat: true) { id slug parent { id } children { id } ancestors { id } } }"): typeof import('./graphql.js').SeedCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SeedLedger on StockMovementConnection { totalCount nodes { delta reason } }"): typeof import('./graphql.js').SeedLedgerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedStorefront { products(first: 5) { totalCount facets { brands { value count } inStock } nodes { title } } }"): typeof import('./graphql.js').SeedStorefrontDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacetIndexListing($filter: ProductFilterInput) {\n  products(filter: $filter, first: 1) {\n    totalCount totalCountIsExact\n    facets {\n      categories { category { id } count }\n      brands { value count }\n      priceBuckets { min { amount } count }\n      ratings { minRating count }\n      inStock\n    }\n  }\n}"): typeof import('./graphql.js').FacetIndexListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacetIndexAdminListing($filter: AdminProductFilterInput) {\n  adminProducts(filter: $filter, first: 1) {\n    totalCount\n    facets { categories { category { id } count } brands { value count } priceBuckets { count } ratings { count } inStock }\n  }\n}"): typeof import('./graphql.js').FacetIndexAdminListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacetRobustnessListing($filter: ProductFilterInput) {\n  products(filter: $filter, first: 5) {\n    totalCount totalCountIsExact\n    nodes { title }\n    facets {\n      categories { category { id } count }\n      brands { value count }\n      priceBuckets { min { amount } count }\n      ratings { minRating count }\n      inStock\n    }\n  }\n}"): typeof import('./graphql.js').FacetRobustnessListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureCategoryCreate($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { id slug position } errors { field code message } }\n}"): typeof import('./graphql.js').FixtureCategoryCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id slug status variants { id sku } } errors { field code message } }\n}"): typeof import('./graphql.js').FixtureProductCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id status } errors { field code message } }\n}"): typeof import('./graphql.js').FixtureProductUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureInventoryAdjust($input: InventoryAdjustInput!) {\n  inventoryAdjust(input: $input) { variant { id quantityAvailable } errors { field code message } }\n}"): typeof import('./graphql.js').FixtureInventoryAdjustDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String, $last: Int, $before: String) {\n  products(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id title } }\n  }\n}"): typeof import('./graphql.js').ProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StorefrontFacets on ProductConnection {\n  facets {\n    categories { category { id slug name } count }\n    brands { value count }\n    priceBuckets { min { amount currencyCode } max { amount currencyCode } count }\n    ratings { minRating count }\n    inStock\n  }\n}"): typeof import('./graphql.js').StorefrontFacetsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImageFields on ProductImage { id alt width height position url renditions { width height url } }"): typeof import('./graphql.js').ImageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImageUpload($input: ProductImageUploadInput!) {\n  productImageUpload(input: $input) {\n    image { ...ImageFields }\n    errors { field code message }\n  }\n}"): typeof import('./graphql.js').ImageUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImageProductCreate($input: ProductCreateInput!) { productCreate(input: $input) { product { id } errors { code } } }"): typeof import('./graphql.js').ImageProductCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImageProduct($id: ID) { product(id: $id) { images { ...ImageFields } } }"): typeof import('./graphql.js').ImageProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImageListing { products(first: 100) { nodes { id images { ...ImageFields } } } }"): typeof import('./graphql.js').ImageListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImageOrder($id: ID) { product(id: $id) { images { id alt position } } }"): typeof import('./graphql.js').ImageOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImageReorder($input: ProductImagesReorderInput!) { productImagesReorder(input: $input) { images { id position } errors { code } } }"): typeof import('./graphql.js').ImageReorderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImageDelete($input: DeleteInput!) { productImageDelete(input: $input) { deletedId errors { code } } }"): typeof import('./graphql.js').ImageDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BreadcrumbProduct($slug: String, $id: ID) {\n  product(slug: $slug, id: $id) {\n    id\n    categories { id slug ancestors { id slug name ancestors { id } } }\n  }\n}"): typeof import('./graphql.js').BreadcrumbProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BreadcrumbEveryField($slug: String, $id: ID) {\n  product(slug: $slug, id: $id) {\n    id slug title description brand tags status taxClass createdAt updatedAt unitsSold inStock\n    priceRange { min { amount currencyCode } max { amount currencyCode } }\n    compareAtPriceRange { min { amount } max { amount } }\n    rating { average count histogram { stars count } }\n    categories { id slug name description position parent { id } }\n    images { id url alt width height position renditions { width height url } }\n    variants { id sku title position weightGrams inStock quantityAvailable\n      options { name value } price { amount currencyCode } compareAtPrice { amount } }\n  }\n}"): typeof import('./graphql.js').BreadcrumbEveryFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BreadcrumbCategory($id: ID) {\n  category(id: $id) { ancestors { id slug name ancestors { id } } }\n}"): typeof import('./graphql.js').BreadcrumbCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BreadcrumbMove($input: CategoryMoveInput!) {\n  categoryMove(input: $input) { category { id } errors { code } }\n}"): typeof import('./graphql.js').BreadcrumbMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BudgetProductPage on ProductConnection {\n  totalCount\n  edges { node {\n    id slug title brand tags\n    categories { id slug name }\n    variants { id sku title options { name value } price { amount currencyCode } compareAtPrice { amount } inStock quantityAvailable }\n    images { id url alt width height renditions { url width height } }\n    priceRange { min { amount currencyCode } max { amount currencyCode } }\n    compareAtPriceRange { min { amount } max { amount } }\n    rating { average count }\n    inStock\n  } }\n  ...StorefrontFacets\n}"): typeof import('./graphql.js').BudgetProductPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetProducts($first: Int!, $after: String, $filter: ProductFilterInput, $sort: ProductSort) {\n  products(first: $first, after: $after, filter: $filter, sort: $sort) {\n    pageInfo { hasNextPage endCursor }\n    edges { cursor }\n    ...BudgetProductPage\n  }\n}"): typeof import('./graphql.js').BudgetProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetAdminProducts($first: Int!, $after: String, $filter: AdminProductFilterInput, $sort: ProductSort) {\n  adminProducts(first: $first, after: $after, filter: $filter, sort: $sort) {\n    pageInfo { hasNextPage endCursor }\n    edges { cursor }\n    ...BudgetProductPage\n  }\n}"): typeof import('./graphql.js').BudgetAdminProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetSearch($first: Int!, $after: String, $query: String!) {\n  products(first: $first, after: $after, filter: { query: $query }) {\n    totalCount totalCountIsExact\n    pageInfo { hasNextPage endCursor }\n    nodes { id variants { id } images { id } categories { id } }\n  }\n}"): typeof import('./graphql.js').BudgetSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetCategory($first: Int!) {\n  category(slug: \"sale\") {\n    id name parent { id } children { id } ancestors { id }\n    products(first: $first) { ...BudgetProductPage }\n  }\n}"): typeof import('./graphql.js').BudgetCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetProductDetail($slug: String, $id: ID) {\n  product(slug: $slug, id: $id) {\n    id slug title description brand tags status createdAt updatedAt\n    rating { average count }\n    categories { id slug name }\n    variants { id sku title options { name value } price { amount } compareAtPrice { amount } inStock quantityAvailable\n      product { id title slug priceRange { min { amount } } } }\n    images { id url alt renditions { url width } }\n    priceRange { min { amount } max { amount } }\n    compareAtPriceRange { min { amount } max { amount } }\n    inStock\n  }\n}"): typeof import('./graphql.js').BudgetProductDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetTotal { products(first: 0) { totalCount } }"): typeof import('./graphql.js').BudgetTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetSale { category(slug: \"sale\") { id } }"): typeof import('./graphql.js').BudgetSaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TypoSearch($query: String!, $after: String) {\n  products(first: 100, after: $after, filter: { query: $query }) {\n    totalCount totalCountIsExact\n    nodes { title description }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): typeof import('./graphql.js').TypoSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TypoAdminSearch($query: String!) {\n  adminProducts(first: 1, filter: { query: $query, status: [ACTIVE] }) { totalCount totalCountIsExact }\n}"): typeof import('./graphql.js').TypoAdminSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TypoCategorySearch($slug: String!, $query: String!) {\n  category(slug: $slug) { products(first: 1, filter: { query: $query }) { totalCount totalCountIsExact } }\n}"): typeof import('./graphql.js').TypoCategorySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TypoProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id } errors { code message } }\n}"): typeof import('./graphql.js').TypoProductCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TypoProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id title } errors { code message } }\n}"): typeof import('./graphql.js').TypoProductUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontCategory($id: ID, $slug: String) {\n  category(id: $id, slug: $slug) {\n    id slug name description position\n    parent { id slug name }\n    children { id slug name }\n    ancestors { id slug name }\n    products(first: 100, sort: TITLE) { totalCount nodes { id } }\n  }\n}"): typeof import('./graphql.js').StorefrontCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontCategoryId($id: ID, $slug: String) { category(id: $id, slug: $slug) { id } }"): typeof import('./graphql.js').StorefrontCategoryIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontCategoryTree { category(slug: \"tents\") {\n  parent { slug parent { slug parent { slug } children { slug } } }\n  ancestors { slug children { slug } }\n} }"): typeof import('./graphql.js').StorefrontCategoryTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontCategoryRoots { categories { slug position children { slug children { slug children { slug } } } } }"): typeof import('./graphql.js').StorefrontCategoryRootsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontCategoriesFlat { categories(flat: true) { slug parent { slug } } }"): typeof import('./graphql.js').StorefrontCategoriesFlatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontCategoriesNotFlat { categories(flat: false) { slug } }"): typeof import('./graphql.js').StorefrontCategoriesNotFlatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontFacets($filter: ProductFilterInput) {\n  products(filter: $filter, first: 1) { totalCount ...StorefrontFacets } }"): typeof import('./graphql.js').StorefrontFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontCategoryFacets($slug: String!) {\n  category(slug: $slug) { products(first: 1) { totalCount ...StorefrontFacets } } }"): typeof import('./graphql.js').StorefrontCategoryFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontCategoryFiltered($slug: String!, $filter: ProductFilterInput) {\n      category(slug: $slug) { products(first: 100, filter: $filter) { totalCount nodes { id } } }\n    }"): typeof import('./graphql.js').StorefrontCategoryFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontCategoryPage($first: Int, $after: String, $last: Int, $before: String) {\n      category(slug: \"electronics\") {\n        products(sort: PRICE_DESC, first: $first, after: $after, last: $last, before: $before) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }\n        }\n      }\n    }"): typeof import('./graphql.js').StorefrontCategoryPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontDefaultPage { products { edges { node { id } } pageInfo { hasNextPage } } }"): typeof import('./graphql.js').StorefrontDefaultPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StorefrontProductFields on Product {\n  id slug title description brand tags status taxClass unitsSold createdAt updatedAt\n  rating { average count }\n  categories { id slug name }\n  variants {\n    id sku title position weightGrams\n    options { name value }\n    price { amount currencyCode }\n    compareAtPrice { amount currencyCode }\n    inStock quantityAvailable\n    product { id }\n  }\n  images { id }\n  priceRange { min { amount currencyCode } max { amount currencyCode } }\n  compareAtPriceRange { min { amount currencyCode } max { amount currencyCode } }\n  inStock\n}"): typeof import('./graphql.js').StorefrontProductFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontProductPage($id: ID, $slug: String) { product(id: $id, slug: $slug) { ...StorefrontProductFields } }"): typeof import('./graphql.js').StorefrontProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StorefrontProductListing { products(first: 100, sort: TITLE) { nodes { ...StorefrontProductFields } } }"): typeof import('./graphql.js').StorefrontProductListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibilityProduct($id: ID, $slug: String) { product(id: $id, slug: $slug) { id slug title status } }"): typeof import('./graphql.js').VisibilityProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibilityAdminProducts($filter: AdminProductFilterInput, $first: Int, $after: String) {\n  adminProducts(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } nodes { id status }\n  }\n}"): typeof import('./graphql.js').VisibilityAdminProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibilityCategoryProducts($slug: String!) { category(slug: $slug) { products(first: 100) { totalCount nodes { id } } } }"): typeof import('./graphql.js').VisibilityCategoryProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibilityVariantProducts($id: ID) { product(id: $id) { variants { product { id status } } } }"): typeof import('./graphql.js').VisibilityVariantProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibilityBrandFacets { products(first: 0) { facets { brands { value } } } }"): typeof import('./graphql.js').VisibilityBrandFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutRefusalsAcceptChanges { cartAcceptChanges { cart { id } errors { code } } }"): typeof import('./graphql.js').CheckoutRefusalsAcceptChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutRefusalsProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { errors { code } } }"): typeof import('./graphql.js').CheckoutRefusalsProductUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartialCheckout($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields }\n    lines { cartLineId variantId productTitle variantTitle sku requestedQuantity boughtQuantity status }\n    errors { field code message } } }"): typeof import('./graphql.js').PartialCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckoutOrderFields on Order {\n  id number status paymentStatus paymentMethod customerId couponCode note reservedUntil createdAt canCancel\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } }\n  shippingAddress { name line1 city region postalCode country phone }\n  billingAddress { name line1 city country }\n  shippingMethod { code name price { amount } minDeliveryDays maxDeliveryDays }\n  lines { id position productId variantId productTitle variantTitle sku options { name value } taxClass\n    unitPrice { amount } quantity subtotal { amount } discount { amount } tax { amount } total { amount } }\n  payments { id status method provider amount { amount } cardBrand cardLast4 failureCode failureMessage }\n  events { type fromStatus toStatus fromPaymentStatus toPaymentStatus actorKind reason } }"): typeof import('./graphql.js').CheckoutOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckoutPaymentFields on Payment {\n  id orderId status method provider amount { amount currencyCode } refundedAmount { amount }\n  cardBrand cardLast4 failureCode failureMessage }"): typeof import('./graphql.js').CheckoutPaymentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutComplete($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields } errors { field code message } } }"): typeof import('./graphql.js').CheckoutCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutOrder($id: ID, $number: String) {\n  order(id: $id, number: $number) { ...CheckoutOrderFields } }"): typeof import('./graphql.js').CheckoutOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorefrontProducts($first: Int!, $after: String) {\n    products(first: $first, after: $after, sort: NEWEST) {\n      edges { cursor node { id slug title priceRange { min { amount currencyCode } max { amount currencyCode } } } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }"): typeof import('./graphql.js').StorefrontProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorefrontProduct($slug: String!) {\n    product(slug: $slug) {\n      id title description\n      priceRange { min { amount } max { amount currencyCode } }\n      rating { average count }\n      variants { id sku price { amount currencyCode } quantityAvailable }\n    }\n  }"): typeof import('./graphql.js').StorefrontProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StorefrontCart on Cart {\n    id itemCount\n    lines { id quantity unitPrice { amount currencyCode } subtotal { amount } total { amount } variant { id } }\n    totals { subtotal { amount currencyCode } shipping { amount } tax { amount } total { amount currencyCode } }\n  }"): typeof import('./graphql.js').StorefrontCartFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorefrontAdd($input: CartAddItemInput!) {\n    cartAddItem(input: $input) { cart { ...StorefrontCart } errors { code message } }\n  }"): typeof import('./graphql.js').StorefrontAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorefrontCartView {\n    cart { ...StorefrontCart totals { discount { amount } taxIsEstimate } shippingMethod { code price { amount } } }\n  }"): typeof import('./graphql.js').StorefrontCartViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorefrontShipTo($address: AddressInput!) {\n    cartSetShippingAddress(input: { address: $address }) {\n      cart { id availableShippingMethods { code name price { amount } } } errors { code message }\n    }\n  }"): typeof import('./graphql.js').StorefrontShipToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorefrontShipBy($code: String!) {\n    cartSetShippingMethod(input: { code: $code }) {\n      cart { ...StorefrontCart shippingMethod { code price { amount } } } errors { code message }\n    }\n  }"): typeof import('./graphql.js').StorefrontShipByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorefrontCheckout($input: CheckoutCompleteInput!) {\n    checkoutComplete(input: $input) {\n      order { id number status totals { total { amount currencyCode } } lines { id quantity subtotal { amount } } }\n      errors { code message }\n    }\n  }"): typeof import('./graphql.js').StorefrontCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StorefrontOrderUpdated($orderId: ID!) {\n    orderUpdated(orderId: $orderId) { event { id type } order { id status } }\n  }"): typeof import('./graphql.js').StorefrontOrderUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorefrontCancel($orderId: ID!) {\n    orderCancel(input: { orderId: $orderId }) { order { id status } errors { code message } }\n  }"): typeof import('./graphql.js').StorefrontCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorefrontNode($id: ID!) { node(id: $id) { id ... on Order { number status } } }"): typeof import('./graphql.js').StorefrontNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FulfillmentOrdersWithShipments { orders(first: 20) { totalCount edges { node {\n  id number status carrier trackingNumber\n  lines { id quantity }\n  shipments { id carrier trackingNumber status\n    lines { quantity orderLine { id sku } }\n    events { status note occurredAt } } } } } }"): typeof import('./graphql.js').FulfillmentOrdersWithShipmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FulfillmentCanCancel($id: ID) { order(id: $id) { canCancel } }"): typeof import('./graphql.js').FulfillmentCanCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FulfillmentTrackingFields { __type(name: \"OrderTracking\") { fields { name } } }"): typeof import('./graphql.js').FulfillmentTrackingFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FulfillmentOrderLines($id: ID!) {\n  order(id: $id) { id status lines { id quantity } } }"): typeof import('./graphql.js').FulfillmentOrderLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FulfillmentOrderShipments($id: ID!) {\n  order(id: $id) { id status carrier trackingNumber shipments {\n    id carrier trackingNumber trackingUrl status createdAt updatedAt\n    lines { quantity orderLine { id sku } }\n    events { status note source occurredAt } } } }"): typeof import('./graphql.js').FulfillmentOrderShipmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FulfillmentTracking($number: String!, $email: String!) {\n  orderTracking(number: $number, email: $email) {\n    number status placedAt items { productTitle variantTitle quantity }\n    shipments { carrier trackingNumber trackingUrl status items { productTitle quantity } events { status note source occurredAt } } } }"): typeof import('./graphql.js').FulfillmentTrackingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmtpVerify($input: AccountEmailVerifyInput!) {\n  accountEmailVerify(input: $input) { user { email emailVerified } errors { code } } }"): typeof import('./graphql.js').SmtpVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmtpDevMailbox { devMailbox(first: 5) { totalCount nodes { to text } } }"): typeof import('./graphql.js').SmtpDevMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AtRestResetRequest($input: AccountPasswordResetRequestInput!) {\n  accountPasswordResetRequest(input: $input) { errors { code } } }"): typeof import('./graphql.js').AtRestResetRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AtRestReset($input: AccountPasswordResetInput!) {\n  accountPasswordReset(input: $input) { errors { code } } }"): typeof import('./graphql.js').AtRestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessLogProbe($q: String) {\n  products(first: 3, filter: { query: $q }) { nodes { id } } }"): typeof import('./graphql.js').AccessLogProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessLogTypename { __typename }"): typeof import('./graphql.js').AccessLogTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsProbe { products(first: 2) { nodes { id title } } }"): typeof import('./graphql.js').MetricsProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MetricsBadLogin($input: AccountLoginInput!) {\n  accountLogin(input: $input) { errors { code } } }"): typeof import('./graphql.js').MetricsBadLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsAnonymousAdmin { adminProducts(first: 1) { nodes { id } } }"): typeof import('./graphql.js').MetricsAnonymousAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MetricsOrderEvents { orderEvents { event { id } } }"): typeof import('./graphql.js').MetricsOrderEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TracedProducts($q: String) {\n  products(first: 2, filter: { query: $q }) { nodes { id } } }"): typeof import('./graphql.js').TracedProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetOrders { orders(first: 20) { totalCount edges { cursor node {\n  id number status totals { total { amount } }\n  lines { id sku quantity total { amount } }\n  payments { id status }\n  events { type }\n  canCancel } } } }"): typeof import('./graphql.js').BudgetOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipOrders($first: Int, $after: String, $filter: OrderFilterInput) {\n  orders(first: $first, after: $after, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number status customerId } } } }"): typeof import('./graphql.js').OwnershipOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipPayments($first: Int, $after: String) {\n  payments(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } nodes { ...CheckoutPaymentFields order { id number } } } }"): typeof import('./graphql.js').OwnershipPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipPayment($id: ID!) {\n  payment(id: $id) { ...CheckoutPaymentFields order { ...CheckoutOrderFields } } }"): typeof import('./graphql.js').OwnershipPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransitionOrderFields on Order {\n  id number status paymentStatus paymentMethod carrier trackingNumber reservedUntil }"): typeof import('./graphql.js').TransitionOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionCheckout($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }"): typeof import('./graphql.js').TransitionCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionCancel($input: OrderCancelInput!) {\n  orderCancel(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }"): typeof import('./graphql.js').TransitionCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionPay($input: OrderPayInput!) {\n  orderPay(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }"): typeof import('./graphql.js').TransitionPayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionShipmentCreate($input: ShipmentCreateInput!) {\n  shipmentCreate(input: $input) {\n    shipment { id carrier trackingNumber trackingUrl status lines { quantity orderLine { id } } }\n    order { ...TransitionOrderFields } errors { field code message } } }"): typeof import('./graphql.js').TransitionShipmentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionShipmentUpdateStatus($input: ShipmentUpdateStatusInput!) {\n  shipmentUpdateStatus(input: $input) {\n    shipment { id carrier trackingNumber trackingUrl status lines { quantity orderLine { id } } }\n    order { ...TransitionOrderFields } errors { field code message } } }"): typeof import('./graphql.js').TransitionShipmentUpdateStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionMarkCollected($input: OrderIdInput!) {\n  paymentMarkCollected(input: $input) { order { ...TransitionOrderFields } errors { field code message } } }"): typeof import('./graphql.js').TransitionMarkCollectedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminCliMe { me { name emailVerified role disabled } }"): typeof import('./graphql.js').AdminCliMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminCliUsers { users(first: 10) { totalCount nodes { email role } } }"): typeof import('./graphql.js').AdminCliUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUpdateName($input: AccountUpdateInput!) { accountUpdate(input: $input) { user { id name } errors { code } } }"): typeof import('./graphql.js').AuthUpdateNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthUsers { users(first: 50) { totalCount nodes { id email role } } }"): typeof import('./graphql.js').AuthUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthUser($id: ID!) { user(id: $id) { id email role } }"): typeof import('./graphql.js').AuthUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id role } errors { code } } }"): typeof import('./graphql.js').AuthUserUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMailbox { devMailbox(first: 5) { totalCount nodes { to subject } } }"): typeof import('./graphql.js').AuthMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMeAdminFields { me { id email disabled } }"): typeof import('./graphql.js').AuthMeAdminFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMeName { me { name } }"): typeof import('./graphql.js').AuthMeNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMePublic { me { id email } }"): typeof import('./graphql.js').AuthMePublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMeCancellations { me { id cancellationCount } }"): typeof import('./graphql.js').AuthMeCancellationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthUserAdminFields($id: ID!) { user(id: $id) { disabled cancellationCount } }"): typeof import('./graphql.js').AuthUserAdminFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogoutAll { accountLogoutAll { revokedSessions errors { code } } }"): typeof import('./graphql.js').AuthLogoutAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthAccountDelete($input: AccountDeleteInput!) { accountDelete(input: $input) { deletedId errors { code } } }"): typeof import('./graphql.js').AuthAccountDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUserDelete($input: UserDeleteInput!) { userDelete(input: $input) { deletedId errors { code } } }"): typeof import('./graphql.js').AuthUserDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDataExport { accountDataExport { url errors { code } } }"): typeof import('./graphql.js').AuthDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsListing($filter: ProductFilterInput) {\n  products(first: 5, filter: $filter) { totalCount nodes { id } }\n}"): typeof import('./graphql.js').LimitsListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsProductCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id slug } errors { field code message } }\n}"): typeof import('./graphql.js').LimitsProductCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsProductCount { adminProducts(first: 1) { totalCount } }"): typeof import('./graphql.js').LimitsProductCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsCouponCreate($input: CouponCreateInput!) {\n  couponCreate(input: $input) { coupon { id } errors { field code } } }"): typeof import('./graphql.js').LimitsCouponCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsCouponInputFields { __type(name: \"CouponCreateInput\") { inputFields { name description } } }"): typeof import('./graphql.js').LimitsCouponInputFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreparedProductsPage($first: Int!) { products(first: $first) { nodes { id } } }"): typeof import('./graphql.js').PreparedProductsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreparedFilteredPage($filter: ProductFilterInput!) { products(first: 5, filter: $filter, sort: PRICE_ASC) { nodes { id } } }"): typeof import('./graphql.js').PreparedFilteredPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreparedMe { me { id } }"): typeof import('./graphql.js').PreparedMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetUsers { users(first: 100) { totalCount nodes { id email name role emailVerified disabled createdAt } } }"): typeof import('./graphql.js').BudgetUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetMe { me { id email name role emailVerified } }"): typeof import('./graphql.js').BudgetMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetMeId { me { id } }"): typeof import('./graphql.js').BudgetMeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaProduct($slug: String!) { product(slug: $slug) { id title } }"): typeof import('./graphql.js').ReplicaProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaProducts {\n  products(first: 10) { totalCount edges { node { id title variants { id sku price { amount } } categories { id name } } } }\n}"): typeof import('./graphql.js').ReplicaProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaMyAddresses { addresses { id city } }"): typeof import('./graphql.js').ReplicaMyAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisLimitLogin($input: AccountLoginInput!) {\n    accountLogin(input: $input) { accessToken user { email } errors { code } }\n  }"): typeof import('./graphql.js').RedisLimitLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisLimitRegister($input: AccountRegisterInput!) {\n    accountRegister(input: $input) { user { id } errors { code } }\n  }"): typeof import('./graphql.js').RedisLimitRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Return { returnStatus: status }\n    ... on ReturnLine { returnQuantity: quantity }\n    ... on Shipment { trackingNumber }\n    ... on Refund { refundAmount: amount { amount } }\n    ... on ProductImage { alt }\n    ... on Category { slug }\n    ... on StockMovement { delta }\n    ... on Address { city }\n    ... on WishlistItem { addedAt }\n    ... on Coupon { code }\n    ... on TaxRate { rate }\n    ... on WebhookEndpoint { url }\n    ... on WebhookDelivery { eventType }\n    ... on MailMessage { subject }\n  } }"): typeof import('./graphql.js').RelayAccessNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"): typeof import('./graphql.js').RelayAccessNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessOrderParts($id: ID!) {\n  order(id: $id) { id payments { id } shipments { id } returns { id lines { id } } refunds { id } } }"): typeof import('./graphql.js').RelayAccessOrderPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessImages($id: ID!) { product(id: $id) { id images { id } } }"): typeof import('./graphql.js').RelayAccessImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RelayAccessDraft($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id } errors { code } } }"): typeof import('./graphql.js').RelayAccessDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RelayAccessCategory($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { id } errors { code } } }"): typeof import('./graphql.js').RelayAccessCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessCategoryById($id: ID!) { category(id: $id) { id slug } }"): typeof import('./graphql.js').RelayAccessCategoryByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessMovements($variantId: ID!) {\n  stockMovements(filter: { variantId: $variantId }, first: 1) { nodes { id } } }"): typeof import('./graphql.js').RelayAccessMovementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessAddresses { addresses { id } }"): typeof import('./graphql.js').RelayAccessAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RelayAccessWishlistAdd($input: WishlistAddInput!) {\n  wishlistAdd(input: $input) { item { id } errors { code } } }"): typeof import('./graphql.js').RelayAccessWishlistAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessWishlist { wishlist(first: 10) { nodes { id } } }"): typeof import('./graphql.js').RelayAccessWishlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RelayAccessWebhookCreate($input: WebhookCreateInput!) {\n  webhookCreate(input: $input) { webhook { id } errors { code message } } }"): typeof import('./graphql.js').RelayAccessWebhookCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessDeliveries($endpointId: ID!) {\n  webhookDeliveries(filter: { endpointId: $endpointId }, first: 10) { nodes { id } } }"): typeof import('./graphql.js').RelayAccessDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAccessMailbox($to: String) { devMailbox(filter: { to: $to }, first: 1) { nodes { id } } }"): typeof import('./graphql.js').RelayAccessMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Product { title productStatus: status }\n    ... on ProductVariant { sku product { id } }\n    ... on Order { number }\n    ... on OrderLine { quantity }\n    ... on OrderEvent { type }\n    ... on Payment { amount { amount } }\n    ... on User { email }\n    ... on Cart { itemCount }\n    ... on CartLine { quantity }\n    ... on ShippingMethod { code }\n  } }"): typeof import('./graphql.js').RelayNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"): typeof import('./graphql.js').RelayNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayOrderParts($id: ID!) {\n  order(id: $id) { id lines { id } events { id } payments { id } } }"): typeof import('./graphql.js').RelayOrderPartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayAdminIds {\n  shippingMethods { id code }\n  me { id } }"): typeof import('./graphql.js').RelayAdminIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayCartIds { cart { id lines { id } } }"): typeof import('./graphql.js').RelayCartIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RelayAddToCart($input: CartAddItemInput!) {\n  cartAddItem(input: $input) { errors { code } } }"): typeof import('./graphql.js').RelayAddToCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RelayDraftCreate($input: ProductCreateInput!) {\n  productCreate(input: $input) { product { id } errors { code message } } }"): typeof import('./graphql.js').RelayDraftCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeadlineListing { products(first: 5) { totalCount nodes { id title } } }"): typeof import('./graphql.js').DeadlineListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedCachedProduct($slug: String!) {\n  product(slug: $slug) { id title variants { inStock price { amount } } } }"): typeof import('./graphql.js').SharedCachedProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SharedCachedRename($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id title } errors { code } } }"): typeof import('./graphql.js').SharedCachedRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedPage($first: Int) {\n  products(first: $first) { totalCount nodes { id slug title inStock priceRange { min { amount } }\n    variants { id inStock price { amount currencyCode } } categories { slug } images { url } } } }"): typeof import('./graphql.js').CachedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedProduct($slug: String!) {\n  product(slug: $slug) { id title inStock variants { id inStock quantityAvailable } } }"): typeof import('./graphql.js').CachedProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachedCategories { categories(flat: true) { id slug parent { id } } }"): typeof import('./graphql.js').CachedCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UncachedReviews { products(first: 2) { nodes { id reviews { totalCount } } } }"): typeof import('./graphql.js').UncachedReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CachedProductUpdate($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { product { id title } errors { code message } } }"): typeof import('./graphql.js').CachedProductUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShutdownMe { me { email name role } }"): typeof import('./graphql.js').ShutdownMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShutdownAdmins { users(filter: { role: ADMIN }) { totalCount nodes { email } } }"): typeof import('./graphql.js').ShutdownAdminsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShutdownEveryone { users { totalCount } }"): typeof import('./graphql.js').ShutdownEveryoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementTimeoutListing { products(first: 5) { nodes { id } } }"): typeof import('./graphql.js').StatementTimeoutListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatformUserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) { user { id role disabled } errors { field code message } }\n}"): typeof import('./graphql.js').PlatformUserUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformUser($id: ID!) { user(id: $id) { id role disabled } }"): typeof import('./graphql.js').PlatformUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformUsersCount { users(first: 1) { totalCount } }"): typeof import('./graphql.js').PlatformUsersCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformActiveAdmins { users(filter: { role: ADMIN, disabled: false }) { totalCount } }"): typeof import('./graphql.js').PlatformActiveAdminsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformMeId { me { id } }"): typeof import('./graphql.js').PlatformMeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformMeRole { me { id role disabled } }"): typeof import('./graphql.js').PlatformMeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatformRefresh($input: AccountTokenRefreshInput) {\n  accountTokenRefresh(input: $input) { accessToken errors { code } } }"): typeof import('./graphql.js').PlatformRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformUsers($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilterInput) {\n  users(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n    edges { cursor node { id email name role disabled createdAt } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    totalCount\n  }\n}"): typeof import('./graphql.js').PlatformUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatformUsersUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) { errors { code } } }"): typeof import('./graphql.js').PlatformUsersUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformUsersOne($id: ID!) { user(id: $id) { id email name role disabled } }"): typeof import('./graphql.js').PlatformUsersOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromotionCategoryDelete($input: CategoryDeleteInput!) {\n  categoryDelete(input: $input) { deletedId errors { code } } }"): typeof import('./graphql.js').PromotionCategoryDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PromotionCouponFields on Coupon {\n  id code type percentage amount { amount currencyCode } minSubtotal { amount currencyCode }\n  startsAt endsAt usageLimit perCustomerLimit usedCount categoryIds productIds\n  categories { id slug } products { id slug status } active createdAt updatedAt }"): typeof import('./graphql.js').PromotionCouponFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromotionCouponCreate($input: CouponCreateInput!) {\n  couponCreate(input: $input) { coupon { ...PromotionCouponFields } errors { field code message } } }"): typeof import('./graphql.js').PromotionCouponCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromotionCouponUpdate($input: CouponUpdateInput!) {\n  couponUpdate(input: $input) { coupon { ...PromotionCouponFields } errors { field code message } } }"): typeof import('./graphql.js').PromotionCouponUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromotionCouponDelete($input: CouponDeleteInput!) {\n  couponDelete(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').PromotionCouponDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PromotionCoupon($id: ID!) { coupon(id: $id) { ...PromotionCouponFields } }"): typeof import('./graphql.js').PromotionCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PromotionCoupons($first: Int, $after: String, $last: Int, $before: String, $filter: CouponFilterInput) {\n  coupons(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { id code } }\n    nodes { id code active }\n  } }"): typeof import('./graphql.js').PromotionCouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RefundFields on Refund {\n  id paymentId orderId amount { amount currencyCode } source reason returnId providerReference createdAt }"): typeof import('./graphql.js').RefundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefundPayment($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) {\n    refund { ...RefundFields }\n    payment { id status amount { amount currencyCode } refundedAmount { amount } }\n    order { ...TransitionOrderFields }\n    errors { field code message }\n  } }"): typeof import('./graphql.js').RefundPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RefundOrderMoney($id: ID!) {\n  order(id: $id) {\n    id status paymentStatus\n    payments { id status amount { amount currencyCode } refundedAmount { amount } refunds { ...RefundFields } }\n    refunds { ...RefundFields }\n  } }"): typeof import('./graphql.js').RefundOrderMoneyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerReport($input: CustomerReportInput!) {\n  customerReport(input: $input) {\n    from to timeZone bucket\n    totals { newCustomers orders buyers firstTimeBuyers returningBuyers repeatBuyers repeatPurchaseRate averageOrdersPerCustomer }\n    buckets { start end label newCustomers orders buyers firstTimeBuyers returningBuyers }\n  }\n}"): typeof import('./graphql.js').CustomerReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardSummary($lowStockThreshold: Int) {\n  dashboardSummary(lowStockThreshold: $lowStockThreshold) {\n    timeZone generatedAt lowStockThreshold lowStockCount\n    today { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }\n      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }\n    last7Days { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }\n      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }\n    last30Days { current { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers }\n      previous { from to sales { amount currencyCode } orders averageOrderValue { amount } newCustomers } }\n  }\n}"): typeof import('./graphql.js').DashboardSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryMovements($filter: InventoryReportFilterInput, $period: StockMovementPeriodInput!) {\n  inventoryReport(filter: $filter) {\n    movements(input: $period) {\n      from to timeZone netUnits\n      reasons { reason units movements }\n      buckets { start end label netUnits reasons { reason units movements } }\n    }\n  }\n}"): typeof import('./graphql.js').InventoryMovementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryStock($filter: InventoryReportFilterInput, $first: Int, $after: String) {\n  inventoryReport(filter: $filter) {\n    lowStockThreshold\n    totals { variants units value { amount currencyCode } lowStockCount }\n    items(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id sku quantityAvailable price { amount } stockValue { amount currencyCode } product { id } }\n    }\n  }\n}"): typeof import('./graphql.js').InventoryStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryTotalsOnly { inventoryReport { totals { units } } }"): typeof import('./graphql.js').InventoryTotalsOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryVariantStockValue($slug: String!) {\n  product(slug: $slug) { variants { id stockValue { amount } } } }"): typeof import('./graphql.js').InventoryVariantStockValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportSalesItemsWithoutCount($input: SalesReportInput!, $first: Int) {\n  salesReport(input: $input) { buckets { items(first: $first) { edges { cursor orderNumber } } } } }"): typeof import('./graphql.js').ReportSalesItemsWithoutCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportCategoryMove($input: CategoryMoveInput!) {\n  categoryMove(input: $input) { category { id } errors { code message } } }"): typeof import('./graphql.js').ReportCategoryMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportTop($input: TopReportInput!, $from: String!, $to: String!) {\n  topProducts(input: $input) { productId product { id title } orders units gross { amount } refunds { amount } net { amount } }\n  topCategories(input: $input) { category { id } orders units net { amount } }\n  ordersByStatus(input: { from: $from, to: $to }) { status count } }"): typeof import('./graphql.js').ReportTopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportSales($input: SalesReportInput!, $first: Int, $after: String) {\n  salesReport(input: $input) {\n    from to timeZone bucket\n    totals { ...ReportFigures }\n    buckets {\n      start end label ...ReportBucketFigures\n      items(first: $first, after: $after) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { cursor orderId orderNumber createdAt shipping { amount } tax { amount } total { amount }\n          refunded { amount } node { id productId variantId sku quantity subtotal { amount } discount { amount } } }\n      }\n    }\n  } }"): typeof import('./graphql.js').ReportSalesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportFigures on SalesFigures {\n  orders units gross { amount currencyCode } discounts { amount } shipping { amount } tax { amount }\n  refunds { amount } net { amount } averageOrderValue { amount } }"): typeof import('./graphql.js').ReportFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportBucketFigures on SalesReportBucket {\n  orders units gross { amount currencyCode } discounts { amount } shipping { amount } tax { amount }\n  refunds { amount } net { amount } averageOrderValue { amount } }"): typeof import('./graphql.js').ReportBucketFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportCategoryCreate($input: CategoryCreateInput!) {\n  categoryCreate(input: $input) { category { id } errors { code message } } }"): typeof import('./graphql.js').ReportCategoryCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportProductCategories($input: ProductUpdateInput!) {\n  productUpdate(input: $input) { errors { code message } } }"): typeof import('./graphql.js').ReportProductCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReturnsBudgetList($first: Int) { returns(first: $first) { totalCount edges { node {\n  id status refundedAmount { amount }\n  lines { quantity orderLine { sku total { amount } } }\n  order { number refunds { amount { amount } source } payments { status refunds { amount { amount } } }\n          returns { id status } }\n} } } }"): typeof import('./graphql.js').ReturnsBudgetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReturnFields on Return {\n  id orderId customerId status reason note refundedAmount { amount currencyCode } createdAt updatedAt\n  lines { id orderLineId quantity orderLine { id sku quantity } } }"): typeof import('./graphql.js').ReturnFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnsRequest($input: ReturnRequestInput!) {\n  returnRequest(input: $input) { return { ...ReturnFields } errors { field code message } } }"): typeof import('./graphql.js').ReturnsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnsApprove($input: ReturnDecisionInput!) {\n  returnApprove(input: $input) { return { ...ReturnFields } errors { field code message } } }"): typeof import('./graphql.js').ReturnsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnsReject($input: ReturnDecisionInput!) {\n  returnReject(input: $input) { return { ...ReturnFields } errors { field code message } } }"): typeof import('./graphql.js').ReturnsRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnsReceive($input: ReturnIdInput!) {\n  returnReceive(input: $input) { return { ...ReturnFields } errors { field code message } } }"): typeof import('./graphql.js').ReturnsReceiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReturnsList($filter: ReturnFilterInput, $first: Int, $after: String) {\n  returns(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status order { id number } } } } }"): typeof import('./graphql.js').ReturnsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReturnsOfOrder($id: ID!) {\n  order(id: $id) { id returns { ...ReturnFields } } }"): typeof import('./graphql.js').ReturnsOfOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnsPaymentRefund($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) { errors { field code message } } }"): typeof import('./graphql.js').ReturnsPaymentRefundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RatedProducts($filter: ProductFilterInput, $sort: ProductSort) {\n  products(first: 20, filter: $filter, sort: $sort) {\n    nodes { id rating { average count } }\n    facets { ratings { minRating count } } } }"): typeof import('./graphql.js').RatedProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewBudgetPage($first: Int!) {\n  products(first: $first, filter: { tags: [\"budget\"] }) {\n    nodes { id title rating { average count histogram { stars count } }\n      reviews(first: 3, sort: MOST_HELPFUL, filter: { withText: true }) {\n        totalCount pageInfo { hasNextPage endCursor }\n        edges { cursor node { id rating title body authorName verifiedPurchase helpfulCount createdAt reply { body } } } } } } }"): typeof import('./graphql.js').ReviewBudgetPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewBudgetUsers($first: Int!) {\n  users(first: $first, filter: { role: CUSTOMER }) {\n    nodes { id reviewRequestEmails reviews(first: 5) { totalCount edges { cursor node { id rating product { id title } } } } } } }"): typeof import('./graphql.js').ReviewBudgetUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewRequestAccountDelete($input: AccountDeleteInput!) {\n  accountDelete(input: $input) { deletedId errors { code } } }"): typeof import('./graphql.js').ReviewRequestAccountDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewNode($id: ID!) {\n  node(id: $id) { ... on Review { id status rejectionReason rating } } }"): typeof import('./graphql.js').ReviewNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyReviews {\n  me { id reviewRequestEmails reviews(first: 10) { totalCount nodes { id status rejectionReason product { id } } } } }"): typeof import('./graphql.js').MyReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderLinesReviews($id: ID!) {\n  order(id: $id) { id status lines { id productId reviewable review { id rating status } } } }"): typeof import('./graphql.js').OrderLinesReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewEmailsSet($input: ReviewRequestEmailsInput!) {\n  reviewRequestEmailsSet(input: $input) { enabled errors { code } } }"): typeof import('./graphql.js').ReviewEmailsSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewFields on Review {\n  id rating title body authorName verifiedPurchase status rejectionReason helpfulCount unhelpfulCount\n  createdAt updatedAt reply { body repliedAt } product { id } }"): typeof import('./graphql.js').ReviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewCreate($input: ReviewCreateInput!) {\n  reviewCreate(input: $input) { review { ...ReviewFields } errors { field code message } } }"): typeof import('./graphql.js').ReviewCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewUpdate($input: ReviewUpdateInput!) {\n  reviewUpdate(input: $input) { review { ...ReviewFields } errors { field code message } } }"): typeof import('./graphql.js').ReviewUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewDelete($input: ReviewIdInput!) {\n  reviewDelete(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').ReviewDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewVote($input: ReviewVoteInput!) {\n  reviewVote(input: $input) { review { id helpfulCount unhelpfulCount } errors { field code message } } }"): typeof import('./graphql.js').ReviewVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewApprove($input: ReviewIdInput!) {\n  reviewApprove(input: $input) { review { ...ReviewFields } errors { field code message } } }"): typeof import('./graphql.js').ReviewApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewReject($input: ReviewRejectInput!) {\n  reviewReject(input: $input) { review { ...ReviewFields } errors { field code message } } }"): typeof import('./graphql.js').ReviewRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewReply($input: ReviewReplyInput!) {\n  reviewReply(input: $input) { review { ...ReviewFields } errors { field code message } } }"): typeof import('./graphql.js').ReviewReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminReviews($filter: AdminReviewsFilterInput, $first: Int) {\n  reviews(filter: $filter, first: $first) { totalCount nodes { ...ReviewFields customerId } } }"): typeof import('./graphql.js').AdminReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewProductRating($id: ID!) {\n  product(id: $id) { id rating { average count histogram { stars count } } } }"): typeof import('./graphql.js').ReviewProductRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductReviews($id: ID!, $first: Int, $after: String,\n  $sort: ReviewSort, $filter: ProductReviewsFilterInput) {\n  product(id: $id) { id reviews(first: $first, after: $after, sort: $sort, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...ReviewFields } } } } }"): typeof import('./graphql.js').ProductReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewTestRefund($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) { order { id status } errors { field code message } } }"): typeof import('./graphql.js').ReviewTestRefundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewTestCancel($input: OrderCancelInput!) {\n  orderCancel(input: $input) { order { id status } errors { field code message } } }"): typeof import('./graphql.js').ReviewTestCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewRegister($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id } errors { code } } }"): typeof import('./graphql.js').ReviewRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShippingDemoProductCount { adminProducts(first: 1) { totalCount } }"): typeof import('./graphql.js').ShippingDemoProductCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShippingActiveMethods {\n  shippingMethods(filter: { active: true }) { code active } }"): typeof import('./graphql.js').ShippingActiveMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ShippingMethodFields on ShippingMethod {\n  id code name description price { amount currencyCode } freeAbove { amount currencyCode }\n  minDeliveryDays maxDeliveryDays countries active position createdAt updatedAt }"): typeof import('./graphql.js').ShippingMethodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShippingAdminMethods($filter: ShippingMethodFilterInput) {\n  shippingMethods(filter: $filter) { ...ShippingMethodFields } }"): typeof import('./graphql.js').ShippingAdminMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShippingMethodCreate($input: ShippingMethodCreateInput!) {\n  shippingMethodCreate(input: $input) { shippingMethod { ...ShippingMethodFields } errors { field code message } } }"): typeof import('./graphql.js').ShippingMethodCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShippingMethodUpdate($input: ShippingMethodUpdateInput!) {\n  shippingMethodUpdate(input: $input) { shippingMethod { ...ShippingMethodFields } errors { field code message } } }"): typeof import('./graphql.js').ShippingMethodUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShippingMethodDelete($input: DeleteInput!) {\n  shippingMethodDelete(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').ShippingMethodDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ShippingTaxRateFields on TaxRate {\n  id country region taxClass rate rateBasisPoints name createdAt updatedAt }"): typeof import('./graphql.js').ShippingTaxRateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShippingAdminTaxRates($filter: TaxRateFilterInput) {\n  taxRates(filter: $filter) { ...ShippingTaxRateFields } }"): typeof import('./graphql.js').ShippingAdminTaxRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShippingTaxRateCreate($input: TaxRateCreateInput!) {\n  taxRateCreate(input: $input) { taxRate { ...ShippingTaxRateFields } errors { field code message } } }"): typeof import('./graphql.js').ShippingTaxRateCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShippingTaxRateUpdate($input: TaxRateUpdateInput!) {\n  taxRateUpdate(input: $input) { taxRate { ...ShippingTaxRateFields } errors { field code message } } }"): typeof import('./graphql.js').ShippingTaxRateUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShippingTaxRateDelete($input: DeleteInput!) {\n  taxRateDelete(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').ShippingTaxRateDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmokeRegister($input: AccountRegisterInput!) {\n  accountRegister(input: $input) { user { id email role emailVerified } errors { field code message } } }"): typeof import('./graphql.js').SmokeRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmokeLogin($input: AccountLoginInput!) {\n  accountLogin(input: $input) { accessToken refreshToken user { email } errors { code } } }"): typeof import('./graphql.js').SmokeLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmokeMe { me { email name } }"): typeof import('./graphql.js').SmokeMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StripeOrderFields on Order {\n  id number status paymentStatus paymentMethod reservedUntil }"): typeof import('./graphql.js').StripeOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StripeCheckout($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...StripeOrderFields }\n    payment { id status provider cardBrand cardLast4 }\n    clientSecret\n    errors { field code message }\n  } }"): typeof import('./graphql.js').StripeCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StripePay($input: OrderPayInput!) {\n  orderPay(input: $input) { order { ...StripeOrderFields } clientSecret errors { field code message } } }"): typeof import('./graphql.js').StripePayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SubscriptionUpdateFields on OrderUpdate {\n  event { id type fromStatus toStatus toPaymentStatus actorKind }\n  order { id number status paymentStatus customerId events { type } } }"): typeof import('./graphql.js').SubscriptionUpdateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionOrderUpdated($orderId: ID!) {\n  orderUpdated(orderId: $orderId) { ...SubscriptionUpdateFields } }"): typeof import('./graphql.js').SubscriptionOrderUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionOrderEvents {\n  orderEvents { ...SubscriptionUpdateFields } }"): typeof import('./graphql.js').SubscriptionOrderEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: AccountRegisterInput!) {\n  accountRegister(input: $input) {\n    user { id email name role emailVerified pendingEmail }\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    errors { field code message }\n  }\n}"): typeof import('./graphql.js').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: AccountLoginInput!) {\n  accountLogin(input: $input) {\n    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt\n    user { id email role }\n    errors { field code message }\n  }\n}"): typeof import('./graphql.js').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevMailboxTo($to: String) {\n  devMailbox(filter: { to: $to }, first: 20) { nodes { subject text html status } }\n}"): typeof import('./graphql.js').DevMailboxToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputLimitsListing($f: ProductFilterInput) {\n  products(first: 1, filter: $f) { totalCount } }"): typeof import('./graphql.js').InputLimitsListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputLimitsCouponCreate($i: CouponCreateInput!) {\n  couponCreate(input: $i) { errors { code } } }"): typeof import('./graphql.js').InputLimitsCouponCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputLimitsNested($b: [String!]) {\n  one: products(first: 1) { totalCount }\n  ... on Query { two: products(first: 1, filter: { brands: $b }) { totalCount } }\n}"): typeof import('./graphql.js').InputLimitsNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookEndpointFields on WebhookEndpoint {\n  id url events description active createdAt updatedAt }"): typeof import('./graphql.js').WebhookEndpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookTestCreate($input: WebhookCreateInput!) {\n  webhookCreate(input: $input) { webhook { ...WebhookEndpointFields } secret errors { field code message } } }"): typeof import('./graphql.js').WebhookTestCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookTestUpdate($input: WebhookUpdateInput!) {\n  webhookUpdate(input: $input) { webhook { ...WebhookEndpointFields } errors { field code message } } }"): typeof import('./graphql.js').WebhookTestUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookTestRotateSecret($input: WebhookIdInput!) {\n  webhookRotateSecret(input: $input) { webhook { ...WebhookEndpointFields } secret errors { field code message } } }"): typeof import('./graphql.js').WebhookTestRotateSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookTestDelete($input: WebhookIdInput!) {\n  webhookDelete(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').WebhookTestDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookTestList($first: Int, $after: String) {\n  webhooks(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } nodes { ...WebhookEndpointFields } } }"): typeof import('./graphql.js').WebhookTestListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookTestDeliveries($filter: WebhookDeliveryFilterInput!, $first: Int, $after: String) {\n  webhookDeliveries(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes {\n      id eventId eventType status attemptCount nextAttemptAt lastError body createdAt deliveredAt\n      attempts { attempt responseStatus error durationMs createdAt }\n    }\n  } }"): typeof import('./graphql.js').WebhookTestDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WishlistBudgetPage { wishlist(first: 20) {\n  totalCount\n  pageInfo { hasNextPage endCursor }\n  edges { cursor node {\n    id addedAt available\n    product { id title status priceRange { min { amount } max { amount } } images { url alt } }\n    variant { id price { amount } inStock }\n  } }\n} }"): typeof import('./graphql.js').WishlistBudgetPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WishlistItemFields on WishlistItem {\n  id addedAt available\n  product { id title status }\n  variant { id sku price { amount } } }"): typeof import('./graphql.js').WishlistItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WishlistPage($first: Int, $after: String, $last: Int, $before: String) {\n  wishlist(first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    edges { cursor node { ...WishlistItemFields } }\n  } }"): typeof import('./graphql.js').WishlistPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WishlistAdd($input: WishlistAddInput!) {\n  wishlistAdd(input: $input) { item { ...WishlistItemFields } errors { field code message } } }"): typeof import('./graphql.js').WishlistAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WishlistRemove($input: WishlistRemoveInput!) {\n  wishlistRemove(input: $input) { deletedId errors { field code message } } }"): typeof import('./graphql.js').WishlistRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WishlistMoveToCart($input: WishlistMoveToCartInput!) {\n  wishlistMoveToCart(input: $input) {\n    removedItemId quantityAvailable\n    cart { id itemCount lines { quantity variant { id } } }\n    errors { field code message }\n  } }"): typeof import('./graphql.js').WishlistMoveToCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WishlistTestVariantDelete($input: DeleteInput!) {\n  variantDelete(input: $input) { deletedId errors { code } } }"): typeof import('./graphql.js').WishlistTestVariantDeleteDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
