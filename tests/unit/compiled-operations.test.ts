import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CompiledOperations,
  type CompilePolicy,
  DEFAULT_COMPILE_POLICY,
  expandedFieldCount,
} from '../../src/graphql/compiled-operations.js';

/** The compile policy of the jit executor, with a clock the test moves. */
function cacheWith(policy: Partial<CompilePolicy>) {
  const clock = { now: 0 };
  const compiled: string[] = [];
  const cache = new CompiledOperations<string>({
    ...DEFAULT_COMPILE_POLICY,
    now: () => clock.now,
    ...policy,
  });
  const get = (key: string, weight = 10) =>
    cache.get(
      key,
      () => weight,
      () => {
        compiled.push(key);
        return `compiled ${key}`;
      },
    );
  return { cache, clock, compiled, get };
}

describe('CompiledOperations', () => {
  it('compiles an operation on its compileAfter-th sighting, once', () => {
    const { cache, compiled, get } = cacheWith({ compileAfter: 3 });
    expect(get('a')).toBeNull();
    expect(get('a')).toBeNull();
    expect(get('a')).toBe('compiled a');
    expect(get('a')).toBe('compiled a');
    expect(compiled).toEqual(['a']);
    expect(cache.size).toBe(1);
  });

  it('never compiles an operation heavier than maxFieldsPerOperation', () => {
    const { cache, get } = cacheWith({ compileAfter: 1, maxFieldsPerOperation: 100 });
    expect(get('heavy', 101)).toBeNull();
    expect(get('heavy', 101)).toBeNull();
    expect(get('light', 100)).toBe('compiled light');
    expect(cache.fields).toBe(100);
  });

  it('replaces only operations idle for idleMs, least recently used first, when the weight bound is reached', () => {
    const { cache, clock, compiled, get } = cacheWith({ compileAfter: 1, maxFields: 30, idleMs: 1000 });
    for (const key of ['a', 'b', 'c']) get(key);
    clock.now = 500;
    get('a'); // used again: b is now the least recently used
    expect(get('d')).toBeNull(); // full, nothing idle: runs uncompiled
    clock.now = 1200; // b and c idle for 1200 ms, a for 700 ms
    expect(get('d')).toBe('compiled d');
    expect(compiled).toEqual(['a', 'b', 'c', 'd']);
    expect(cache.size).toBe(3);
    expect(get('a')).toBe('compiled a');
    expect(get('c')).toBe('compiled c');
    expect(get('b')).toBeNull(); // b went first; it compiles again only when something idles
    expect(cache.fields).toBe(30);
  });

  it('forgets the oldest sightings beyond maxSightings', () => {
    const { get, compiled } = cacheWith({ compileAfter: 2, maxSightings: 2 });
    get('a');
    get('b');
    get('c'); // forgets a
    get('a');
    get('c');
    expect(compiled).toEqual(['c']);
  });
});

describe('expandedFieldCount', () => {
  const weigh = (source: string) => {
    const document = parse(source);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
    return expandedFieldCount(document, operation);
  };

  it('counts every field, nested, through inline fragments', () => {
    expect(weigh('{ a b { c d { e } } ... on Query { f } }')).toBe(6);
  });

  it('counts a fragment as often as it is spread, without walking it each time', () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on T { ${i + 1 < levels ? `x: f { ...F${i + 1} } y: f { ...F${i + 1} }` : 'leaf'} }`,
    ).join('\n');
    // 2^30 leaves once expanded, weighed in linear time.
    expect(weigh(`{ root { ...F0 } }\n${fragments}`)).toBeGreaterThan(2 ** 30);
  });
});
