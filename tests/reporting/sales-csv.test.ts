import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../../src/modules/reporting/sales-csv.js';
import { graphql } from '../generated/gql.js';
import { registerAndLogin } from '../support/accounts.js';
import { buildScenario, SALES_REPORT, type Scenario, startReportStore } from './support.js';

/** The CSV exports equal the GraphQL answer; their access rules; the report's SQL budget. */

let s: Scenario;
const day = () => DateTime.utc().toISODate()!;

beforeAll(async () => {
  const { t, store } = await startReportStore();
  s = await buildScenario(t, store);
}, 240_000);
afterAll(() => s?.t.close());

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

async function csv(path: string, token: string | null) {
  const response = await fetch(`${s.t.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('CSV export', () => {
  it('escapes fields that hold commas, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('sales.csv has the rows of salesReport, amounts as the same decimals', async () => {
    const from = DateTime.utc().minus({ days: 2 }).toISODate()!;
    for (const filter of [{}, { categoryIds: [s.store.apparel] }] as { categoryIds?: string[] }[]) {
      const input = { from, to: day(), timeZone: 'America/New_York', bucket: 'DAY' as const, ...filter };
      const report = (await s.store.admin.client.ok(SALES_REPORT, { input, first: 0 })).salesReport;
      const query = new URLSearchParams({
        from,
        to: day(),
        timeZone: 'America/New_York',
        bucket: 'DAY',
        ...(filter.categoryIds ? { categoryIds: filter.categoryIds.join(',') } : {}),
      });
      const got = await csv(`/reports/sales.csv?${query}`, s.store.admin.accessToken);
      expect(got.status).toBe(200);
      expect(got.type).toContain('text/csv');
      const [header, ...records] = parseCsv(got.text);
      expect(header).toEqual([
        'start',
        'end',
        'label',
        'orders',
        'units',
        'gross',
        'discounts',
        'shipping',
        'tax',
        'refunds',
        'net',
        'average_order_value',
      ]);
      expect(records).toEqual(
        report.buckets.map((b) => [
          new Date(b.start).toISOString(),
          new Date(b.end).toISOString(),
          b.label,
          String(b.orders),
          String(b.units),
          b.gross.amount,
          b.discounts.amount,
          b.shipping.amount,
          b.tax.amount,
          b.refunds.amount,
          b.net.amount,
          b.averageOrderValue.amount,
        ]),
      );
    }
  });

  it('sales-items.csv has every sale line of the period, as the items connection lists them', async () => {
    const input = {
      from: day(),
      to: day(),
      timeZone: 'UTC',
      includeItems: true,
      productIds: [s.store.mug.productId],
    };
    const report = (await s.store.admin.client.ok(SALES_REPORT, { input, first: 100 })).salesReport;
    const edges = report.buckets.flatMap((b) => b.items!.edges);
    expect(edges.length).toBeGreaterThan(2);
    const query = new URLSearchParams({
      from: day(),
      to: day(),
      timeZone: 'UTC',
      productIds: s.store.mug.productId,
    });
    const got = await csv(`/reports/sales-items.csv?${query}`, s.store.admin.accessToken);
    expect(got.status).toBe(200);
    const [header, ...records] = parseCsv(got.text);
    const at = (name: string) => header!.indexOf(name);
    expect(records.map((r) => r[at('order_line_id')])).toEqual(edges.map((e) => e.node.id));
    expect(
      records.map((r) => [
        r[at('order_number')],
        r[at('quantity')],
        r[at('gross')],
        r[at('shipping')],
        r[at('tax')],
        r[at('total')],
        r[at('refunded')],
      ]),
    ).toEqual(
      edges.map((e) => [
        e.orderNumber,
        String(e.node.quantity),
        e.node.subtotal.amount,
        e.shipping.amount,
        e.tax.amount,
        e.total.amount,
        e.refunded.amount,
      ]),
    );
  });

  it('refuses anonymous callers (401), customers (403) and bad parameters (400) with a short text', async () => {
    const query = `from=${day()}&to=${day()}`;
    expect((await csv(`/reports/sales.csv?${query}`, null)).status).toBe(401);
    expect((await csv(`/reports/sales.csv?${query}`, 'not-a-token')).status).toBe(401);
    const customer = await registerAndLogin(s.t);
    const forbidden = await csv(`/reports/sales-items.csv?${query}`, customer.accessToken);
    expect(forbidden.status).toBe(403);
    for (const bad of [
      `from=${day()}&to=2000-01-01`,
      `${query}&timeZone=Nowhere/Else`,
      `${query}&bucket=HOUR`,
      'to=2026-01-01',
    ]) {
      const answer = await csv(`/reports/sales.csv?${bad}`, s.store.admin.accessToken);
      expect(answer.status, bad).toBe(400);
      expect(answer.text.length).toBeGreaterThan(5);
      expect(answer.text.length).toBeLessThan(200);
    }
  });
});

const ITEMS_WITHOUT_COUNT =
  graphql(`query ReportSalesItemsWithoutCount($input: SalesReportInput!, $first: Int) {
  salesReport(input: $input) { buckets { items(first: $first) { edges { cursor orderNumber } } } } }`);

describe('salesReport query budget', () => {
  it('costs the same SQL for 3 and 60 buckets, 2 and 50 items, with their orders lines', async () => {
    const count = async (days: number, first: number) => {
      const from = DateTime.utc()
        .minus({ days: days - 1 })
        .toISODate()!;
      const input = { from, to: day(), timeZone: 'UTC', includeItems: true, categoryIds: [s.store.apparel] };
      const answer = await s.store.admin.client.request(SALES_REPORT, { input, first });
      expect(answer.errors).toBeUndefined();
      return Number(answer.headers.get('x-sql-query-count'));
    };
    const small = await count(3, 2);
    const large = await count(60, 50);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });

  it("counts the buckets' lines only when totalCount is selected", async () => {
    const input = { from: day(), to: day(), timeZone: 'UTC', includeItems: true };
    const statements = async (document: typeof SALES_REPORT | typeof ITEMS_WITHOUT_COUNT) => {
      const answer = await s.store.admin.client.request(document, { input, first: 2 });
      expect(answer.errors).toBeUndefined();
      return Number(answer.headers.get('x-sql-query-count'));
    };
    const withCount = await statements(SALES_REPORT);
    expect(await statements(ITEMS_WITHOUT_COUNT)).toBe(withCount - 1);
  });
});
