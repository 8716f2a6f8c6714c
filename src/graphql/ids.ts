const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else cannot name a row, so it is "not found" rather than a SQL error. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
