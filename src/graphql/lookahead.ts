import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields the client selected below the current field at any of `paths` (e.g.
 * `['edges', 'node']` and `['nodes']` of a connection), through fragments. A resolver uses it to
 * fetch relations in the same SQL statement as the list when the query will read them anyway.
 * `@skip`/`@include` are not evaluated: a conditionally selected field counts as selected, which
 * only ever fetches a little more.
 */
export function selectedFieldNames(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, path: readonly string[]) => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const [head, ...rest] = path;
        if (head === undefined) names.add(selection.name.value);
        else if (selection.name.value === head) visit(selection.selectionSet, rest);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, path);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet, path);
      }
    }
  };
  for (const node of info.fieldNodes) for (const path of paths) visit(node.selectionSet, path);
  return names;
}
