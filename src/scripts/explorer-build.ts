import { buildExplorer } from '../explorer/build.js';
import { EXPLORER_ASSETS_DIR } from '../explorer/manifest.js';

/**
 * `npm run explorer:build`, also run by `npm install` / `npm ci` (postinstall): bundles the GraphQL
 * explorer page served at GET /graphql (see src/explorer/build.ts).
 */
const started = Date.now();
try {
  const manifest = await buildExplorer();
  const files = Object.entries(manifest.files);
  const sum = (gzipped: boolean) =>
    files.filter(([name]) => name.endsWith('.gz') === gzipped).reduce((total, [, size]) => total + size, 0);
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  console.log(
    `explorer bundle: ${kib(sum(false))} (${kib(sum(true))} gzipped) in ${EXPLORER_ASSETS_DIR} ` +
      `(page script ${kib(manifest.files[manifest.script] ?? 0)}, style ${kib(manifest.files[manifest.style] ?? 0)}), ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
