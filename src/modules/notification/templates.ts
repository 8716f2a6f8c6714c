import type { EmailPayload } from './notification.tables.js';

export interface EmailContent {
  to: string;
  subject: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** Optional call to action rendered as a link (HTML) and a bare URL (text). */
  action?: { label: string; url: string };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Renders one email in plain text and HTML from the same content. */
export function renderEmail(content: EmailContent): EmailPayload {
  const textParts = [...content.paragraphs];
  const htmlParts = content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
  if (content.action) {
    textParts.push(`${content.action.label}: ${content.action.url}`);
    htmlParts.push(
      `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`,
    );
  }
  return {
    to: content.to,
    subject: content.subject,
    text: `${textParts.join('\n\n')}\n`,
    html: `<!doctype html><html><body>${htmlParts.join('')}</body></html>`,
  };
}

/** What the order emails show of an order; amounts already formatted ("12.50 USD"). */
export interface OrderEmailFacts {
  to: string;
  name: string;
  orderNumber: string;
  total: string;
  /** The order's page on the storefront. */
  url: string;
}

/** A parcel for the "shipped" email. */
export interface ShippedParcel {
  carrier: string;
  trackingNumber: string;
  trackingUrl: string | null;
  /** Whether this parcel completes the order's shipping (no unit is left to ship). */
  complete: boolean;
}

/** Emails about an order after checkout (state changes), enqueued in the transaction that makes the change. */
export const orderEmails = {
  confirmed(o: OrderEmailFacts, cashOnDelivery: boolean): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: `Order ${o.orderNumber} confirmed`,
      paragraphs: [
        `Hello ${o.name},`,
        `Thank you for your order ${o.orderNumber}. It is confirmed and will be prepared for shipping.`,
        cashOnDelivery ? `Please have ${o.total} ready: you pay on delivery.` : `Total paid: ${o.total}.`,
      ],
      action: { label: 'View your order', url: o.url },
    });
  },
  cancelled(
    o: OrderEmailFacts,
    why: 'CUSTOMER' | 'STORE' | 'EXPIRED',
    refunded: string | null,
  ): EmailPayload {
    const reason =
      why === 'EXPIRED'
        ? `Your order ${o.orderNumber} was cancelled because its payment was not completed in time.`
        : why === 'CUSTOMER'
          ? `Your order ${o.orderNumber} was cancelled as you asked.`
          : `Your order ${o.orderNumber} was cancelled by the store.`;
    return renderEmail({
      to: o.to,
      subject: `Order ${o.orderNumber} cancelled`,
      paragraphs: [
        `Hello ${o.name},`,
        reason,
        ...(refunded ? [`${refunded} has been refunded to your original payment method.`] : []),
      ],
      action: { label: 'View your order', url: o.url },
    });
  },
  /** One parcel left the store (an order in several parcels gets one email per parcel). */
  shipped(o: OrderEmailFacts, parcel: ShippedParcel): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: parcel.complete ? `Order ${o.orderNumber} shipped` : `Part of order ${o.orderNumber} shipped`,
      paragraphs: [
        `Hello ${o.name},`,
        parcel.complete
          ? `Your order ${o.orderNumber} is on its way with ${parcel.carrier}. Tracking number: ${parcel.trackingNumber}.`
          : `Part of your order ${o.orderNumber} is on its way with ${parcel.carrier}. Tracking number: ${parcel.trackingNumber}. We will let you know when the rest ships.`,
        ...(parcel.trackingUrl ? [`Track your parcel: ${parcel.trackingUrl}`] : []),
      ],
      action: { label: 'View your order', url: o.url },
    });
  },
  delivered(o: OrderEmailFacts): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: `Order ${o.orderNumber} delivered`,
      paragraphs: [`Hello ${o.name},`, `Your order ${o.orderNumber} has been delivered. Enjoy!`],
      action: { label: 'View your order', url: o.url },
    });
  },
  /**
   * A card payment attempt failed; the order still holds its stock until `payBy` (the reservation's end,
   * already formatted), after which it is cancelled.
   */
  paymentFailed(o: OrderEmailFacts, reason: string | null, payBy: string | null): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: `Payment for order ${o.orderNumber} failed`,
      paragraphs: [
        `Hello ${o.name},`,
        `The card payment of ${o.total} for your order ${o.orderNumber} did not go through${reason ? `: ${reason}` : '.'}`,
        payBy
          ? `Your items stay reserved until ${payBy}. Pay with the same or another card from your order page before then; after that the order is cancelled.`
          : 'Pay with the same or another card from your order page to complete the order.',
        'You have not been charged for this attempt.',
      ],
      action: { label: 'Pay for your order', url: o.url },
    });
  },
  refunded(o: OrderEmailFacts, refunded: string, afterCancellation: boolean): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: `Order ${o.orderNumber} refunded`,
      paragraphs: [
        `Hello ${o.name},`,
        afterCancellation
          ? `Your payment for order ${o.orderNumber} arrived after the order had been cancelled, so ${refunded} has been refunded to you.`
          : `${refunded} for your order ${o.orderNumber} has been refunded to you.`,
      ],
      action: { label: 'View your order', url: o.url },
    });
  },
  partiallyRefunded(o: OrderEmailFacts, refunded: string): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: `Order ${o.orderNumber}: ${refunded} refunded`,
      paragraphs: [
        `Hello ${o.name},`,
        `${refunded} of your order ${o.orderNumber} (total ${o.total}) has been refunded to your original payment method.`,
      ],
      action: { label: 'View your order', url: o.url },
    });
  },
};

/** Emails about a return of an order's items, one per step, enqueued in the transaction of the step. */
export const returnEmails = {
  requested(o: OrderEmailFacts, units: number): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: `Return requested for order ${o.orderNumber}`,
      paragraphs: [
        `Hello ${o.name},`,
        `We received your request to return ${units} ${units === 1 ? 'item' : 'items'} of order ${o.orderNumber}. We will let you know once it is reviewed.`,
      ],
      action: { label: 'View your order', url: o.url },
    });
  },
  approved(o: OrderEmailFacts, note: string | null): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: `Return approved for order ${o.orderNumber}`,
      paragraphs: [
        `Hello ${o.name},`,
        `Your return for order ${o.orderNumber} is approved: please send the items back. You will be refunded once they arrive.`,
        ...(note ? [`Note from the store: ${note}`] : []),
      ],
      action: { label: 'View your order', url: o.url },
    });
  },
  rejected(o: OrderEmailFacts, note: string | null): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: `Return declined for order ${o.orderNumber}`,
      paragraphs: [
        `Hello ${o.name},`,
        `Your return request for order ${o.orderNumber} was declined.`,
        ...(note ? [`Note from the store: ${note}`] : []),
      ],
      action: { label: 'View your order', url: o.url },
    });
  },
  received(o: OrderEmailFacts, refunded: string | null): EmailPayload {
    return renderEmail({
      to: o.to,
      subject: `Return received for order ${o.orderNumber}`,
      paragraphs: [
        `Hello ${o.name},`,
        refunded
          ? `The items you returned from order ${o.orderNumber} arrived. ${refunded} has been refunded to your original payment method.`
          : `The items you returned from order ${o.orderNumber} arrived.`,
      ],
      action: { label: 'View your order', url: o.url },
    });
  },
};
