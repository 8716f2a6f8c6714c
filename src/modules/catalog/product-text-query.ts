import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { searchWords } from './catalog.tables.js';
import { correctionsFor } from './search-spelling.js';

/**
 * The text part of a product search: the query as PostgreSQL full text, and, when its words match
 * nothing, the same words with misspelt ones corrected to the nearest words of the catalog
 * (`search_words`). A correction is a word one or two edits away (a swap of adjacent letters is
 * one: "copmact" finds "compact", "dorobell" finds "doorbell") or, for a fragment of four letters
 * or more, the words it begins. Trigram similarity alone missed those: short words share too
 * few trigrams with their transposed spelling.
 */
export interface TextQuery {
  /** The tsquery the products' search vector must match. */
  readonly tsquery: SQL;
  /** Identifies the query in compiled-statement keys. */
  readonly key: string;
}

/** The query as typed, in web search syntax ("quoted phrases", or, -excluded). */
export function plainTextQuery(query: string): TextQuery {
  return { tsquery: sql`websearch_to_tsquery('english', ${query})`, key: `q:${query}` };
}

/** Token types of the default parser that are words a shopper types (hyphenated words come as their parts). */
const WORD_TOKENS = `'asciiword', 'word', 'hword_asciipart', 'hword_part'`;
const KEPT_TOKENS = `${WORD_TOKENS}, 'numword', 'hword_numpart', 'int', 'uint', 'float', 'version'`;
/** Query words looked at, and catalog words fetched per query word (nearest by trigram distance). */
const MAX_QUERY_WORDS = 12;
const CANDIDATES_PER_WORD = 20;

interface WordRow {
  ord: number | string;
  word: string;
  correctable: boolean;
  candidate: string | null;
}

/**
 * The query with its misspelt words corrected, or null when no word needed (or found) a
 * correction. One statement: the full-text parser splits the query (as it split the products'
 * text), and the trigram index of `search_words` gives each word's nearest catalog words; the
 * edit distances are counted here (search-spelling.ts).
 */
export async function correctTextQuery(db: Executor, query: string): Promise<TextQuery | null> {
  const rows = await queryRows<WordRow>(
    db,
    sql`SELECT q.ord, q.word, q.correctable, c.word AS candidate
      FROM (
        SELECT row_number() OVER () AS ord, lower(p.token) AS word,
          (t.alias IN (${sql.raw(WORD_TOKENS)}) AND length(p.token) >= 3) AS correctable
        FROM ts_parse('default', ${query}) AS p JOIN ts_token_type('default') AS t ON t.tokid = p.tokid
        WHERE t.alias IN (${sql.raw(KEPT_TOKENS)})
        LIMIT ${MAX_QUERY_WORDS}
      ) AS q
      LEFT JOIN LATERAL (
        SELECT ${searchWords.word} AS word, ${searchWords.word} <-> q.word AS distance FROM ${searchWords}
        ORDER BY ${searchWords.word} <-> q.word LIMIT ${CANDIDATES_PER_WORD}
      ) AS c ON q.correctable
      ORDER BY q.ord, c.distance, c.word`,
  );
  const words = new Map<number, { word: string; candidates: string[] }>();
  for (const row of rows) {
    const ord = Number(row.ord);
    let entry = words.get(ord);
    if (!entry) {
      entry = { word: row.word, candidates: [] };
      words.set(ord, entry);
    }
    if (row.correctable && row.candidate !== null) entry.candidates.push(row.candidate);
  }
  const groups = [...words.values()].map(({ word, candidates }) => [
    word,
    ...correctionsFor(word, candidates),
  ]);
  if (!groups.some((group) => group.length > 1)) return null;
  const term = (word: string) => sql`plainto_tsquery('english', ${word})`;
  const tsquery = sql.join(
    groups.map((group) => sql`(${sql.join(group.map(term), sql` || `)})`),
    sql` && `,
  );
  return {
    tsquery: sql`(${tsquery})`,
    key: `c:${JSON.stringify(groups)}`,
  };
}
