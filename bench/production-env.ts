// Imported first by bench/run.ts: graphql-js picks its faster production checks at load time.
process.env.NODE_ENV = 'production';
