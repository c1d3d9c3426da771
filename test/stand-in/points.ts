import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/*
 * GitHub's GraphQL rate-limit score of a query, by its published formula: add up the
 * requests each connection needs, assuming every `first`/`last` is reached (a connection
 * inside another needs one request per node of the outer one), divide by 100 and round;
 * at least 1.
 */

function numberOf(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === "number" ? given : undefined;
  }
  return undefined;
}

/** The requests a query's connections need, before dividing by 100. */
export function graphqlRequests(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const walk = (set: SelectionSetNode | undefined, nodes: number): number => {
    let total = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        total += walk(fragments.get(selection.name.value)?.selectionSet, nodes);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += walk(selection.selectionSet, nodes);
      } else {
        const page = selection.arguments
          ?.filter((argument) => argument.name.value === "first" || argument.name.value === "last")
          .map((argument) => numberOf(argument.value, variables))
          .find((value) => value !== undefined);
        // A connection: one request per node of what holds it; its own nodes multiply below.
        if (page !== undefined) total += nodes + walk(selection.selectionSet, nodes * page);
        else total += walk(selection.selectionSet, nodes);
      }
    }
    return total;
  };
  return document.definitions.reduce(
    (sum, definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? sum + walk(definition.selectionSet, 1) : sum,
    0,
  );
}

/** The points GitHub charges for the query. */
export function graphqlPoints(query: string, variables: Record<string, unknown> = {}): number {
  return Math.max(1, Math.round(graphqlRequests(query, variables) / 100));
}
