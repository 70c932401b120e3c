import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * The estimated cost of an operation, a validation rule so that it runs before anything executes
 * (and is cached with the rest of validation).
 *
 * Each field costs 1 (`__typename` nothing; introspection nothing, bounded by graphql-js's own
 * MaxIntrospectionDepthRule). A field that takes `first` or `last` returns a list of up to that
 * many items, so its selection counts that many times: the literal value, the variable's default,
 * or `listSize` when the value is only known at run time (a variable without a default, or the
 * argument left out). graphql-armor's cost-limit multiplies by literal `first` values only, and
 * clients send page sizes as variables, so `tasks(first: $first)` would count as one item there.
 */
export interface QueryCostOptions {
  maxCost: number;
  /** Items assumed of a list whose size is not a literal: the largest page a resolver serves. */
  listSize: number;
  /** Called with the cost of an operation over `maxCost`; throws the error the client gets. */
  onExceeded: (cost: number, context: ValidationContext) => void;
}

export function queryCostRule({ maxCost, listSize, onExceeded }: QueryCostOptions): ValidationRule {
  return function QueryCost(context) {
    return {
      OperationDefinition(operation) {
        const cost = operationCost(context, operation, listSize);
        if (cost > maxCost) onExceeded(cost, context);
      },
    };
  };
}

/** Past this the number means "far too much"; it keeps the sums exact and finite. */
const CEILING = Number.MAX_SAFE_INTEGER;

export function operationCost(context: ValidationContext, operation: OperationDefinitionNode, listSize: number): number {
  const schema = context.getSchema();
  const defaults = new Map<string, number>();
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue?.kind === Kind.INT) defaults.set(v.variable.name.value, Number(v.defaultValue.value));
  }
  /** Cost of each fragment's selection, once per document; null while being computed (a cycle, which validation reports). */
  const fragments = new Map<string, number | null>();

  const sizeOf = (field: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number => {
    const sized = def ? def.args.some((a) => a.name === 'first' || a.name === 'last') : false;
    let size = sized ? 0 : 1;
    let given = false;
    for (const arg of field.arguments ?? []) {
      if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
      given = true;
      const v = arg.value;
      const n = v.kind === Kind.INT ? Number(v.value) : v.kind === Kind.VARIABLE ? (defaults.get(v.name.value) ?? listSize) : listSize;
      size = Math.max(size, n, 0);
    }
    return sized && !given ? listSize : size;
  };

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const name = s.name.value;
        if (name === '__typename' || name === '__schema' || name === '__type') continue;
        const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        let cost = 1;
        if (s.selectionSet) cost += sizeOf(s, def) * selectionCost(s.selectionSet, def ? (getNamedType(def.type) as GraphQLCompositeType) : undefined);
        total += cost;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        total += selectionCost(s.selectionSet, s.typeCondition ? (schema.getType(s.typeCondition.name.value) as GraphQLCompositeType) : parent);
      } else {
        total += fragmentCost(context.getFragment(s.name.value));
      }
      if (total >= CEILING) return CEILING;
    }
    return total;
  };

  const fragmentCost = (fragment: FragmentDefinitionNode | null | undefined): number => {
    if (!fragment) return 0;
    const name = fragment.name.value;
    const known = fragments.get(name);
    if (known !== undefined) return known ?? 0;
    fragments.set(name, null);
    const cost = selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType);
    fragments.set(name, cost);
    return cost;
  };

  const root = schema.getRootType(operation.operation) ?? undefined;
  return Math.min(selectionCost(operation.selectionSet, root), CEILING);
}
