import type { PersistedQueryOptions } from '@apollo/server';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { RedisApqCache } from './apq-cache.js';
import { decideOperation, type GateDecision, type OperationParams } from './operation-gate.js';
import { loadPersistedOperations } from './persisted-operations.js';

/** Persisted queries of one server instance: Apollo's APQ settings and the gate in front of them. */
export interface PersistedQueries {
  /** Apollo's `persistedQueries` option: off when only registered operations run. */
  apollo: PersistedQueryOptions | false;
  /** The gate over HTTP, where an unknown hash is looked up in the APQ cache. */
  decideHttp(params: OperationParams): GateDecision;
  /** The gate over WebSocket: graphql-ws clients send the text, so no APQ lookup. */
  decideWebSocket(params: OperationParams): GateDecision;
  /** Names of the manifest's operations (none without a manifest). */
  operationNames: readonly string[];
  close(): Promise<void>;
}

/**
 * Reads the manifest (a bad one throws a ConfigError: the server does not start) and chooses the
 * APQ cache: Redis under REDIS_KEY_PREFIX when REDIS_URL is set, so every instance shares the
 * registered queries; otherwise Apollo's own bounded in-memory LRU cache (about 30 MiB), per instance.
 */
export function setUpPersistedQueries(config: Config, logger: Logger): PersistedQueries {
  const { file, only } = config.persistedOperations;
  const registry = file === undefined ? undefined : loadPersistedOperations(file);
  if (registry) {
    logger.info({ operations: registry.size, file, only }, 'registered operations loaded');
  }
  const cache =
    only || config.redisUrl === undefined
      ? undefined
      : new RedisApqCache(config.redisUrl, config.redisKeyPrefix, logger);
  return {
    apollo: only ? false : { ttl: config.apqTtl, ...(cache ? { cache } : {}) },
    decideHttp: (params) => decideOperation(params, { registry, only, apqCache: true }),
    decideWebSocket: (params) => decideOperation(params, { registry, only, apqCache: false }),
    operationNames: registry?.operationNames() ?? [],
    close: async () => {
      await cache?.close();
    },
  };
}
