/** Escapes `%`, `_` and `\` so a user's text matches literally inside a LIKE / ILIKE pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
