import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * When graphql-jit may compile an operation, and how much compiled code is kept.
 *
 * Measured (bench/distinct-queries.ts; issue 12): compiling every distinct query text, 5,000 texts
 * that differ only by an inline literal grew the server's RSS by 979 MiB, linearly, although at most
 * 1,000 compiled operations were kept (with this policy: +129 MiB, flat from 2,000 texts on). A compiled operation is large (graphql-jit generated
 * 53 kB of source for a 430-character `product(slug: "…")` query, about 240 KiB of heap while kept),
 * grows with the number of fields its selection expands to (10 aliases of that query: 2.5 MiB; 50:
 * 13 MiB), and about 40 % of it stays after it is dropped, in V8's compilation cache, until memory
 * runs short. So a bound on the number of entries bounds neither the memory kept nor the memory
 * churned. This policy bounds both by design:
 *
 * - Only an operation seen `compileAfter` times is compiled; until then graphql-js runs it, which
 *   keeps nothing. A stream of distinct texts never compiles anything (and costs no compile CPU).
 * - What is kept is bounded by its weight, the number of fields its selection expands to (fragments
 *   expanded, as graphql-jit generates code for each): at most `maxFields` in all, and an operation
 *   heavier than `maxFieldsPerOperation` is never compiled.
 * - An entry is replaced only once it has been idle for `idleMs`: a client cycling through many
 *   repeated texts cannot make it compile again and again. When nothing is idle the newcomer runs on
 *   graphql-js: a little more CPU, the same answer.
 *
 * Keying by the document with literals hoisted into variables was the third option: it would share
 * one compilation between inline-literal variants, but leaves any other variation (aliases, field
 * order) unbounded, so it would come on top of this, not instead.
 */
export interface CompilePolicy {
  compileAfter: number;
  maxFields: number;
  maxFieldsPerOperation: number;
  idleMs: number;
  /** Operations whose sightings are counted before the oldest is forgotten. */
  maxSightings: number;
  /** Milliseconds, monotonic; injectable for tests. */
  now: () => number;
}

/**
 * About 4.6 KiB of heap per expanded field while compiled (the `product(slug)` query above: 52
 * fields, 240 KiB), so 8,000 fields keep at most about 37 MiB; a storefront page's operation weighs
 * tens of fields, so well over a hundred of them fit.
 */
export const DEFAULT_COMPILE_POLICY: CompilePolicy = {
  compileAfter: 2,
  maxFields: 8_000,
  maxFieldsPerOperation: 1_000,
  idleMs: 10 * 60_000,
  maxSightings: 10_000,
  now: () => performance.now(),
};

interface Entry<T> {
  value: T;
  weight: number;
  lastUsed: number;
}

/** Compiled operations by key (query hash and operation), under a CompilePolicy. */
export class CompiledOperations<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly sightings = new Map<string, number>();
  private weightKept = 0;

  constructor(private readonly policy: CompilePolicy) {}

  /** Operations kept compiled. */
  get size(): number {
    return this.entries.size;
  }

  /** Their weight (expanded fields) in all. */
  get fields(): number {
    return this.weightKept;
  }

  /**
   * The compiled operation for `key`, compiled now if the policy allows; null: run it uncompiled.
   * `weigh` and `compile` run only when an operation is due to be compiled.
   */
  get(key: string, weigh: () => number, compile: () => T | null): T | null {
    const now = this.policy.now();
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is recency order: the first entry is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      hit.lastUsed = now;
      return hit.value;
    }
    const seen = (this.sightings.get(key) ?? 0) + 1;
    if (seen < this.policy.compileAfter) {
      this.sight(key, seen);
      return null;
    }
    const weight = weigh();
    if (weight > this.policy.maxFieldsPerOperation || !this.makeRoom(weight, now)) {
      this.sight(key, seen);
      return null;
    }
    const value = compile();
    this.sightings.delete(key);
    if (value === null) return null;
    this.entries.set(key, { value, weight, lastUsed: now });
    this.weightKept += weight;
    return value;
  }

  private sight(key: string, seen: number): void {
    if (!this.sightings.has(key) && this.sightings.size >= this.policy.maxSightings) {
      this.sightings.delete(this.sightings.keys().next().value as string);
    }
    this.sightings.set(key, seen);
  }

  /** Evicts idle entries, least recently used first, until `weight` fits; false when it cannot. */
  private makeRoom(weight: number, now: number): boolean {
    while (this.weightKept + weight > this.policy.maxFields) {
      const [oldestKey, oldest] = this.entries.entries().next().value ?? [];
      if (oldestKey === undefined || !oldest || now - oldest.lastUsed < this.policy.idleMs) return false;
      this.entries.delete(oldestKey);
      this.weightKept -= oldest.weight;
    }
    return true;
  }
}

/**
 * Fields the operation's selection expands to, fragments included as often as they are spread:
 * what graphql-jit generates code for. Linear in the document (each fragment is counted once and
 * its count reused), so a document whose expansion is exponential is weighed quickly, and heavily.
 */
export function expandedFieldCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet);
  }
  const fragmentCounts = new Map<string, number>();
  const count = (selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += 1 + (selection.selectionSet ? count(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(selection.selectionSet);
      } else {
        const name = selection.name.value;
        let fragmentCount = fragmentCounts.get(name);
        if (fragmentCount === undefined) {
          const fragment = fragments.get(name);
          // Validation refuses fragment cycles; 0 while counting guards against one anyway.
          fragmentCounts.set(name, 0);
          fragmentCount = fragment ? count(fragment) : 0;
          fragmentCounts.set(name, fragmentCount);
        }
        total += fragmentCount;
      }
    }
    return total;
  };
  return count(operation.selectionSet);
}
