import 'reflect-metadata';
import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType } from 'graphql';
import { buildAppSchema } from '../src/graphql/schema.js';
const schema = await buildAppSchema();
for (const t of Object.values(schema.getTypeMap())) {
  if (!isObjectType(t) || t.name.startsWith('__')) continue;
  for (const f of Object.values(t.getFields())) {
    if (!isListType(getNullableType(f.type))) continue;
    if (t.name.endsWith('Connection') && (f.name === 'edges' || f.name === 'nodes')) continue;
    if (f.name === 'errors') continue;
    console.log(`${t.name}.${f.name}: ${String(f.type)} ${isCompositeType(getNamedType(f.type)) ? '' : '(scalar)'} ${f.args.map(a=>a.name).join(',')}`);
  }
}
