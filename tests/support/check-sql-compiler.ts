import { afterAll, expect } from 'vitest';
import { checkSqlCompiler } from '../../src/db/sql-compiler.js';

// Every statement a test runs is compiled by Drizzle too, and must come out the same (src/db/sql-compiler.ts).
const mismatches = checkSqlCompiler(true);

afterAll(() => {
  expect(mismatches).toEqual([]);
});
