import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';

/**
 * Apollo keeps every parsed and validated document in an LRU cache (its documentStore), bounded by
 * size: each document counts as the length of its JSON. Apollo's default bound, 30 MiB of JSON, was
 * about 115 MiB of heap when measured (bench/distinct-queries.ts: 3,400 documents of 9 kB of JSON
 * each took 34 KiB of heap), reached by a few thousand distinct query texts. A storefront's
 * documents take well under a megabyte of JSON, so 8 MiB (about 30 MiB of heap) keeps every real one
 * while bounding what a stream of distinct texts can hold.
 */
const DOCUMENT_STORE_JSON_BYTES = 8 * 1024 * 1024;

export function boundedDocumentStore(): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_STORE_JSON_BYTES });
}
