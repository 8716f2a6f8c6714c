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
    "fragment CartFields on Cart {\n  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings\n  lines { id quantity\n    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } lineTotal { amount }\n    discount { amount } tax { amount } total { amount }\n    variant { id sku quantityAvailable price { amount } }\n    product { id slug title status } }\n  coupon { code type percentage amount { amount } applied }\n  shippingAddress { name line1 city region postalCode country addressId }\n  shippingMethod { code price { amount } }\n  availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }\n  warnings { code lineId message blocking } }": typeof types.CartFieldsFragmentDoc,
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
    "fragment CheckoutOrderFields on Order {\n  id number status paymentStatus paymentMethod customerId couponCode note reservedUntil createdAt canCancel\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } }\n  shippingAddress { name line1 city region postalCode country phone }\n  billingAddress { name line1 city country }\n  shippingMethod { code name price { amount } minDeliveryDays maxDeliveryDays }\n  lines { id position productId variantId productTitle variantTitle sku options { name value } taxClass\n    unitPrice { amount } quantity subtotal { amount } discount { amount } tax { amount } total { amount } }\n  payments { id status method provider amount { amount } cardBrand cardLast4 failureCode failureMessage }\n  events { type fromStatus toStatus fromPaymentStatus toPaymentStatus actorKind reason } }": typeof types.CheckoutOrderFieldsFragmentDoc,
    "fragment CheckoutPaymentFields on Payment {\n  id orderId status method provider amount { amount currencyCode } refundedAmount { amount }\n  cardBrand cardLast4 failureCode failureMessage }": typeof types.CheckoutPaymentFieldsFragmentDoc,
    "mutation CheckoutComplete($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields } errors { field code message } } }": typeof types.CheckoutCompleteDocument,
    "query CheckoutOrder($id: ID, $number: String) {\n  order(id: $id, number: $number) { ...CheckoutOrderFields } }": typeof types.CheckoutOrderDocument,
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
    "query ReturnsBudgetList($first: Int) { returns(first: $first) { totalCount edges { node {\n  id status refundedAmount { amount }\n  lines { quantity orderLine { sku total { amount } } }\n  order { number refunds { amount { amount } source } payments { status refunds { amount { amount } } }\n          returns { id status } }\n} } } }": typeof types.ReturnsBudgetListDocument,
    "fragment ReturnFields on Return {\n  id orderId customerId status reason note refundedAmount { amount currencyCode } createdAt updatedAt\n  lines { id orderLineId quantity orderLine { id sku quantity } } }": typeof types.ReturnFieldsFragmentDoc,
    "mutation ReturnsRequest($input: ReturnRequestInput!) {\n  returnRequest(input: $input) { return { ...ReturnFields } errors { field code message } } }": typeof types.ReturnsRequestDocument,
    "mutation ReturnsApprove($input: ReturnDecisionInput!) {\n  returnApprove(input: $input) { return { ...ReturnFields } errors { field code message } } }": typeof types.ReturnsApproveDocument,
    "mutation ReturnsReject($input: ReturnDecisionInput!) {\n  returnReject(input: $input) { return { ...ReturnFields } errors { field code message } } }": typeof types.ReturnsRejectDocument,
    "mutation ReturnsReceive($input: ReturnIdInput!) {\n  returnReceive(input: $input) { return { ...ReturnFields } errors { field code message } } }": typeof types.ReturnsReceiveDocument,
    "query ReturnsList($status: ReturnStatus, $first: Int, $after: String) {\n  returns(status: $status, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status order { id number } } } } }": typeof types.ReturnsListDocument,
    "query ReturnsOfOrder($id: ID!) {\n  order(id: $id) { id returns { ...ReturnFields } } }": typeof types.ReturnsOfOrderDocument,
    "mutation ReturnsPaymentRefund($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) { errors { field code message } } }": typeof types.ReturnsPaymentRefundDocument,
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
    "fragment CartFields on Cart {\n  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings\n  lines { id quantity\n    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } lineTotal { amount }\n    discount { amount } tax { amount } total { amount }\n    variant { id sku quantityAvailable price { amount } }\n    product { id slug title status } }\n  coupon { code type percentage amount { amount } applied }\n  shippingAddress { name line1 city region postalCode country addressId }\n  shippingMethod { code price { amount } }\n  availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }\n  warnings { code lineId message blocking } }": types.CartFieldsFragmentDoc,
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
    "fragment CheckoutOrderFields on Order {\n  id number status paymentStatus paymentMethod customerId couponCode note reservedUntil createdAt canCancel\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } }\n  shippingAddress { name line1 city region postalCode country phone }\n  billingAddress { name line1 city country }\n  shippingMethod { code name price { amount } minDeliveryDays maxDeliveryDays }\n  lines { id position productId variantId productTitle variantTitle sku options { name value } taxClass\n    unitPrice { amount } quantity subtotal { amount } discount { amount } tax { amount } total { amount } }\n  payments { id status method provider amount { amount } cardBrand cardLast4 failureCode failureMessage }\n  events { type fromStatus toStatus fromPaymentStatus toPaymentStatus actorKind reason } }": types.CheckoutOrderFieldsFragmentDoc,
    "fragment CheckoutPaymentFields on Payment {\n  id orderId status method provider amount { amount currencyCode } refundedAmount { amount }\n  cardBrand cardLast4 failureCode failureMessage }": types.CheckoutPaymentFieldsFragmentDoc,
    "mutation CheckoutComplete($input: CheckoutCompleteInput!) {\n  checkoutComplete(input: $input) {\n    order { ...CheckoutOrderFields } payment { ...CheckoutPaymentFields } errors { field code message } } }": types.CheckoutCompleteDocument,
    "query CheckoutOrder($id: ID, $number: String) {\n  order(id: $id, number: $number) { ...CheckoutOrderFields } }": types.CheckoutOrderDocument,
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
    "query ReturnsBudgetList($first: Int) { returns(first: $first) { totalCount edges { node {\n  id status refundedAmount { amount }\n  lines { quantity orderLine { sku total { amount } } }\n  order { number refunds { amount { amount } source } payments { status refunds { amount { amount } } }\n          returns { id status } }\n} } } }": types.ReturnsBudgetListDocument,
    "fragment ReturnFields on Return {\n  id orderId customerId status reason note refundedAmount { amount currencyCode } createdAt updatedAt\n  lines { id orderLineId quantity orderLine { id sku quantity } } }": types.ReturnFieldsFragmentDoc,
    "mutation ReturnsRequest($input: ReturnRequestInput!) {\n  returnRequest(input: $input) { return { ...ReturnFields } errors { field code message } } }": types.ReturnsRequestDocument,
    "mutation ReturnsApprove($input: ReturnDecisionInput!) {\n  returnApprove(input: $input) { return { ...ReturnFields } errors { field code message } } }": types.ReturnsApproveDocument,
    "mutation ReturnsReject($input: ReturnDecisionInput!) {\n  returnReject(input: $input) { return { ...ReturnFields } errors { field code message } } }": types.ReturnsRejectDocument,
    "mutation ReturnsReceive($input: ReturnIdInput!) {\n  returnReceive(input: $input) { return { ...ReturnFields } errors { field code message } } }": types.ReturnsReceiveDocument,
    "query ReturnsList($status: ReturnStatus, $first: Int, $after: String) {\n  returns(status: $status, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status order { id number } } } } }": types.ReturnsListDocument,
    "query ReturnsOfOrder($id: ID!) {\n  order(id: $id) { id returns { ...ReturnFields } } }": types.ReturnsOfOrderDocument,
    "mutation ReturnsPaymentRefund($input: PaymentRefundInput!) {\n  paymentRefund(input: $input) { errors { field code message } } }": types.ReturnsPaymentRefundDocument,
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
export function graphql(source: "fragment CartFields on Cart {\n  id isGuest updatedAt expiresAt itemCount hasBlockingWarnings\n  lines { id quantity\n    unitPrice { amount currencyCode } unitPriceWhenAdded { amount } lineTotal { amount }\n    discount { amount } tax { amount } total { amount }\n    variant { id sku quantityAvailable price { amount } }\n    product { id slug title status } }\n  coupon { code type percentage amount { amount } applied }\n  shippingAddress { name line1 city region postalCode country addressId }\n  shippingMethod { code price { amount } }\n  availableShippingMethods { code name price { amount } minDeliveryDays maxDeliveryDays estimatedDelivery { earliest latest } }\n  totals { subtotal { amount currencyCode } discount { amount } shipping { amount } tax { amount } total { amount } taxIsEstimate taxCountry }\n  warnings { code lineId message blocking } }"): typeof import('./graphql.js').CartFieldsFragmentDoc;
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
export function graphql(source: "query ReturnsList($status: ReturnStatus, $first: Int, $after: String) {\n  returns(status: $status, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status order { id number } } } } }"): typeof import('./graphql.js').ReturnsListDocument;
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
