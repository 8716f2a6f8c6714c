import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values.js';
import { DEFAULT_PAGE_SIZE } from '../pagination.js';
import { type CostFunction, declaredCost, declaredListSize } from './cost-annotations.js';
import { introspectionListSize, introspectionUnitCost } from './introspection-sizes.js';

/**
 * The static cost model: what an operation may cost, computed before anything runs, from the
 * parsed operation and its variables. It is an upper bound of the objects an answer can hold
 * (which is what memory and database work grow with), plus declared prices for work beyond
 * loading rows:
 *
 * - a scalar or enum field costs 0; an object field 1 per object, a mutation MUTATION_COST (a
 *   field may declare its own cost, see cost-annotations.ts), plus the cost of its selection;
 * - a list field multiplies by its size: the `edges` and `nodes` of a connection by the
 *   connection's page size (`first` or `last`, else DEFAULT_PAGE_SIZE), any other list by its
 *   declared `@ListSize`, else DEFAULT_LIST_SIZE; `pageInfo`, `totalCount` and facets of a
 *   connection count once, not per item;
 * - fragments and aliases count as expanded, wherever they are spread; `@skip`/`@include` are
 *   ignored (counted as included: the bound holds for every variable value);
 * - introspection counts the same way, with the schema's real average list sizes;
 * - over an abstract type, every type condition counts (an upper bound again).
 *
 * Also measured: depth (the longest path of fields, introspection excluded, since its type
 * references nest by design and its cost is bounded above), aliases and root fields, expanded.
 *
 * Hand-written rather than graphql-query-complexity: that library's estimators only see a
 * field's total child cost, so a connection's page size would multiply its `pageInfo`,
 * `totalCount` and facets too; and it walks the whole document with a TypeInfo visitor on every
 * request. Here each operation is compiled once into a plan (cached with Apollo's parsed
 * document) and a request only evaluates the arithmetic with its variables: a few microseconds
 * on a products page.
 */
export const DEFAULT_LIST_SIZE = 10;
/** A mutation writes in a transaction: each costs ten unless it declares its own price. */
export const MUTATION_COST = 10;

export interface OperationMeasures {
  cost: number;
  depth: number;
  aliases: number;
  rootFields: number;
}

interface FieldPlan {
  readonly field: GraphQLField<unknown, unknown>;
  readonly node: FieldNode;
  /** Own cost per object, or a function of the arguments. */
  readonly unit: number | CostFunction;
  /** How many times the field's value repeats: 1, a list estimate, or the enclosing page size. */
  readonly size: number | CostFunction | 'page';
  /** A connection: its `first`/`last` size its `edges` and `nodes`. */
  readonly paging: boolean;
  readonly selection: SelectionPlan | null;
  readonly countsForDepth: boolean;
}

interface SelectionPlan {
  readonly fields: FieldPlan[];
  /** Inline fragments and fragment spreads; a named fragment's plan is shared by every spread. */
  readonly fragments: SelectionPlan[];
  depth?: number;
  aliases?: number;
  fieldCount?: number;
}

interface OperationPlan {
  readonly root: SelectionPlan;
  readonly depth: number;
  readonly aliases: number;
  readonly rootFields: number;
  /** Some field's cost depends on its arguments (page sizes, declared cost functions). */
  readonly readsArguments: boolean;
  /** The cost of an operation without variables, once computed. */
  constantCost?: number;
}

const plans = new WeakMap<DocumentNode, Map<OperationDefinitionNode, OperationPlan>>();

/** Measures an operation; variables are the raw values the client sent. */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>> | undefined,
): OperationMeasures {
  const plan = operationPlan(schema, document, operation);
  const variableDefinitions = operation.variableDefinitions ?? [];
  // Without variables the cost is a constant of the document: computed once.
  if (variableDefinitions.length === 0 && plan.constantCost !== undefined)
    return measures(plan, plan.constantCost);
  let variables: Record<string, unknown> = {};
  if (plan.readsArguments && variableDefinitions.length > 0) {
    const coerced = getVariableValues(schema, variableDefinitions, rawVariables ?? {});
    // Invalid variables fail execution before any resolver runs; measure with what is readable.
    if (coerced.coerced) variables = coerced.coerced;
  }
  const cost = selectionCost(plan.root, undefined, variables, new Map());
  if (variableDefinitions.length === 0) plan.constantCost = cost;
  return measures(plan, cost);
}

function measures(plan: OperationPlan, cost: number): OperationMeasures {
  return { cost, depth: plan.depth, aliases: plan.aliases, rootFields: plan.rootFields };
}

function operationPlan(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationPlan {
  let byOperation = plans.get(document);
  if (!byOperation) {
    byOperation = new Map();
    plans.set(document, byOperation);
  }
  let plan = byOperation.get(operation);
  if (!plan) {
    plan = new PlanBuilder(schema, document).operation(operation);
    byOperation.set(operation, plan);
  }
  return plan;
}

class PlanBuilder {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly fragmentPlans = new Map<string, SelectionPlan>();
  private readsArguments = false;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  operation(operation: OperationDefinitionNode): OperationPlan {
    const rootType = this.schema.getRootType(operation.operation);
    const root = rootType ? this.selection(operation.selectionSet, rootType) : { fields: [], fragments: [] };
    return {
      root,
      depth: depthOf(root),
      aliases: aliasesOf(root),
      rootFields: fieldCountOf(root),
      readsArguments: this.readsArguments,
    };
  }

  private selection(set: SelectionSetNode, type: GraphQLCompositeType): SelectionPlan {
    const plan: SelectionPlan = { fields: [], fragments: [] };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = this.field(selection, type);
        if (field) plan.fields.push(field);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? this.schema.getType(selection.typeCondition.name.value)
          : type;
        if (isCompositeType(condition))
          plan.fragments.push(this.selection(selection.selectionSet, condition));
      } else {
        const fragment = this.fragment(selection.name.value);
        if (fragment) plan.fragments.push(fragment);
      }
    }
    return plan;
  }

  private fragment(name: string): SelectionPlan | undefined {
    const known = this.fragmentPlans.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    const type = definition && this.schema.getType(definition.typeCondition.name.value);
    // Validation already refused unknown fragments and cycles; stay safe if it did not run.
    if (!definition || !isCompositeType(type)) return undefined;
    const placeholder: SelectionPlan = { fields: [], fragments: [] };
    this.fragmentPlans.set(name, placeholder);
    const plan = this.selection(definition.selectionSet, type);
    placeholder.fields.push(...plan.fields);
    placeholder.fragments.push(...plan.fragments);
    return placeholder;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType): FieldPlan | undefined {
    const name = node.name.value;
    if (name === '__typename') return undefined;
    // `__schema` and `__type` are not fields of the Query type; graphql-js keeps them apart.
    const field =
      name === '__schema'
        ? SchemaMetaFieldDef
        : name === '__type'
          ? TypeMetaFieldDef
          : isObjectType(parent) || isInterfaceType(parent)
            ? parent.getFields()[name]
            : undefined;
    if (!field) return undefined;
    const namedType = getNamedType(field.type);
    const composite = isCompositeType(namedType);
    const declared = declaredCost(field.extensions);
    const unit =
      declared ??
      introspectionUnitCost(parent.name, name) ??
      (parent === this.schema.getMutationType() ? MUTATION_COST : composite ? 1 : 0);
    const paging =
      composite && namedType.name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first');
    const isList = isListType(getNullableType(field.type));
    const inConnection = parent.name.endsWith('Connection') && (name === 'edges' || name === 'nodes');
    const size = !isList
      ? 1
      : inConnection
        ? 'page'
        : (declaredListSize(field.extensions) ??
          introspectionListSize(this.schema, parent.name, name) ??
          DEFAULT_LIST_SIZE);
    if (paging || typeof unit === 'function' || typeof size === 'function') this.readsArguments = true;
    return {
      field,
      node,
      unit,
      size,
      paging,
      selection: node.selectionSet && composite ? this.selection(node.selectionSet, namedType) : null,
      countsForDepth: !name.startsWith('__') && !parent.name.startsWith('__'),
    };
  }
}

function selectionCost(
  plan: SelectionPlan,
  pageSize: number | undefined,
  variables: Record<string, unknown>,
  memo: Map<SelectionPlan, Map<number | undefined, number>>,
): number {
  let byPage = memo.get(plan);
  const known = byPage?.get(pageSize);
  if (known !== undefined) return known;
  let cost = 0;
  for (const field of plan.fields) cost += fieldCost(field, pageSize, variables, memo);
  for (const fragment of plan.fragments) cost += selectionCost(fragment, pageSize, variables, memo);
  if (!byPage) {
    byPage = new Map();
    memo.set(plan, byPage);
  }
  byPage.set(pageSize, cost);
  return cost;
}

function fieldCost(
  plan: FieldPlan,
  pageSize: number | undefined,
  variables: Record<string, unknown>,
  memo: Map<SelectionPlan, Map<number | undefined, number>>,
): number {
  const args =
    plan.paging || typeof plan.unit === 'function' || typeof plan.size === 'function'
      ? argumentsOf(plan, variables)
      : undefined;
  const unit = typeof plan.unit === 'function' ? plan.unit(args ?? {}) : plan.unit;
  const times =
    plan.size === 'page'
      ? (pageSize ?? DEFAULT_PAGE_SIZE)
      : typeof plan.size === 'function'
        ? plan.size(args ?? {})
        : plan.size;
  const childPage = plan.paging ? pageSizeOf(args ?? {}) : undefined;
  const children = plan.selection ? selectionCost(plan.selection, childPage, variables, memo) : 0;
  return times * (unit + children);
}

function argumentsOf(plan: FieldPlan, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(plan.field, plan.node, variables);
  } catch {
    // An argument the variables cannot supply: execution refuses it before any resolver runs.
    return {};
  }
}

function pageSizeOf(args: Record<string, unknown>): number {
  const first = args.first;
  const last = args.last;
  const size = typeof first === 'number' ? first : typeof last === 'number' ? last : DEFAULT_PAGE_SIZE;
  return Math.max(0, size);
}

function depthOf(plan: SelectionPlan): number {
  if (plan.depth !== undefined) return plan.depth;
  plan.depth = 0; // a cycle (refused by validation) ends here instead of recursing forever
  let depth = 0;
  for (const field of plan.fields) {
    const below = field.selection ? depthOf(field.selection) : 0;
    depth = Math.max(depth, (field.countsForDepth ? 1 : 0) + (field.countsForDepth ? below : 0));
  }
  for (const fragment of plan.fragments) depth = Math.max(depth, depthOf(fragment));
  plan.depth = depth;
  return depth;
}

function aliasesOf(plan: SelectionPlan): number {
  if (plan.aliases !== undefined) return plan.aliases;
  plan.aliases = 0;
  let aliases = 0;
  for (const field of plan.fields) {
    if (field.node.alias) aliases += 1;
    if (field.selection) aliases += aliasesOf(field.selection);
  }
  for (const fragment of plan.fragments) aliases += aliasesOf(fragment);
  plan.aliases = aliases;
  return aliases;
}

function fieldCountOf(plan: SelectionPlan): number {
  if (plan.fieldCount !== undefined) return plan.fieldCount;
  plan.fieldCount = 0;
  let count = plan.fields.length;
  for (const fragment of plan.fragments) count += fieldCountOf(fragment);
  plan.fieldCount = count;
  return count;
}
