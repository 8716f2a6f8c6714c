import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { orders, payments } from '../src/modules/order/order.tables.js';
import { compileSql } from '../src/db/sql-compiler.js';
const client = postgres('postgres://postgres@127.0.0.1:5432/postgres', { max: 1 });
const db = drizzle(client);
const cfg = { escapeName: (n: string) => `"${n}"`, escapeParam: (i: number) => `$${i + 1}`, escapeString: (s: string) => `'${s}'`, casing: { getColumnCasing: (c: any) => c.name } } as any;
function time(label: string, f: () => unknown, n = 20000) {
  for (let i = 0; i < 2000; i++) f();
  const t = process.cpuUsage(); for (let i = 0; i < n; i++) f(); const c = process.cpuUsage(t);
  console.log(label.padEnd(40), ((c.user + c.system) / n).toFixed(1), 'µs');
}
const now = new Date();
const pay = { orderId: 'o', userId: 'u', method: 'CARD' as const, provider: 'sim', status: 'SUCCEEDED' as const, amount: 100, currency: 'USD', createdAt: now, updatedAt: now };
time('payments insert returning getSQL', () => db.insert(payments).values(pay).returning().getSQL());
time('payments insert getSQL', () => db.insert(payments).values(pay).getSQL());
time('payments insert returning getSQL+compile', () => compileSql(db.insert(payments).values(pay).returning().getSQL(), cfg));
time('orders update returning getSQL', () => db.update(orders).set({ status: 'CONFIRMED', updatedAt: now, reservedUntil: null }).where(eq(orders.id, 'x')).returning().getSQL());
time('orders update getSQL', () => db.update(orders).set({ status: 'CONFIRMED', updatedAt: now, reservedUntil: null }).where(eq(orders.id, 'x')).getSQL());
await client.end();
