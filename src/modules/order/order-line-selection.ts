import { ErrorCode, type UserError, userError } from '../../graphql/errors.js';

/** Units of one order line picked for a shipment or a return. */
export interface OrderLineSelection {
  orderLineId: string;
  quantity: number;
}

/**
 * Input errors of a list of picked order lines: every quantity a positive whole number, every line at
 * most once. Field paths are `input.lines.<index>.<field>`. Whether the lines exist and have that many
 * units is for the caller to check against the order.
 */
export function orderLineSelectionErrors(
  lines: readonly OrderLineSelection[],
  quantityMessage: string,
): UserError[] {
  const errors: UserError[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      errors.push(
        userError(['input', 'lines', String(i), 'quantity'], ErrorCode.INVALID_INPUT, quantityMessage),
      );
    }
    if (seen.has(line.orderLineId)) {
      errors.push(
        userError(
          ['input', 'lines', String(i), 'orderLineId'],
          ErrorCode.INVALID_INPUT,
          'Each order line may appear once.',
        ),
      );
    }
    seen.add(line.orderLineId);
  });
  return errors;
}
