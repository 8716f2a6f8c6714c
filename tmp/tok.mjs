import { parse } from 'graphql';
try { parse(`{ ${'__typename '.repeat(6000)} }`, { maxTokens: 5000 }); } catch (e) { console.log(JSON.stringify(e.message)); }
