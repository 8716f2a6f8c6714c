import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import {
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  GraphQLError,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
  type VariableNode,
} from 'graphql';
import { PublicError } from './errors.js';
import { declaredMaxItems } from './max-items.js';

export interface InputLimits {
  /** Items a list may hold unless its argument or input field declares `@MaxItems`. */
  maxListItems: number;
}

/**
 * Checks every input of an operation before anything executes: each list, in arguments and
 * input objects at any depth, inline or in variables (and variable defaults), holds at most its
 * cap; no string holds a NUL character, which PostgreSQL refuses in text. The schema drives it,
 * so a new argument is covered without anyone remembering to. Returns the first problem as a
 * top-level BAD_USER_INPUT error naming where it is (`extensions.inputPath`), or null.
 *
 * Written by hand: validation rules see literals but not variable values, and the values only
 * become known to graphql-js during execution, when resolvers start. The walk reads what the client
 * sent (the raw variables, the literals) by the type expected where it is used, and leaves any
 * value it cannot read to graphql-js's coercion, which refuses it. What the document alone
 * decides (its literals, where each variable is used) is worked out once per parsed document,
 * which Apollo keeps: a request then only walks its variables.
 */
export function checkOperationInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limits: InputLimits,
): GraphQLError | null {
  const plan = planFor(schema, document, operation, limits);
  if (plan.literalError) return plan.literalError;
  const values = variables ?? {};
  for (const usage of plan.usages) {
    if (!Object.hasOwn(values, usage.name)) {
      if (usage.defaultError) return usage.defaultError;
      continue;
    }
    const error = refusalOf(() =>
      checkValue(usage.type, values[usage.name], usage.owner, `$${usage.name}`, usage.node, limits),
    );
    if (error) return error;
  }
  return null;
}

/** The check as an Apollo plugin: runs once the operation is known, before any resolver. */
export function inputLimitsPlugin(limits: InputLimits): ApolloServerPlugin {
  // One listener for every request: nothing is kept between its calls.
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ schema, document, operation, request, response }) {
      if (!operation) return;
      const error = checkOperationInputs(schema, document, operation, request.variables, limits);
      if (!error) return;
      response.http.status = 400;
      throw error;
    },
  };
  return { requestDidStart: async () => listener };
}

type CapOwner = Pick<GraphQLArgument | GraphQLInputField, 'extensions'>;

/** A place where the operation uses a variable: the type and cap expected there. */
interface VariableUsage {
  name: string;
  type: GraphQLInputType;
  owner: CapOwner;
  node: VariableNode;
  /** The problem in the variable's default value, which applies when the variable is not sent. */
  defaultError: GraphQLError | null;
}

interface Plan {
  schema: GraphQLSchema;
  maxListItems: number;
  /** The first problem in the document's literals: the same for every request. */
  literalError: GraphQLError | null;
  usages: VariableUsage[];
}

const plans = new WeakMap<OperationDefinitionNode, Plan>();

function planFor(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limits: InputLimits,
): Plan {
  const cached = plans.get(operation);
  if (cached?.schema === schema && cached.maxListItems === limits.maxListItems) return cached;
  const builder = new PlanBuilder(schema, document, operation, limits);
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const literalError = refusalOf(() => {
    if (root) builder.selections(root, operation.selectionSet);
  });
  const plan = { schema, maxListItems: limits.maxListItems, literalError, usages: builder.usages };
  plans.set(operation, plan);
  return plan;
}

/** Walks the operation's selections and literals, noting where variables are used. */
class PlanBuilder {
  readonly usages: VariableUsage[] = [];
  private fragments: Map<string, FragmentDefinitionNode> | undefined;
  private readonly walkedFragments = new Set<string>();
  private readonly variableDefinitions = new Map<string, VariableDefinitionNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly document: DocumentNode,
    operation: OperationDefinitionNode,
    private readonly limits: InputLimits,
  ) {
    for (const definition of operation.variableDefinitions ?? []) {
      this.variableDefinitions.set(definition.variable.name.value, definition);
    }
  }

  selections(parent: ReturnType<GraphQLSchema['getType']>, selectionSet: SelectionSetNode): void {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Unions have no fields but __typename; introspection fields are not in getFields().
        const field =
          isObjectType(parent) || isInterfaceType(parent)
            ? parent.getFields()[selection.name.value]
            : undefined;
        if (!field) continue;
        for (const node of selection.arguments ?? []) {
          const argument = field.args.find((a) => a.name === node.name.value);
          if (argument) this.literal(argument.type, node.value, argument, `${field.name}(${argument.name})`);
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) this.selections(type, selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? this.schema.getType(selection.typeCondition.name.value)
          : parent;
        this.selections(type, selection.selectionSet);
      } else {
        // A fragment's arguments are the same wherever it is spread: walk each one once.
        const name = selection.name.value;
        if (this.walkedFragments.has(name)) continue;
        this.walkedFragments.add(name);
        const fragment = this.fragment(name);
        if (fragment) {
          this.selections(this.schema.getType(fragment.typeCondition.name.value), fragment.selectionSet);
        }
      }
    }
  }

  /** A value written in the document, expected to be of `type`. */
  private literal(type: GraphQLInputType, node: ValueNode, owner: CapOwner, path: string): void {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      const fallback = this.variableDefinitions.get(name)?.defaultValue;
      const defaultError = fallback ? refusalOf(() => this.literal(type, fallback, owner, `$${name}`)) : null;
      this.usages.push({ name, type, owner, node, defaultError });
      return;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const item = nullable.ofType as GraphQLInputType;
      if (node.kind !== Kind.LIST) {
        this.literal(item, node, owner, path); // a single value stands for a list of one
        return;
      }
      checkLength(node.values.length, owner, path, node, this.limits);
      node.values.forEach((value, i) => {
        this.literal(item, value, owner, `${path}[${i}]`);
      });
    } else if (isInputObjectType(nullable)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = nullable.getFields();
      for (const child of node.fields) {
        const field = fields[child.name.value];
        if (field) this.literal(field.type, child.value, field, `${path}.${field.name}`);
      }
    } else {
      this.anyLiteral(node, path);
    }
  }

  /** A value of a custom scalar written in the document: any shape, strings checked, lists capped. */
  private anyLiteral(node: ValueNode, path: string): void {
    if (node.kind === Kind.STRING) checkString(node.value, path, node);
    else if (node.kind === Kind.LIST) {
      checkLength(node.values.length, undefined, path, node, this.limits);
      node.values.forEach((value, i) => {
        this.anyLiteral(value, `${path}[${i}]`);
      });
    } else if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) this.anyLiteral(field.value, `${path}.${field.name.value}`);
    }
  }

  private fragment(name: string): FragmentDefinitionNode | undefined {
    if (!this.fragments) {
      this.fragments = new Map();
      for (const definition of this.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          this.fragments.set(definition.name.value, definition);
      }
    }
    return this.fragments.get(name);
  }
}

/** A variable's value (JSON, or an upload) where `type` is expected. */
function checkValue(
  type: GraphQLInputType,
  value: unknown,
  owner: CapOwner,
  path: string,
  node: ASTNode,
  limits: InputLimits,
): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = nullable.ofType as GraphQLInputType;
    if (!Array.isArray(value)) {
      checkValue(item, value, owner, path, node, limits);
      return;
    }
    checkLength(value.length, owner, path, node, limits);
    value.forEach((entry, i) => {
      checkValue(item, entry, owner, `${path}[${i}]`, node, limits);
    });
  } else if (isInputObjectType(nullable)) {
    if (!isPlainObject(value)) return;
    const fields = nullable.getFields();
    for (const [name, entry] of Object.entries(value)) {
      const field = fields[name];
      if (field) checkValue(field.type, entry, field, `${path}.${name}`, node, limits);
    }
  } else {
    checkAnyValue(value, path, node, limits);
  }
}

/** A scalar's value: a string is checked, JSON structures are walked, anything else (an upload) is not. */
function checkAnyValue(value: unknown, path: string, node: ASTNode, limits: InputLimits): void {
  if (typeof value === 'string') checkString(value, path, node);
  else if (Array.isArray(value)) {
    checkLength(value.length, undefined, path, node, limits);
    value.forEach((entry, i) => {
      checkAnyValue(entry, `${path}[${i}]`, node, limits);
    });
  } else if (isPlainObject(value)) {
    for (const [name, entry] of Object.entries(value)) {
      checkString(name, path, node);
      checkAnyValue(entry, `${path}.${name}`, node, limits);
    }
  }
}

function checkLength(
  length: number,
  owner: CapOwner | undefined,
  path: string,
  node: ASTNode,
  limits: InputLimits,
): void {
  const cap = declaredMaxItems(owner?.extensions) ?? limits.maxListItems;
  if (length <= cap) return;
  throw refused(`The list at ${path} has ${length} items; at most ${cap} are accepted.`, path, node, {
    maxItems: cap,
  });
}

function checkString(value: string, path: string, node: ASTNode): void {
  if (!value.includes('\u0000')) return;
  throw refused(
    `The string at ${path} contains a NUL character (\\u0000), which is not accepted.`,
    path,
    node,
  );
}

/** Runs a walk; the refusal it throws at the first problem, or null. */
function refusalOf(walk: () => void): GraphQLError | null {
  try {
    walk();
    return null;
  } catch (err) {
    if (err instanceof GraphQLError) return err;
    throw err;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function refused(
  message: string,
  inputPath: string,
  node: ASTNode,
  extra: Record<string, unknown> = {},
): GraphQLError {
  const error = new PublicError('BAD_USER_INPUT', message, { inputPath, ...extra });
  // PublicError keeps no source locations; these point the client at the argument or variable.
  return new GraphQLError(message, { nodes: node, originalError: error, extensions: error.extensions });
}
