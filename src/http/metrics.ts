import type { RequestHandler, Response } from 'express';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Seconds: from a 1 ms cache hit to a 10 s request deadline. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Query cost points: a product card costs ~80, a listing page ~1,700, the customer maximum 20,000. */
const COST_BUCKETS = [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 20000, 50000, 100000];
/** SQL statements per request: the storefront's budgets are 1 to ~10. */
const STATEMENT_BUCKETS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 100];

/** The outcome of one GraphQL operation, as counted. */
export interface OperationObservation {
  /** Already bounded (OperationNames). */
  operation: string;
  type: string;
  outcome: string;
  seconds: number;
  cost: number | undefined;
  statements: number;
  /** Of `statements`, those the read replica ran (DATABASE_READ_URL). */
  replicaStatements?: number;
}

declare module 'express-serve-static-core' {
  interface Locals {
    /** The route label of this request when it is not an Express route (`app.use` mounts). */
    metricsRoute?: string;
  }
}

/**
 * One server instance's Prometheus registry (prom-client) with the metrics the shared kernel
 * observes; domains add theirs through `DomainModule.metrics`. Label values are bounded: routes are
 * the app's own, status codes are grouped by class, operation names are capped (OperationNames).
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly httpRequests: Counter<'method' | 'route' | 'status_class'>;
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_class'>;
  private readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  private readonly operationDuration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly queryCost: Histogram<'type'>;
  private readonly sqlStatements: Histogram<'type'>;
  private readonly sqlStatementsByPool: Counter<'pool'>;

  constructor() {
    // Process CPU and memory, heap, GC, event-loop lag and its percentiles, handles, Node.js version.
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpRequests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route and status class (2xx, 4xx...).',
      labelNames: ['method', 'route', 'status_class'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving an HTTP request to the end of its response.',
      labelNames: ['method', 'route', 'status_class'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.operations = new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations over HTTP by name (capped, see README), type and outcome: ok, user_error (a payload with errors) or the error code.',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.operationDuration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'Time Apollo spent on a GraphQL operation over HTTP (parse, limits, execution).',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.queryCost = new Histogram({
      name: 'graphql_query_cost',
      help: 'Static cost of GraphQL operations (src/graphql/cost), refused ones included.',
      labelNames: ['type'],
      buckets: COST_BUCKETS,
      registers,
    });
    this.sqlStatements = new Histogram({
      name: 'graphql_request_sql_statements',
      help: 'SQL statements run by one GraphQL request over HTTP.',
      labelNames: ['type'],
      buckets: STATEMENT_BUCKETS,
      registers,
    });
    this.sqlStatementsByPool = new Counter({
      name: 'graphql_sql_statements_total',
      help: 'SQL statements run by GraphQL requests over HTTP, by the database that ran them: primary, or replica (DATABASE_READ_URL).',
      labelNames: ['pool'],
      registers,
    });
  }

  /** Times every HTTP request; mounted first. */
  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      const started = performance.now();
      let done = false;
      const observe = () => {
        if (done) return;
        done = true;
        const labels = {
          method: req.method,
          route: routeLabel(req.route as { path?: unknown } | undefined, req.baseUrl, res),
          status_class: `${Math.floor(res.statusCode / 100)}xx`,
        };
        this.httpRequests.inc(labels);
        this.httpDuration.observe(labels, (performance.now() - started) / 1000);
      };
      res.once('finish', observe);
      res.once('close', observe);
      next();
    };
  }

  observeOperation(o: OperationObservation): void {
    const labels = { operation: o.operation, type: o.type, outcome: o.outcome };
    this.operations.inc(labels);
    this.operationDuration.observe(labels, o.seconds);
    if (o.cost !== undefined) this.queryCost.observe({ type: o.type }, o.cost);
    this.sqlStatements.observe({ type: o.type }, o.statements);
    const replica = o.replicaStatements ?? 0;
    this.sqlStatementsByPool.inc({ pool: 'primary' }, o.statements - replica);
    if (replica > 0) this.sqlStatementsByPool.inc({ pool: 'replica' }, replica);
  }
}

/** An Express route's path (`/healthz`, `/webhooks/stripe`), a mount's label, or `unmatched` (404s). */
function routeLabel(route: { path?: unknown } | undefined, baseUrl: string, res: Response): string {
  if (res.locals.metricsRoute) return res.locals.metricsRoute;
  if (route && typeof route.path === 'string') return `${baseUrl}${route.path}`;
  return 'unmatched';
}

/** Labels the requests of an `app.use` mount (whose paths are the clients' own) with the mount path. */
export function metricsRoute(route: string): RequestHandler {
  return (_req, res, next) => {
    res.locals.metricsRoute = route;
    next();
  };
}
