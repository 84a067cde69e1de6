// A linear program as plain data with readable names: what every backend, the LP writer and the tests read.

export type VariableType = "binary" | "integer" | "continuous";

export interface Variable<M = unknown> {
  name: string;
  type: VariableType;
  lower: number;
  /** Infinity when unbounded */
  upper: number;
  /** objective coefficient (the model is always minimised) */
  cost: number;
  /** what the variable stands for, so results can be read back without parsing names */
  meta?: M;
}

export interface Term {
  /** index into `variables` */
  v: number;
  c: number;
}

export interface Constraint {
  name: string;
  /** the rule the constraint keeps, for counts and reports */
  rule: string;
  terms: Term[];
  min?: number;
  max?: number;
}

export interface LinearModel<M = unknown> {
  name: string;
  variables: Array<Variable<M>>;
  constraints: Constraint[];
}

/** 1 for each continuous column (a slack), 0 for the binaries and integers: the start's repair and greedy pass ask per term. */
export function continuousColumns(model: Pick<LinearModel, "variables">): Uint8Array {
  return Uint8Array.from(model.variables, (v) => (v.type === "continuous" ? 1 : 0));
}

/** Builds a model while keeping names unique; names are checked because LP files address everything by name. */
export class ModelBuilder<M = unknown> {
  readonly model: LinearModel<M>;
  // Variables and rows live in separate name spaces of an LP file, so each has its own set (no prefixed copy per name).
  private readonly variableNames = new Set<string>();
  private readonly rowNames = new Set<string>();

  constructor(name: string) {
    this.model = { name, variables: [], constraints: [] };
  }

  addVariable(variable: Variable<M>): number {
    claim(this.variableNames, variable.name, "");
    this.model.variables.push(variable);
    return this.model.variables.length - 1;
  }

  addConstraint(constraint: Constraint): void {
    claim(this.rowNames, constraint.name, "row:");
    if (constraint.terms.length > 0) this.model.constraints.push(constraint);
  }
}

const LP_SAFE = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function claim(names: Set<string>, name: string, kind: string): void {
  if (names.has(name)) throw new Error(`model name used twice: ${kind}${name}`);
  if (!LP_SAFE.test(name)) throw new Error(`model name not LP-safe: ${kind}${name}`);
  names.add(name);
}
