/**
 * A PostgreSQL array literal of uuids (they need no quoting), for one parameter `= ANY ($1::uuid[])`:
 * one parameter whatever the count, and a row estimate the planner takes from the array's length.
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
