import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the explorer bundle lives and how a server knows it is current. The bundle is built from
 * `explorer/` (the browser entry) by `build.ts`: on `npm install` / `npm ci` (the postinstall
 * script), by `npm run explorer:build`, or by the server itself on the first page request when it
 * is missing or stale. It is not checked in (`explorer/build/` is ignored).
 */

/** Project root, from `src/explorer/` (tsx) or `dist/explorer/` (the compiled build). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXPLORER_SOURCE_DIR = join(PROJECT_ROOT, 'explorer');
export const EXPLORER_BUILD_DIR = join(EXPLORER_SOURCE_DIR, 'build');
/** Hashed files: the page's script, chunks, style sheet and the editor's workers. */
export const EXPLORER_ASSETS_DIR = join(EXPLORER_BUILD_DIR, 'assets');
const MANIFEST_FILE = join(EXPLORER_BUILD_DIR, 'manifest.json');

/** Bumped when build.ts changes what it produces, so older bundles count as stale. */
const BUILD_FORMAT = 2;

/** The packages whose code ends up in the bundle, plus the bundler: a new version of any rebuilds it. */
const BUNDLED_PACKAGES = [
  'graphiql',
  '@graphiql/react',
  '@graphiql/plugin-explorer',
  '@graphiql/toolkit',
  'monaco-editor',
  'monaco-graphql',
  'graphql',
  'graphql-ws',
  'react',
  'react-dom',
  'esbuild',
];

export interface ExplorerManifest {
  /** What the bundle was built from (see `explorerFingerprint`). */
  fingerprint: string;
  /** File names in EXPLORER_ASSETS_DIR. */
  script: string;
  style: string;
  workers: { editor: string; json: string; graphql: string };
  /** Every file of the build (gzipped copies `<name>.gz` included), with its size in bytes. */
  files: Record<string, number>;
}

/** A hash of the browser entry's files and of the bundled packages' versions. */
export function explorerFingerprint(): string {
  const hash = createHash('sha256').update(`format ${BUILD_FORMAT}\n`);
  for (const name of readdirSync(EXPLORER_SOURCE_DIR).sort()) {
    if (/\.(ts|css)$/.test(name))
      hash.update(`${name}\n`).update(readFileSync(join(EXPLORER_SOURCE_DIR, name)));
  }
  for (const name of BUNDLED_PACKAGES) {
    let version = 'missing';
    try {
      version = JSON.parse(
        readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8'),
      ).version;
    } catch {
      // not installed: the build will say so
    }
    hash.update(`${name}@${version}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The manifest of the bundle on disk when it was built from the current sources; else undefined. */
export function currentExplorerManifest(fingerprint = explorerFingerprint()): ExplorerManifest | undefined {
  let manifest: ExplorerManifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as ExplorerManifest;
  } catch {
    return undefined;
  }
  return manifest.fingerprint === fingerprint ? manifest : undefined;
}

export { MANIFEST_FILE as EXPLORER_MANIFEST_FILE };
