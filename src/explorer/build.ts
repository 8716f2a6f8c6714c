import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import {
  EXPLORER_ASSETS_DIR,
  EXPLORER_BUILD_DIR,
  EXPLORER_MANIFEST_FILE,
  EXPLORER_SOURCE_DIR,
  type ExplorerManifest,
  explorerFingerprint,
  PROJECT_ROOT,
} from './manifest.js';

/**
 * Bundles the explorer page (explorer/main.ts: GraphiQL, its plugins, Monaco) with esbuild into
 * hashed files under explorer/build/assets, and writes explorer/build/manifest.json last, so a
 * reader sees either the previous bundle or the complete new one. Several processes may build at
 * once (two servers starting from a fresh checkout): each writes into its own folder, then moves
 * the files in; equal names hold equal contents.
 */
export async function buildExplorer(): Promise<ExplorerManifest> {
  const fingerprint = explorerFingerprint();
  mkdirSync(EXPLORER_BUILD_DIR, { recursive: true });
  const staging = join(EXPLORER_BUILD_DIR, `.staging-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const common = {
      absWorkingDir: PROJECT_ROOT,
      bundle: true,
      minify: true,
      write: true,
      metafile: true,
      logLevel: 'silent',
      outdir: staging,
      entryNames: '[name]-[hash]',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      // Licence comments of the bundled packages go to a .LEGAL.txt beside each file.
      legalComments: 'linked',
    } as const;
    // Monaco's workers: classic scripts (no imports), started by the page with `new Worker(url)`.
    const workers = await build({
      ...common,
      format: 'iife',
      entryPoints: {
        'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
        'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
        'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
      },
    });
    // The page: an ES module split into chunks (the editor and the formatter load on demand).
    const page = await build({
      ...common,
      format: 'esm',
      splitting: true,
      chunkNames: 'chunk-[hash]',
      assetNames: '[name]-[hash]',
      entryPoints: { explorer: join(EXPLORER_SOURCE_DIR, 'main.ts') },
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
      plugins: [withoutMonacoStyles],
    });
    const entry = outputOf(page.metafile, 'explorer');
    const manifest: ExplorerManifest = {
      fingerprint,
      script: entry.file,
      style: basename(entry.output.cssBundle ?? fail('the explorer entry produced no style sheet')),
      workers: {
        editor: outputOf(workers.metafile, 'editor.worker').file,
        json: outputOf(workers.metafile, 'json.worker').file,
        graphql: outputOf(workers.metafile, 'graphql.worker').file,
      },
      files: {},
    };
    // Gzipped copies of the scripts and style sheets, sent to browsers that accept them (a fifth of
    // the bytes): compressed once here rather than on every response.
    for (const name of readdirSync(staging)) {
      if (/\.(js|css)$/.test(name)) {
        writeFileSync(join(staging, `${name}.gz`), gzipSync(readFileSync(join(staging, name)), { level: 9 }));
      }
    }
    mkdirSync(EXPLORER_ASSETS_DIR, { recursive: true });
    for (const name of readdirSync(staging)) {
      manifest.files[name] = statSync(join(staging, name)).size;
      renameSync(join(staging, name), join(EXPLORER_ASSETS_DIR, name));
    }
    const manifestStaging = `${staging}.json`;
    writeFileSync(manifestStaging, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(manifestStaging, EXPLORER_MANIFEST_FILE);
    // Files of earlier builds (another version of a package) are no longer referenced.
    for (const name of readdirSync(EXPLORER_ASSETS_DIR)) {
      if (!(name in manifest.files)) rmSync(join(EXPLORER_ASSETS_DIR, name), { force: true });
    }
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Monaco's modules import their own CSS files, which esbuild would gather into style sheets of the
 * chunks that nothing loads; graphiql/style.css already holds those rules (codicon font inlined).
 */
const withoutMonacoStyles: Plugin = {
  name: 'without-monaco-styles',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]monaco-editor[\\/].*\.css$/ }, () => ({ contents: '', loader: 'css' }));
  },
};

function outputOf(metafile: Metafile, name: string): { file: string; output: Metafile['outputs'][string] } {
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint && basename(path).startsWith(`${name}-`) && path.endsWith('.js')) {
      return { file: basename(path), output };
    }
  }
  return fail(`no output for the entry ${name} in ${relative(PROJECT_ROOT, EXPLORER_BUILD_DIR)}`);
}

function fail(message: string): never {
  throw new Error(`explorer build: ${message}`);
}
