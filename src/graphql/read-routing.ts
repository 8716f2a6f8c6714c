import type { Database } from '../db/client.js';
import { type ReadReplica, replicaConflict } from '../db/read-replica.js';
import type { ReadRoute } from '../db/statement-guard.js';
import type { RequestFacts } from '../http/request-facts.js';

/** A statement that only reads: a SELECT, or a WITH whose parts write nothing. */
const READ = /^\s*(select|with)\b/i;
const WRITES = /\b(insert|update|delete|merge)\b/i;
/** Reads a hot standby refuses (row locks) or that must see the primary (sequences, advisory locks). */
const PRIMARY_ONLY =
  /\bfor\s+(no\s+key\s+update|update|key\s+share|share)\b|\b(nextval|setval|pg_advisory_\w+)\s*\(/i;

export function onlyReads(sql: string): boolean {
  const match = READ.exec(sql);
  if (!match) return false;
  if (match[1]?.toLowerCase() === 'with' && WRITES.test(sql)) return false;
  return !PRIMARY_ONLY.test(sql);
}

/**
 * Where the statements of one request run when DATABASE_READ_URL is set. Everything starts on the
 * primary; `allowReplica` (src/graphql/read-replica-plugin.ts, once the request is known to be a
 * storefront query whose client's last write the replica has replayed) sends its reads outside
 * transactions to the replica. Transactions stay on the primary, and once the request has written
 * (a committed transaction, a statement that is not a plain read), every later read of it goes to
 * the primary too: it sees what it just wrote.
 */
export class ReadRouting implements ReadRoute {
  private open = false;
  /** Whether the request committed a transaction or ran a statement that may write. */
  wrote = false;

  constructor(
    private readonly source: ReadReplica,
    private readonly facts: RequestFacts,
  ) {}

  get replica(): Database {
    return this.source.db;
  }

  allowReplica(): void {
    this.open = !this.wrote && this.source.available();
  }

  /** Every later statement of the request runs on the primary. */
  primaryOnly(): void {
    this.open = false;
  }

  toReplica(sql: string): boolean {
    if (!onlyReads(sql)) {
      this.committed();
      return false;
    }
    if (!this.open) return false;
    this.facts.replicaStatements = (this.facts.replicaStatements ?? 0) + 1;
    return true;
  }

  replicaFailed(err: unknown): boolean {
    const unavailable = this.source.failed(err);
    if (!unavailable && !replicaConflict(err)) return false;
    // The primary runs it, and the rest of the request.
    this.facts.replicaStatements = (this.facts.replicaStatements ?? 1) - 1;
    if (unavailable) this.open = false;
    return true;
  }

  committed(): void {
    this.wrote = true;
    this.open = false;
  }
}
