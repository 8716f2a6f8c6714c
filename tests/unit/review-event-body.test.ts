import { describe, expect, it } from 'vitest';
import { ORDER_TIMELINE_EVENT_TYPES } from '../../src/modules/order/order-events.js';
import type { ReviewRow } from '../../src/modules/review/review.tables.js';
import { reviewEventBody } from '../../src/modules/review/review-event-body.js';
import { publishedToo, REVIEW_EVENT_TYPES } from '../../src/modules/review/review-events.js';
import { checkEndpointEvents } from '../../src/modules/webhook/webhook.rules.js';
import { WEBHOOK_EVENT_TYPES } from '../../src/modules/webhook/webhook-events.js';

const ROW: ReviewRow = {
  id: '11111111-1111-4111-8111-111111111111',
  productId: '22222222-2222-4222-8222-222222222222',
  authorId: '33333333-3333-4333-8333-333333333333',
  orderLineId: '44444444-4444-4444-8444-444444444444',
  rating: 4,
  title: 'Solid',
  body: 'Boils fast.',
  status: 'PUBLISHED',
  rejectionReason: null,
  replyBody: 'Thanks!',
  repliedAt: new Date('2026-01-02T08:00:00.000Z'),
  helpfulCount: 3,
  unhelpfulCount: 1,
  createdAt: new Date('2026-01-01T18:00:00.000Z'),
  updatedAt: new Date('2026-01-02T09:30:00.000Z'),
};

const facts = {
  eventId: '55555555-5555-4555-8555-555555555555',
  type: 'REVIEW_PUBLISHED',
  occurredAt: new Date('2026-01-02T09:30:00.123Z'),
  review: ROW,
  authorName: 'Jane Mary Doe',
  orderNumber: 'ORD-000123',
  fromStatus: 'PENDING' as const,
  toStatus: 'PUBLISHED' as const,
  actorKind: 'ADMIN' as const,
};

describe('review event bodies', () => {
  it('carry the review with the display name only, timestamps as ISO strings', () => {
    expect(reviewEventBody(facts)).toEqual({
      id: facts.eventId,
      type: 'REVIEW_PUBLISHED',
      createdAt: '2026-01-02T09:30:00.123Z',
      review: {
        id: ROW.id,
        productId: ROW.productId,
        customerId: ROW.authorId,
        authorName: 'Jane D.',
        rating: 4,
        title: 'Solid',
        body: 'Boils fast.',
        status: 'PUBLISHED',
        verifiedPurchase: true,
        orderLineId: ROW.orderLineId,
        orderNumber: 'ORD-000123',
        rejectionReason: null,
        reply: { body: 'Thanks!', repliedAt: '2026-01-02T08:00:00.000Z' },
        createdAt: '2026-01-01T18:00:00.000Z',
        updatedAt: '2026-01-02T09:30:00.000Z',
      },
      fromStatus: 'PENDING',
      toStatus: 'PUBLISHED',
      actorKind: 'ADMIN',
    });
  });

  it('name a deleted account "Former customer" and never show a name that is an email address', () => {
    const gone = reviewEventBody({ ...facts, review: { ...ROW, authorId: null }, authorName: null });
    expect(gone.review).toMatchObject({ customerId: null, authorName: 'Former customer' });
    const emailName = reviewEventBody({ ...facts, authorName: 'jane@example.com' });
    expect(JSON.stringify(emailName)).not.toContain('@');
  });

  it('add REVIEW_PUBLISHED to a change that leaves the review published', () => {
    expect(publishedToo('REVIEW_CREATED', 'PUBLISHED')).toEqual(['REVIEW_CREATED', 'REVIEW_PUBLISHED']);
    expect(publishedToo('REVIEW_UPDATED', 'PENDING')).toEqual(['REVIEW_UPDATED']);
  });
});

describe('webhook event types', () => {
  it('are the order and the review event types, each once', () => {
    expect([...WEBHOOK_EVENT_TYPES]).toEqual([...ORDER_TIMELINE_EVENT_TYPES, ...REVIEW_EVENT_TYPES]);
    expect(new Set(WEBHOOK_EVENT_TYPES).size).toBe(WEBHOOK_EVENT_TYPES.length);
  });

  it('may be mixed on one endpoint', () => {
    expect(checkEndpointEvents(['REVIEW_DELETED', 'SHIPPED', 'REVIEW_CREATED'])).toEqual({
      ok: true,
      events: ['SHIPPED', 'REVIEW_CREATED', 'REVIEW_DELETED'],
    });
  });
});
