import type { Params } from "./message";

/**
 * Why an expression is refused or fails, as data: the catalogues say it in each language, so that no
 * Vietnamese reaches an English run and no mathjs term ("FunctionAssignmentNode") reaches anyone.
 */
export type Reason =
  | { readonly k: "tooLong"; readonly max: number }
  | { readonly k: "singleQuote" }
  | { readonly k: "hash" }
  | { readonly k: "radix" }
  | { readonly k: "separator"; readonly what: ";" | "newline" }
  | { readonly k: "tooDeep"; readonly max: number }
  | { readonly k: "syntax"; readonly at: number }
  | { readonly k: "functionDefinition" }
  | { readonly k: "assignment" }
  | { readonly k: "access" }
  | { readonly k: "collection" }
  | { readonly k: "structure" }
  | { readonly k: "missingOperand" }
  | { readonly k: "constant" }
  | { readonly k: "notFinite" }
  | { readonly k: "badName" }
  | { readonly k: "function"; readonly name: string }
  | { readonly k: "arity"; readonly name: string; readonly lo: number; readonly hi: number }
  | { readonly k: "implicit" }
  | { readonly k: "percent" }
  | { readonly k: "operator"; readonly op: string }
  | { readonly k: "comparison" }
  | { readonly k: "tooCostly"; readonly cost: number; readonly max: number }
  | { readonly k: "emptyFormula" }
  | { readonly k: "divByZero" }
  | { readonly k: "bigExponent" }
  | { readonly k: "notFiniteResult" }
  | { readonly k: "needsNumber" }
  | { readonly k: "logicOnText" }
  | { readonly k: "orderText" }
  | { readonly k: "places" }
  | { readonly k: "criterionError"; readonly code: string }
  | { readonly k: "notNumber" };

export type ReasonKey = Reason["k"];

/** A reason as message parameters: its key in `reason`, its fields beside it. */
export function reasonParams(r: Reason): Params {
  const { k, ...fields } = r;
  return { reason: k, ...fields };
}

/** A runtime failure inside an expression (division by zero, ordering text), with its reason. */
export class ExpressionError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.k);
  }
}

/** The mathjs node types a council's expression can never use, by what they are for a user. */
export function nodeReason(type: string): Reason {
  switch (type) {
    case "FunctionAssignmentNode":
      return { k: "functionDefinition" };
    case "AssignmentNode":
      return { k: "assignment" };
    case "AccessorNode":
    case "IndexNode":
      return { k: "access" };
    case "ArrayNode":
    case "ObjectNode":
    case "RangeNode":
      return { k: "collection" };
    default:
      return { k: "structure" };
  }
}
