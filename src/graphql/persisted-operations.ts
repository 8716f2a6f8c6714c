import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError, Kind, parse } from 'graphql';
import { ConfigError } from '../config.js';

/** SHA-256 of a document text, lower-case hex: the APQ hash, and how texts are recognized. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The operations a manifest registers, found by the id the client sends (the manifest's own id,
 * or the SHA-256 of the document) and recognized by text (the SHA-256 of the text a client sends,
 * so a manifest whose ids come from another hash, e.g. Codegen's default SHA-1, works as well).
 */
export class PersistedOperations {
  private readonly byId = new Map<string, string>();

  constructor(entries: Iterable<readonly [id: string, document: string]>) {
    for (const [id, document] of entries) {
      this.byId.set(id, document);
      this.byId.set(sha256Hex(document), document);
    }
  }

  /** Distinct documents registered. */
  get size(): number {
    return new Set(this.byId.values()).size;
  }

  /**
   * The document registered under `id`: a manifest id, a SHA-256, or a GraphQL-over-HTTP prefixed
   * document id (`sha256:<hex>`).
   */
  document(id: string): string | undefined {
    return this.byId.get(id) ?? (id.startsWith('sha256:') ? this.byId.get(id.slice(7)) : undefined);
  }

  /** The names of the registered operations (metrics keep them as label values). */
  operationNames(): string[] {
    const names = new Set<string>();
    for (const document of new Set(this.byId.values())) {
      for (const definition of parse(document).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name)
          names.add(definition.name.value);
      }
    }
    return [...names];
  }

  /** Whether this exact text is registered (compared by SHA-256). */
  registers(text: string): boolean {
    return this.byId.has(sha256Hex(text));
  }
}

const APOLLO_FORMAT = 'apollo-persisted-query-manifest';
const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription']);

/**
 * Reads a manifest in either format clients produce:
 * - Apollo (`@apollo/generate-persisted-query-manifest`):
 *   `{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "name", "type", "body" }] }`;
 * - GraphQL Code Generator's client preset (`persistedDocuments`): `{ "<hash>": "<document>" }`.
 * Every document must parse and hold at least one operation. Throws a ConfigError naming the file
 * and every problem found, so a bad manifest stops the server at start, not at the first request.
 */
export function loadPersistedOperations(file: string): PersistedOperations {
  const where = `PERSISTED_OPERATIONS_FILE (${file})`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message;
    throw new ConfigError([`${where}: cannot be read as JSON: ${reason}`]);
  }
  const { entries, problems } = manifestEntries(json);
  for (const [id, document] of entries) problems.push(...documentProblems(id, document));
  if (problems.length === 0 && entries.length === 0) problems.push('it registers no operation');
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((p) => `${where}: ${p}`);
    if (problems.length > 10) shown.push(`${where}: ... and ${problems.length - 10} more problems`);
    throw new ConfigError(shown);
  }
  return new PersistedOperations(entries);
}

type Entry = readonly [id: string, document: string];

function manifestEntries(json: unknown): { entries: Entry[]; problems: string[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { entries: [], problems: ['expected a JSON object (an Apollo or a Codegen manifest)'] };
  }
  const manifest = json as Record<string, unknown>;
  if (!('format' in manifest) && !('operations' in manifest)) return codegenEntries(manifest);
  if (manifest.format !== APOLLO_FORMAT || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    return {
      entries: [],
      problems: [`expected "format": "${APOLLO_FORMAT}", "version": 1 and an "operations" array`],
    };
  }
  const entries: Entry[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  manifest.operations.forEach((operation: unknown, index: number) => {
    const op = (typeof operation === 'object' && operation !== null ? operation : {}) as Record<
      string,
      unknown
    >;
    const { id, body, type } = op;
    if (typeof id !== 'string' || id === '' || typeof body !== 'string' || body === '') {
      problems.push(`operations[${index}] needs a non-empty string "id" and "body"`);
      return;
    }
    if (type !== undefined && !OPERATION_TYPES.has(type as string)) {
      problems.push(`operations[${index}] ("${id}") has an unknown type ${JSON.stringify(type)}`);
    }
    const earlier = seen.get(id);
    if (earlier !== undefined && earlier !== body) {
      problems.push(`operations[${index}]: id "${id}" is used for two different bodies`);
    }
    seen.set(id, body);
    entries.push([id, body]);
  });
  return { entries, problems };
}

function codegenEntries(manifest: Record<string, unknown>): { entries: Entry[]; problems: string[] } {
  const entries: Entry[] = [];
  const problems: string[] = [];
  for (const [id, document] of Object.entries(manifest)) {
    if (typeof document !== 'string' || document === '' || id === '') {
      problems.push(`"${id}" must map a non-empty id to a document string`);
    } else entries.push([id, document]);
  }
  return { entries, problems };
}

function documentProblems(id: string, document: string): string[] {
  try {
    const parsed = parse(document, { noLocation: true });
    const operations = parsed.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    return operations.length === 0 ? [`"${id}" holds no operation (only fragments?)`] : [];
  } catch (err) {
    return [`"${id}" is not a GraphQL document: ${err instanceof GraphQLError ? err.message : String(err)}`];
  }
}
