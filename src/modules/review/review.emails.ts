import type { EmailPayload } from '../notification/notification.tables.js';
import { renderEmail } from '../notification/templates.js';

/** The review emails, rendered as plain text and escaped HTML by the notification domain's renderer. */

export const reviewEmails = {
  /** Some days after delivery: the order's products not reviewed yet, with a link to review them. */
  request(to: string, name: string, orderNumber: string, productTitles: string[], url: string): EmailPayload {
    return renderEmail({
      to,
      subject: `How was your order ${orderNumber}?`,
      paragraphs: [
        `Hello ${name},`,
        `Your order ${orderNumber} arrived a few days ago. Other shoppers would like to know what you think of: ${productTitles.join(', ')}.`,
        'You can turn these emails off in your account (review request emails).',
      ],
      action: { label: 'Write a review', url },
    });
  },
  /** The store answered the customer's review. */
  replied(to: string, name: string, productTitle: string, reply: string, url: string): EmailPayload {
    return renderEmail({
      to,
      subject: `The store replied to your review of ${productTitle}`,
      paragraphs: [`Hello ${name},`, `The store replied to your review of ${productTitle}:`, reply],
      action: { label: 'See your review', url },
    });
  },
};
