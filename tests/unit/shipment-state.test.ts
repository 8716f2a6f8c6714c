import { describe, expect, it } from 'vitest';
import {
  fulfillmentProgress,
  orderActionsFor,
  SHIPMENT_STATUSES,
  type ShipmentStatus,
  shipmentMove,
  unallocatedUnits,
} from '../../src/modules/fulfillment/shipment-state.js';

/** Every pair of statuses: Y = a change, S = a same-status scan, - = refused. Rows: from; columns: to. */
const EXPECTED = `
                 PENDING IN_TRANSIT OUT_FOR_DELIVERY DELIVERED EXCEPTION RETURNED
PENDING          -       Y          Y                Y         Y         -
IN_TRANSIT       -       S          Y                Y         Y         Y
OUT_FOR_DELIVERY -       Y          S                Y         Y         Y
DELIVERED        -       -          -                -         -         Y
EXCEPTION        -       Y          Y                Y         S         Y
RETURNED         -       -          -                -         -         -
`;

describe('shipmentMove', () => {
  const rows = EXPECTED.trim().split('\n').slice(1);
  const table = new Map(
    rows.map((r) => {
      const [from, ...cells] = r.trim().split(/\s+/);
      return [from as ShipmentStatus, cells];
    }),
  );

  it('follows the table for every pair of statuses', () => {
    expect([...table.keys()].sort()).toEqual([...SHIPMENT_STATUSES].sort());
    for (const from of SHIPMENT_STATUSES) {
      SHIPMENT_STATUSES.forEach((to, i) => {
        const move = shipmentMove(from, to);
        const want = table.get(from)?.[i];
        const got = !move.ok ? '-' : move.changed ? 'Y' : 'S';
        expect(`${from}->${to}: ${got}`).toBe(`${from}->${to}: ${want}`);
        if (!move.ok) expect(move.message.length).toBeGreaterThan(0);
      });
    }
  });

  it('never goes back from DELIVERED except to RETURNED, and an EXCEPTION recovers', () => {
    expect(shipmentMove('DELIVERED', 'IN_TRANSIT').ok).toBe(false);
    expect(shipmentMove('DELIVERED', 'RETURNED')).toEqual({ ok: true, changed: true });
    expect(shipmentMove('EXCEPTION', 'IN_TRANSIT')).toEqual({ ok: true, changed: true });
    expect(shipmentMove('EXCEPTION', 'DELIVERED')).toEqual({ ok: true, changed: true });
  });
});

const LINES = [
  { id: 'a', quantity: 2 },
  { id: 'b', quantity: 1 },
];

describe('fulfillmentProgress and orderActionsFor', () => {
  it('a partial shipment ships nothing; units count once their parcel has left', () => {
    const partial = [{ status: 'IN_TRANSIT' as const, lines: [{ orderLineId: 'a', quantity: 2 }] }];
    expect(fulfillmentProgress(LINES, partial)).toEqual({ allShipped: false, allDelivered: false });
    expect(orderActionsFor('CONFIRMED', fulfillmentProgress(LINES, partial))).toEqual([]);

    const pendingRest = [
      ...partial,
      { status: 'PENDING' as const, lines: [{ orderLineId: 'b', quantity: 1 }] },
    ];
    expect(fulfillmentProgress(LINES, pendingRest).allShipped).toBe(false);

    for (const left of ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'EXCEPTION'] as const) {
      const all = [...partial, { status: left, lines: [{ orderLineId: 'b', quantity: 1 }] }];
      expect(fulfillmentProgress(LINES, all)).toEqual({ allShipped: true, allDelivered: false });
      expect(orderActionsFor('CONFIRMED', fulfillmentProgress(LINES, all))).toEqual(['MARK_SHIPPED']);
      expect(orderActionsFor('SHIPPED', fulfillmentProgress(LINES, all))).toEqual([]);
    }
  });

  it('delivered when every unit is in a DELIVERED parcel; both actions when the last goes straight there', () => {
    const one = [
      { status: 'DELIVERED' as const, lines: [{ orderLineId: 'a', quantity: 2 }] },
      { status: 'IN_TRANSIT' as const, lines: [{ orderLineId: 'b', quantity: 1 }] },
    ];
    expect(orderActionsFor('SHIPPED', fulfillmentProgress(LINES, one))).toEqual([]);
    const all = [one[0]!, { status: 'DELIVERED' as const, lines: [{ orderLineId: 'b', quantity: 1 }] }];
    expect(fulfillmentProgress(LINES, all)).toEqual({ allShipped: true, allDelivered: true });
    expect(orderActionsFor('SHIPPED', fulfillmentProgress(LINES, all))).toEqual(['MARK_DELIVERED']);
    expect(orderActionsFor('CONFIRMED', fulfillmentProgress(LINES, all))).toEqual([
      'MARK_SHIPPED',
      'MARK_DELIVERED',
    ]);
    for (const status of ['DELIVERED', 'CANCELLED', 'REFUNDED', 'PENDING_PAYMENT']) {
      expect(orderActionsFor(status, fulfillmentProgress(LINES, all))).toEqual([]);
    }
  });

  it('returned parcels give their units back to ship again', () => {
    const shipments = [
      { status: 'RETURNED' as const, lines: [{ orderLineId: 'a', quantity: 2 }] },
      { status: 'PENDING' as const, lines: [{ orderLineId: 'b', quantity: 1 }] },
    ];
    expect(Object.fromEntries(unallocatedUnits(LINES, shipments))).toEqual({ a: 2, b: 0 });
    expect(fulfillmentProgress(LINES, shipments).allShipped).toBe(false);
    expect(fulfillmentProgress([], []).allShipped).toBe(false);
  });
});
