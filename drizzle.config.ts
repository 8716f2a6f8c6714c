import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Each domain owns its tables; no file in the shared kernel lists them.
  schema: './src/modules/*/*.tables.ts',
  out: './drizzle',
});
