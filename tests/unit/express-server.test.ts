import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpressServer } from '../../src/http/express-server.js';

/*
 * Requests and responses born with the app's prototypes (src/http/express-server.ts): Express
 * then has no prototype to change, and everything it puts on its prototypes still works.
 */
describe('createExpressServer', () => {
  const app = express();
  const { server, serve } = createExpressServer();
  const bornWith: boolean[] = [];
  let url = '';

  beforeAll(async () => {
    // Registered before the app: sees each request as the server constructed it.
    server.on('request', (req: IncomingMessage, res) => {
      bornWith.push(
        Object.getPrototypeOf(req) === app.request && Object.getPrototypeOf(res) === app.response,
      );
    });
    app.get('/echo', (req, res) => {
      res.status(201).json({ app: req.app === app, header: req.get('x-probe'), query: req.query.q });
    });
    serve(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("constructs every request and response with the app's Express prototypes", async () => {
    for (let i = 0; i < 3; i++) await fetch(`${url}/echo`);
    expect(bornWith).toEqual([true, true, true]);
  });

  it("keeps Express's request and response methods and the app reference", async () => {
    const response = await fetch(`${url}/echo?q=shoes`, { headers: { 'x-probe': 'yes' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ app: true, header: 'yes', query: 'shoes' });
  });
});
