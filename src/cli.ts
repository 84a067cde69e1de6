// The command table: commands and their options, no logic. Each action runs its command through `run`.
import { Command, InvalidArgumentError } from "commander";
import { processIo, type Io, type Printer } from "./io/terminal.js";
import { parseDecimal, shown } from "./values.js";

const EXIT_HELP = `
Exit codes:
  0  done; outputs written
  1  internal error (a bug: run again with --debug and report it)
  2  bad input: one line names the file, the line or key, and what was expected; nothing written
  3  plan not acceptable: shortfall above --max-shortfall, senior-hours missing, on-call days unfilled above
     --max-on-call-short, a solver gap above schedule.maxGap, or a hard rule broken (check); plan writes it to draft/`;

/** One or two real command lines, shown under a command's --help. */
function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}`;
}

function num(value: string): number {
  const n = parseDecimal(value);
  if (n === undefined) throw new InvalidArgumentError(`${shown(value)} is not a decimal number.`);
  return n;
}

function int(value: string): number {
  const n = num(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`${shown(value)} is not a whole number.`);
  return n;
}

/**
 * Each command's module, loaded on first use so `peakplan --help` imports none of them (the solver's WebAssembly
 * among them). The command-line tests pass buildProgram a runner that records instead.
 */
const COMMANDS = {
  analyze: async () => (await import("./commands/analyze.js")).analyzeCommand,
  sample: async () => (await import("./commands/sample.js")).sampleCommand,
  forecast: async () => (await import("./commands/forecast.js")).forecastCommand,
  backtest: async () => (await import("./commands/backtest.js")).backtestCommand,
  erlang: async () => (await import("./commands/erlang.js")).erlangCommand,
  staff: async () => (await import("./commands/staff.js")).staffCommand,
  schedule: async () => (await import("./commands/schedule.js")).scheduleCommand,
  check: async () => (await import("./commands/check.js")).checkCommand,
  plan: async () => (await import("./commands/plan.js")).planCommand,
  hire: async () => (await import("./commands/hire.js")).hireCommand,
  init: async () => (await import("./commands/init.js")).initCommand,
  demo: async () => (await import("./commands/demo.js")).demoCommand,
};

export type CommandName = keyof typeof COMMANDS;

/** Runs a command with the options commander parsed (each command checks its own options' types). */
export type Run = (command: CommandName, options: Record<string, unknown>, printer: Printer) => Promise<void>;

const runCommand: Run = async (command, options, printer) => {
  const commandFn = (await COMMANDS[command]()) as (options: Record<string, unknown>, printer: Printer) => Promise<unknown>;
  await commandFn(options, printer);
};

/** How the export is read; each is also an `ingest` key in the config (the flag wins). */
function exportOptions(cmd: Command): Command {
  return cmd
    .option("--time-column <name>", "column holding the ticket's created time (default: detected; ingest.timeColumn)")
    .option("--channel-column <name>", "column holding the channel (default: detected; ingest.channelColumn)")
    .option("--date-format <luxon>", "luxon format of the timestamps, e.g. dd.MM.yyyy HH:mm (default: detected; ingest.dateFormat)")
    .option("--spread-days", "read a date-only export by spreading each day over the intraday profile (ingest.spreadDays)");
}

/** Options every command that reads a ticket export shares. */
function ingestOptions(cmd: Command): Command {
  return exportOptions(cmd.option("--tz <zone>", "store time zone (IANA name); naive timestamps are read in it")).option(
    "--config <file>",
    "peakplan config file (JSON)",
  );
}

export function buildProgram(io: Io = processIo, run: Run = runCommand): Command {
  const out = { writeOut: io.stdout, writeErr: io.stderr, outputError: (str: string, write: (s: string) => void) => write(`peakplan: ${str.replace(/^error: /, "").trim()}\n`) };
  const program = new Command("peakplan")
    .description("Plan the holiday support peak: forecast tickets, staff with Erlang C, roster with a linear program.")
    .version("0.1.0")
    .option("--debug", "show stack traces on errors")
    .addHelpText("after", EXIT_HELP)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput(out);

  const sub = (name: string, description: string): Command =>
    program.command(name).description(description).addHelpText("after", EXIT_HELP).exitOverride().option("--debug", "show stack traces");

  ingestOptions(sub("analyze", "summarise a help-desk ticket export and write its hourly series"))
    .option("--history <file>", "ticket export CSV (or the config's history)")
    .option("--out <file>", "write the hourly series (hour_start,channel,tickets)")
    .option("--json", "print JSON instead of tables")
    .addHelpText("after", examples("peakplan analyze --history tickets.csv --tz Europe/Helsinki", 'peakplan analyze --history export.csv --time-column "Created at" --date-format "dd.MM.yyyy HH:mm" --out hourly.csv'))
    .action((opts) => run("analyze", opts, io.printer(opts)));

  sub("sample", "generate a synthetic help-desk export (seeded, deterministic)")
    .option("--seed <n>", "random seed", int, 1)
    .option("--out <file>", "where to write the export CSV", "tickets.csv")
    .option("--from <date>", "first day (YYYY-MM-DD)", "2024-09-01")
    .option("--to <date>", "last day (YYYY-MM-DD)", "2026-01-15")
    .option("--tz <zone>", "store time zone", "Europe/Helsinki")
    .option("--scale <x>", "multiply every day's volume", num, 1)
    .option("--rows <n>", "aim for about this many rows (overrides --scale)", int)
    .option("--format <name>", "export dialect: generic, zendesk, freshdesk, gorgias, helpscout, liveagent, intercom, nordic", "generic")
    .option("--no-dirty", "leave out the realistic dirty rows")
    .option("--agents-out <file>", "also write a matching agents.csv")
    .option("--agents <n>", "agents in that file", int, 25)
    .addHelpText("after", examples("peakplan sample --seed 7 --out tickets.csv --agents-out agents.csv", "peakplan sample --format zendesk --rows 1000000 --out big.csv"))
    .action((opts) => run("sample", opts, io.printer(opts)));

  ingestOptions(sub("forecast", "forecast hourly ticket volume per channel for the season"))
    .option("--history <file>", "ticket export CSV (or the config's history)")
    .option("--season <year>", "season starting in November of this year (default: the config's season, else the next after the history)", int)
    .option("--from <date>", "first day of the window (YYYY-MM-DD)")
    .option("--to <date>", "last day of the window (YYYY-MM-DD)")
    .option("--growth <x>", "volume growth over last season when the history cannot tell", num)
    .option("--events <what>", "default, none, or a JSON file of extra events", "default")
    .option("--out <file>", "where to write forecast.csv", "forecast.csv")
    .option("--json", "print JSON instead of tables")
    .addHelpText("after", examples("peakplan forecast --history tickets.csv --tz Europe/Helsinki --out forecast.csv", "peakplan forecast --history tickets.csv --season 2026 --growth 1.2 --out forecast.csv"))
    .action((opts) => run("forecast", opts, io.printer(opts)));

  ingestOptions(sub("backtest", "score the forecast on the last days of the history against two baselines"))
    .option("--history <file>", "ticket export CSV (or the config's history)")
    .option("--holdout-days <n>", "days held out at the end", int, 28)
    .option("--events <what>", "default, none, or a JSON file of extra events", "default")
    .option("--json", "print JSON instead of tables")
    .addHelpText("after", examples("peakplan backtest --history tickets.csv --tz Europe/Helsinki --holdout-days 28"))
    .action((opts) => run("backtest", opts, io.printer(opts)));

  sub("erlang", "Erlang C / A calculator: agents for a service level, or the service level of N agents")
    .requiredOption("--volume <n>", "contacts per interval", num)
    .option("--interval-minutes <n>", "interval length", num, 30)
    .requiredOption("--aht <seconds>", "average handle time", num)
    .option("--target <share>", "service-level target, e.g. 0.8", num, 0.8)
    .option("--answer-seconds <s>", "answered within this many seconds", num, 20)
    .option("--max-occupancy <share>", "cap on agent occupancy", num, 0.85)
    .option("--shrinkage <share>", "share of paid time not on contacts (breaks, meetings, absence)", num, 0.3)
    .option("--concurrency <n>", "contacts an agent handles at once (chat)", int, 1)
    .option("--patience <seconds>", "mean patience before abandoning (Erlang A)", num)
    .option("--agents <n>", "report the service these agents give", int)
    .option("--json", "print JSON")
    .addHelpText("after", examples("peakplan erlang --volume 100 --aht 180", "peakplan erlang --volume 60 --aht 300 --agents 12 --patience 120"))
    .action((opts) => run("erlang", opts, io.printer(opts)));

  sub("staff", "turn an hourly forecast into agents, seniors and standby needed per hour")
    .option("--forecast <file>", "forecast.csv from `peakplan forecast`", "forecast.csv")
    .option("--config <file>", "peakplan config file (JSON)")
    .option("--tz <zone>", "store time zone (IANA name)")
    .option("--out <file>", "where to write requirements.csv", "requirements.csv")
    .option("--json", "print JSON instead of tables")
    .addHelpText("after", examples("peakplan staff --forecast forecast.csv --config peakplan.config.json --out requirements.csv"))
    .action((opts) => run("staff", opts, io.printer(opts)));

  sub("schedule", "solve the shift roster as a linear program")
    .option("--requirements <file>", "requirements.csv from `peakplan staff`")
    .option("--forecast <file>", "forecast.csv: run staff first")
    .option("--agents <file>", "agents.csv (default: the config's agents)")
    .option("--config <file>", "peakplan config file (JSON)")
    .option("--tz <zone>", "store time zone (IANA name)")
    .option("--out <file>", "where to write roster.csv", "roster.csv")
    .option("--time-limit <seconds>", "wall-clock limit for the whole command", num)
    .option("--max-shortfall <hours>", "exit 3 when shortfall agent-hours exceed this (default: plan.maxShortfallHours, 0)", num)
    .option("--max-on-call-short <days>", "exit 3 when more on-call days than this stay unfilled (default: plan.maxOnCallShortDays, 0)", int)
    .option("--export-lp <file>", "write the model in CPLEX LP format")
    .option("--ics-dir <dir>", "write one iCalendar file per agent")
    .option("--json", "print JSON instead of tables")
    .addHelpText("after", examples("peakplan schedule --requirements requirements.csv --agents agents.csv --config peakplan.config.json --out roster.csv", "peakplan schedule --requirements requirements.csv --agents agents.csv --ics-dir calendars"))
    .action((opts) => run("schedule", opts, io.printer(opts)));

  sub("check", "validate a roster (even a hand-edited one) against every hard rule")
    .requiredOption("--roster <file>", "roster.csv")
    .requiredOption("--requirements <file>", "requirements.csv")
    .option("--agents <file>", "agents.csv (default: the config's agents)")
    .option("--config <file>", "peakplan config file (JSON)")
    .option("--tz <zone>", "store time zone (IANA name)")
    .option("--json", "print JSON instead of tables")
    .addHelpText("after", examples("peakplan check --roster roster.csv --requirements requirements.csv --agents agents.csv --config peakplan.config.json"))
    .action((opts) => run("check", opts, io.printer(opts)));

  exportOptions(sub("plan", "forecast, staff and schedule in one run (for the cron)"))
    .option("--config <file>", "peakplan.config.json (required, unless --sample)")
    .option("--sample", "plan the bundled sample instead of a config")
    .option("--out-dir <dir>", "output folder; a plan that is not acceptable goes to its draft/ subfolder")
    .option("--ics-dir <dir>", "also write one iCalendar file per agent (only when the plan is acceptable)")
    .option("--freeze-until <date>", "keep published shifts up to this date (default: 7 days from today)")
    .option("--max-shortfall <hours>", "exit 3 when shortfall agent-hours exceed this (default: plan.maxShortfallHours, 0)", num)
    .option("--max-on-call-short <days>", "exit 3 when more on-call days than this stay unfilled (default: plan.maxOnCallShortDays, 0)", int)
    .option("--today <date>", "pretend today is this date (for tests and replays)")
    .option("--quiet", "no progress output")
    .addHelpText("after", examples("peakplan plan --config planning/peakplan.config.json --ics-dir planning/out/calendars", "peakplan plan --sample --out-dir out"))
    .action((opts) => run("plan", opts, io.printer(opts)));

  sub("hire", "how many seasonal agents to hire, and when each cohort must be recruited, to cover the season")
    .option("--config <file>", "peakplan config file (JSON; required unless --requirements or --sample)")
    .option("--sample", "size hires for the bundled sample instead of a config")
    .option("--requirements <file>", "requirements.csv from `peakplan staff` (default: computed from the config as plan does)")
    .option("--agents <file>", "today's team, agents.csv (default: the config's)")
    .option("--profile <file>", "JSON list of hire profiles (default: the config's hire.profiles)")
    .option("--max-shortfall <hours>", "agent-hours of shortfall the answer may leave", num)
    .option("--latest-start <date>", "no cohort goes live after this date (YYYY-MM-DD)")
    .option("--today <date>", "recruiting starts on this date (default: today)")
    .option("--time-limit <seconds>", "solver time limit per roster", num)
    .option("--json", "print JSON instead of tables")
    .option("--out <file>", "where to write the hires, in agents.csv columns", "hires.csv")
    .addHelpText("after", examples("peakplan hire --config planning/peakplan.config.json --out hires.csv", "peakplan hire --config peakplan.config.json --latest-start 2026-11-20 --json"))
    .action((opts) => run("hire", opts, io.printer(opts)));

  sub("init", "write a commented starter config and agents template")
    .option("--dir <dir>", "folder to write into", ".")
    .option("--force", "overwrite existing files")
    .addHelpText("after", examples("peakplan init --dir planning"))
    .action((opts) => run("init", opts, io.printer(opts)));

  sub("demo", "run the whole job on the bundled sample (what `npm start` runs)")
    .option("--out-dir <dir>", "where to write the outputs", "out")
    .addHelpText("after", examples("peakplan demo --out-dir out"))
    .action((opts) => run("demo", opts, io.printer(opts)));

  return program;
}

