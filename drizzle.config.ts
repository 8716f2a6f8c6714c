import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Each domain owns its tables (no file lists them); the HTTP kernel owns the one table every
  // webhook receiver shares (processed event ids).
  schema: ['./src/modules/*/*.tables.ts', './src/http/*.tables.ts'],
  out: './drizzle',
});
