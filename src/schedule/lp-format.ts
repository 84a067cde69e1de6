// A linear model as CPLEX LP text, so any external solver can read it (and --export-lp can write it).
import type { LinearModel, Term } from "./linear.js";

const LINE = 10; // terms per line keeps the file readable and under every reader's line limit

export function toLpFormat(model: LinearModel): string {
  const names = model.variables.map((v) => v.name);
  const out: string[] = [`\\ ${model.name}: ${model.variables.length} variables, ${model.constraints.length} constraints`, "Minimize"];
  const objective = model.variables.map((v, i) => ({ v: i, c: v.cost })).filter((t) => t.c !== 0);
  out.push(...wrap(" obj:", objective, names));
  out.push("Subject To");
  for (const con of model.constraints) {
    if (con.min !== undefined && con.max !== undefined && con.min === con.max) out.push(...wrap(` ${con.name}:`, con.terms, names, `= ${num(con.min)}`));
    else {
      if (con.min !== undefined) out.push(...wrap(` ${con.max !== undefined ? `${con.name}_min` : con.name}:`, con.terms, names, `>= ${num(con.min)}`));
      if (con.max !== undefined) out.push(...wrap(` ${con.min !== undefined ? `${con.name}_max` : con.name}:`, con.terms, names, `<= ${num(con.max)}`));
    }
  }
  out.push("Bounds");
  for (const v of model.variables) {
    if (v.type === "binary" && v.lower === 0 && v.upper === 1) continue;
    if (v.lower === v.upper) out.push(` ${v.name} = ${num(v.lower)}`);
    else if (Number.isFinite(v.upper)) out.push(` ${num(v.lower)} <= ${v.name} <= ${num(v.upper)}`);
    else if (v.lower !== 0) out.push(` ${v.name} >= ${num(v.lower)}`);
  }
  const binaries = model.variables.filter((v) => v.type === "binary").map((v) => v.name);
  const generals = model.variables.filter((v) => v.type === "integer").map((v) => v.name);
  if (generals.length > 0) out.push("Generals", ...chunk(generals));
  if (binaries.length > 0) out.push("Binaries", ...chunk(binaries));
  out.push("End", "");
  return out.join("\n");
}

function wrap(label: string, terms: readonly Term[], names: readonly string[], tail = ""): string[] {
  const parts = terms.map((t, i) => {
    const sign = t.c < 0 ? "-" : i === 0 ? "" : "+";
    const abs = Math.abs(t.c);
    return `${sign}${sign ? " " : ""}${abs === 1 ? "" : `${num(abs)} `}${names[t.v] ?? ""}`;
  });
  if (parts.length === 0) parts.push("0 " + (names[0] ?? "x"));
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += LINE) lines.push(`${i === 0 ? label : "   "} ${parts.slice(i, i + LINE).join(" ")}`);
  if (tail) lines[lines.length - 1] += ` ${tail}`;
  return lines;
}

function chunk(names: readonly string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += LINE) lines.push(` ${names.slice(i, i + LINE).join(" ")}`);
  return lines;
}

/** Numbers as LP readers expect: no exponent for ordinary magnitudes, no float dust. */
function num(x: number): string {
  return String(Math.round(x * 1e9) / 1e9);
}
