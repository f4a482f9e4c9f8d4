import type { Command } from "commander";
import type { IncidentStatusId } from "../../domain/incident.js";
import { parseIncidentId } from "../../domain/incident.js";
import { incidentView } from "../../investigate/incidents/view.js";
import { INCIDENT_STATUSES } from "../../investigate/review/workflow.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { parseIsoDate, parseNonNegativeInt, parsePositiveInt, UsageError } from "../errors.js";
import { INCIDENT_HEADER, incidentRow, printIncidentView } from "../incident-view.js";
import { formatOf, printJson, printJsonl, printTable } from "../output.js";

export function parseNear(value: string): { lat: number; lon: number; km: number } {
  const parts = value.split(",").map((p) => Number(p.trim()));
  const [lat, lon, km] = parts;
  if (
    parts.length !== 3 ||
    parts.some((p) => !Number.isFinite(p)) ||
    Math.abs(lat as number) > 90 ||
    Math.abs(lon as number) > 180 ||
    (km as number) <= 0
  ) {
    throw new UsageError(`--near takes lat,lon,km (e.g. 47.1,37.55,25), got "${value}"`);
  }
  return { lat: lat as number, lon: lon as number, km: km as number };
}

export function parseStatus(value: string): IncidentStatusId {
  if (!(INCIDENT_STATUSES as readonly string[]).includes(value)) {
    throw new UsageError(`status must be one of ${INCIDENT_STATUSES.join(", ")}, not "${value}"`);
  }
  return value as IncidentStatusId;
}

export function incidentIdArg(value: string): string {
  const id = parseIncidentId(value);
  if (id === null) throw new UsageError(`"${value}" is not an incident id (like INC-00042 or 42)`);
  return id;
}

export function registerIncidents(program: Command, ctx: CommandContext): void {
  program
    .command("incidents")
    .description("list incidents merged from all sources, newest first")
    .option("--status <status>", `only this status (${INCIDENT_STATUSES.join(", ")})`)
    .option("--type <event type>", 'only this ACLED event type, e.g. "Air/drone strike"')
    .option("--category <category>", 'only incidents with a target of this category, e.g. "Healthcare"')
    .option("--near <lat,lon,km>", "only incidents within km of a point")
    .option("--from <date>", "only incidents on or after this date (YYYY-MM-DD)")
    .option("--to <date>", "only incidents on or before this date (YYYY-MM-DD)")
    .option("--source <id>", "only incidents a source supports")
    .option("--assignee <user>", "only incidents assigned to this user")
    .option("--all", "include incidents merged into others or left without sources")
    .option("--limit <n>", "how many", "50")
    .option("--offset <n>", "skip this many", "0")
    .option("--json", "print one JSON document")
    .option("--jsonl", "print one JSON object per incident")
    .action(async (opts, command: Command) => {
      const query = {
        limit: parsePositiveInt(opts.limit, "--limit"),
        offset: parseNonNegativeInt(opts.offset, "--offset"),
        status: opts.status === undefined ? undefined : parseStatus(opts.status),
        eventType: opts.type,
        category: opts.category,
        near: opts.near === undefined ? undefined : parseNear(opts.near),
        from: opts.from === undefined ? undefined : parseIsoDate(opts.from, "--from"),
        to: opts.to === undefined ? undefined : parseIsoDate(opts.to, "--to"),
        sourceId: opts.source,
        assignee: opts.assignee,
        includeInactive: Boolean(opts.all),
      };
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const page = await store.listIncidents(query);
        const format = formatOf(opts);
        if (format === "json") return printJson(ctx.io, page);
        if (format === "jsonl") return printJsonl(ctx.io, page.items);
        if (page.total === 0) return ctx.io.out("No incidents match.");
        printTable(ctx.io, INCIDENT_HEADER, page.items.map(incidentRow), 90);
        const shown = query.offset + page.items.length;
        if (shown < page.total)
          ctx.io.out(`${page.items.length} of ${page.total}; --offset ${shown} for more`);
      });
    });

  program
    .command("incident")
    .description("one incident: fields with their sources, conflicts, grades, legal suggestions, history")
    .argument("<id>", "incident id, e.g. INC-00042 or 42")
    .option("--json", "print everything as JSON")
    .action(async (raw: string, opts, command: Command) => {
      const id = incidentIdArg(raw);
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const detail = await store.getIncident(id);
        if (detail === null) throw new UsageError(`no incident ${id} (see: dossier incidents)`);
        const view = await incidentView(store, detail);
        if (opts.json) return printJson(ctx.io, view);
        printIncidentView(ctx.io, view);
      });
    });
}
