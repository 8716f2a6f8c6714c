import { applyHeapFlags } from '../src/heap-flags.js';

// Imported first by bench/run.ts: graphql-js picks its faster production checks at load time.
process.env.NODE_ENV = 'production';
// The V8 flags main.ts applies to the server's own process, for the server this process runs
// (`--in-process`, PGlite, profiles) before the app's modules load.
applyHeapFlags();
