import type { Command } from "commander";
import { EVENT_TYPES, type EventType } from "../../domain/analysis.js";
import type { IncidentOverrides } from "../../domain/incident.js";
import type { OperationContext } from "../../investigate/incidents/operations/context.js";
import {
  attachSource,
  createIncident,
  detachMention,
  editIncident,
  mergeIncidents,
  splitIncident,
} from "../../investigate/incidents/operations/membership.js";
import {
  assignIncident,
  flagIncident,
  reviewIncident,
} from "../../investigate/incidents/operations/review.js";
import { type CommandContext, globalOverrides, operationContext } from "../context.js";
import { parseIsoDate, UsageError } from "../errors.js";
import { incidentIdArg, parseStatus } from "./incidents.js";

type Work = (ops: OperationContext, opts: Record<string, unknown>, args: string[]) => Promise<string>;

/** Registers one case-work command: run `work` with the acting user, print its one-line result. */
function casework(
  program: Command,
  ctx: CommandContext,
  spec: { name: string; args: string; description: string },
  work: Work,
) {
  return program
    .command(`${spec.name} ${spec.args}`)
    .description(spec.description)
    .action(async (...params: unknown[]) => {
      const command = params.at(-1) as Command;
      const opts = params.at(-2) as Record<string, unknown>;
      const args = (params.slice(0, -2) as (string | string[])[]).flat();
      await ctx.withDossier(globalOverrides(command), async (dossier) => {
        ctx.io.out(await work(operationContext(command, dossier), opts, args));
      });
    });
}

function parsePlace(value: string): NonNullable<IncidentOverrides["place"]> {
  const m = /^(.+)@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(value);
  if (!m) throw new UsageError(`--place takes name@lat,lon (e.g. "Mariupol@47.1,37.55"), got "${value}"`);
  return { name: (m[1] as string).trim(), lat: Number(m[2]), lon: Number(m[3]) };
}

function parseDateRange(value: string): NonNullable<IncidentOverrides["date"]> {
  const [from = "", to = from] = value.split("..");
  return { from: parseIsoDate(from, "--date"), to: parseIsoDate(to, "--date") };
}

function parseEventType(value: string): EventType {
  const found = EVENT_TYPES.find((t) => t.toLowerCase() === value.toLowerCase());
  if (!found) throw new UsageError(`--type must be an ACLED event type (${EVENT_TYPES.join("; ")})`);
  return found;
}

function overridesFrom(opts: Record<string, unknown>): IncidentOverrides {
  return {
    ...(typeof opts.type === "string" && { eventType: parseEventType(opts.type) }),
    ...(typeof opts.place === "string" && { place: parsePlace(opts.place) }),
    ...(typeof opts.date === "string" && { date: parseDateRange(opts.date) }),
    ...(typeof opts.notes === "string" && { notes: opts.notes }),
  };
}

const note = (opts: Record<string, unknown>) => (typeof opts.note === "string" ? opts.note : "");

export function registerCasework(program: Command, ctx: CommandContext): void {
  casework(
    program,
    ctx,
    { name: "review", args: "<id>", description: "change an incident's status, with a note saying why" },
    async (ops, opts, [id]) => {
      const assignee =
        opts.assign === undefined ? {} : { assignee: opts.assign === "none" ? null : String(opts.assign) };
      const i = await reviewIncident(ops, incidentIdArg(id ?? ""), {
        to: parseStatus(String(opts.status)),
        note: note(opts),
        ...assignee,
      });
      return `${i.id} is now ${i.status}${i.assignee ? `, assigned to ${i.assignee}` : ""}`;
    },
  )
    .requiredOption("--status <status>", "new status: in_review, corroborated, verified, disputed, rejected")
    .requiredOption("--note <text>", "why (required)")
    .option("--assign <user>", "assign it at the same time (none to unassign)");

  casework(
    program,
    ctx,
    { name: "assign", args: "<id> <user>", description: "assign an incident to a user (none to unassign)" },
    async (ops, opts, [id, user]) => {
      const i = await assignIncident(ops, incidentIdArg(id ?? ""), {
        assignee: user === "none" ? null : (user ?? null),
        note: note(opts),
      });
      return `${i.id} is assigned to ${i.assignee ?? "nobody"}`;
    },
  ).option("--note <text>", "why");

  casework(
    program,
    ctx,
    {
      name: "merge",
      args: "<into> <others...>",
      description: "merge incidents into one (the others point to it)",
    },
    async (ops, opts, [into, ...others]) => {
      const i = await mergeIncidents(ops, incidentIdArg(into ?? ""), others.map(incidentIdArg), note(opts));
      return `merged into ${i.id}: ${i.sources} sources, ${i.independentSources} independent`;
    },
  ).requiredOption("--note <text>", "why (required)");

  casework(
    program,
    ctx,
    {
      name: "split",
      args: "<id> <mentions...>",
      description: "move mentions out of an incident into a new one",
    },
    async (ops, opts, [id, ...mentions]) => {
      const { created } = await splitIncident(ops, incidentIdArg(id ?? ""), mentions, note(opts));
      return `split ${mentions.length} mention(s) into ${created.id}`;
    },
  ).requiredOption("--note <text>", "why (required)");

  casework(
    program,
    ctx,
    {
      name: "detach",
      args: "<id> <mention>",
      description: "take a mention out of an incident (it does not describe it)",
    },
    async (ops, opts, [id, mention]) => {
      const i = await detachMention(ops, incidentIdArg(id ?? ""), mention ?? "", note(opts));
      return `detached ${mention} from ${i.id}`;
    },
  ).requiredOption("--note <text>", "why (required)");

  casework(
    program,
    ctx,
    { name: "attach", args: "<id> <source>", description: "attach a source to an incident by hand" },
    async (ops, opts, [id, source]) => {
      const i = await attachSource(ops, incidentIdArg(id ?? ""), source ?? "", note(opts));
      return `attached ${source} to ${i.id}: ${i.sources} sources, ${i.independentSources} independent`;
    },
  ).requiredOption("--note <text>", "why (required)");

  casework(
    program,
    ctx,
    {
      name: "create-incident",
      args: "[sources...]",
      description: "create an incident by hand, optionally with sources",
    },
    async (ops, opts, sources) => {
      const i = await createIncident(ops, {
        title: String(opts.title),
        overrides: overridesFrom(opts),
        sourceIds: sources,
        note: note(opts),
      });
      return `created ${i.id}`;
    },
  )
    .requiredOption("--title <text>", "a short title")
    .requiredOption("--note <text>", "why (required)")
    .option("--type <event type>", "ACLED event type")
    .option("--place <name@lat,lon>", "where")
    .option("--date <from[..to]>", "when (YYYY-MM-DD)");

  casework(
    program,
    ctx,
    {
      name: "edit",
      args: "<id>",
      description: "correct an incident's fields by hand (kept beside what sources say)",
    },
    async (ops, opts, [id]) => {
      const title = typeof opts.title === "string" ? { title: opts.title } : {};
      const i = await editIncident(ops, incidentIdArg(id ?? ""), {
        ...title,
        overrides: overridesFrom(opts),
        note: note(opts),
      });
      return `${i.id} edited`;
    },
  )
    .requiredOption("--note <text>", "why (required)")
    .option("--title <text>", "a short title")
    .option("--type <event type>", "ACLED event type")
    .option("--place <name@lat,lon>", "where")
    .option("--date <from[..to]>", "when (YYYY-MM-DD)")
    .option("--notes <text>", "analyst's notes");

  casework(
    program,
    ctx,
    {
      name: "flag",
      args: "<id>",
      description: "add or remove sensitivity flags (graphic content, personal data, ...)",
    },
    async (ops, opts, [id]) => {
      const list = (v: unknown) =>
        typeof v === "string"
          ? v
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean)
          : [];
      const i = await flagIncident(ops, incidentIdArg(id ?? ""), {
        add: list(opts.add),
        remove: list(opts.remove),
        note: note(opts),
      });
      return `${i.id} flags: ${i.flags.join(", ") || "none"}`;
    },
  )
    .option("--add <flags>", "comma-separated flags to add")
    .option("--remove <flags>", "comma-separated flags to remove (reviewers, with --note)")
    .option("--note <text>", "why");
}
