/**
 * Spelling correction of search words, as pure functions: which of the catalog's words (the
 * `search_words` table, nearest first by trigram distance) a misspelt query word stands for.
 */

/** Edits a query word of this length may be away from its correction: none under 3 characters, 1 up to 4, 2 from 5. */
export function allowedEdits(word: string): number {
  const length = [...word].length;
  return length < 3 ? 0 : length < 5 ? 1 : 2;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * adjacent characters ("copmact" is one edit from "compact", where Levenshtein counts two).
 * Returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      current.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length] as number, max + 1);
}

/** Most corrections kept for one query word (they are OR-ed in the search). */
export const MAX_CORRECTIONS = 3;
/** A word this long or longer may also stand for catalog words it begins ("headph" for "headphones"). */
export const MIN_PREFIX_LENGTH = 4;

/**
 * The catalog words a query word stands for: none when the word is itself a catalog word (it
 * needs no correction); for a word of at least MIN_PREFIX_LENGTH characters, the catalog words
 * it begins, if any (a word being typed: "headph" is "headphones", not the nearer "head"); else
 * those at the smallest edit distance within `allowedEdits`. At most MAX_CORRECTIONS, in the
 * order of `candidates` (nearest first).
 */
export function correctionsFor(word: string, candidates: readonly string[]): string[] {
  if (candidates.includes(word)) return [];
  if ([...word].length >= MIN_PREFIX_LENGTH) {
    const completions = candidates.filter((candidate) => candidate.startsWith(word));
    if (completions.length > 0) return completions.slice(0, MAX_CORRECTIONS);
  }
  const max = allowedEdits(word);
  let best = max + 1;
  let closest: string[] = [];
  for (const candidate of candidates) {
    const d = max > 0 ? editDistance(word, candidate, max) : max + 1;
    if (d < best) {
      best = d;
      closest = [candidate];
    } else if (d === best && d <= max) closest.push(candidate);
  }
  return closest.slice(0, MAX_CORRECTIONS);
}
