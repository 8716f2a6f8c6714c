import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';

/**
 * What the server calls when OpenTelemetry tracing is on (src/telemetry/tracing.ts builds it, loaded
 * only then): no OpenTelemetry code is imported or run otherwise.
 */
export interface Tracing {
  /** One SERVER span per HTTP request (a W3C `traceparent` header continues the caller's trace). */
  httpMiddleware: RequestHandler;
  /** One span per executed GraphQL operation, active while it runs (its SQL spans nest in it). */
  wrapGateway(gateway: GatewayInterface): GatewayInterface;
  /** A span per root field (query or mutation) with a resolver, before the schema is compiled. */
  instrumentSchema(schema: GraphQLSchema): void;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}
