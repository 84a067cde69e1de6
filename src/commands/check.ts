// `peakplan check`: validates a roster (maybe edited by hand) against every hard rule; exit 3 when one is broken.
import { ShortfallError } from "../errors.js";
import { readRosterCsv } from "../io/roster-csv.js";
import { stdPrinter, type Printer } from "../io/terminal.js";
import { checkRoster, type CheckReport } from "../schedule/check.js";
import { scheduleInputs } from "./roster-inputs.js";
import { table } from "../io/table.js";

export interface CheckCommandOptions {
  roster: string;
  requirements: string;
  agents?: string;
  config?: string;
  tz?: string;
  json?: boolean;
}

export async function checkCommand(options: CheckCommandOptions, printer: Printer = stdPrinter()): Promise<CheckReport> {
  const { input } = await scheduleInputs(options, (w) => printer.err(w));
  const roster = await readRosterCsv(options.roster);
  const report = checkRoster({ ...input, roster });
  if (options.json) printer.out(JSON.stringify(report, null, 2));
  else printCheck(report, options.roster, printer);
  if (!report.ok) throw new ShortfallError(`${options.roster}: ${report.violations.length} hard-rule violation(s); first: ${report.violations[0]?.message ?? ""}`);
  return report;
}

function printCheck(r: CheckReport, file: string, printer: Printer): void {
  const c = printer.c;
  printer.out(r.ok ? c.green(`${file}: every hard rule holds`) : c.red(`${file}: ${r.violations.length} hard-rule violation(s)`));
  if (!r.ok) {
    const t = table(["rule", "date", "agent", "what"]);
    for (const v of r.violations.slice(0, 50)) t.push([v.ruleName, v.date, v.agentId ?? "", v.message]);
    printer.out(t.toString());
  }
  printer.out(`Coverage ${(r.coverage.share * 100).toFixed(1)} % of ${Math.round(r.coverage.neededAgentHours)} agent-hours; shift hours ${Math.round(r.hours)}`);
  printer.out(`Shortfall: ${r.shortfall.agentHours} agent-hours, ${r.shortfall.seniorHours} senior-hours, ${r.shortfall.standbyDays} on-call days`);
  printer.out(`Cost ${Math.round(r.cost.total)} (shifts ${Math.round(r.cost.shifts)}, on-call ${Math.round(r.cost.onCall)}, penalties ${Math.round(r.cost.penalties)})`);
}
