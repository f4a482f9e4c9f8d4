import type { Command } from "commander";
import { analyze } from "../../analyze/index.js";
import { captureInputs, planInputs } from "../../capture/index.js";
import type { CapturedItem, CaptureResult } from "../../capture/types.js";
import type { Analysis } from "../../domain/analysis.js";
import { extract } from "../../extract/index.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { parseIsoDate } from "../errors.js";
import { mentionLines } from "../mentions.js";
import { paint } from "../output.js";

function analyzeItem(item: CapturedItem, opts: { verbatim?: boolean; published?: string }): Analysis {
  if (opts.verbatim) {
    return analyze(item.content.text, { publishedAt: opts.published ?? item.hints.publishedAt, lang: null });
  }
  const doc = extract(item.content, item.hints);
  return analyze(doc.text, { publishedAt: opts.published ?? doc.publishedAt, lang: doc.lang });
}

type Outcome = { file: string; analysis: Analysis } | { file: string; error: string };

function analyzeResult(result: CaptureResult, opts: { verbatim?: boolean; published?: string }): Outcome {
  if (!result.ok) return { file: result.failure.label, error: result.failure.reason };
  try {
    return { file: result.item.label, analysis: analyzeItem(result.item, opts) };
  } catch (error) {
    return { file: result.item.label, error: error instanceof Error ? error.message : String(error) };
  }
}

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  program
    .command("analyze")
    .description(
      "find people, places, dates, quotes, figures, incidents and assessments, without storing anything",
    )
    .argument("<inputs...>", "files, folders, URLs, or - for standard input")
    .option(
      "--jsonl",
      "one JSON object per input: {file, entities, dates, quotes, figures, incidents, assessments}",
    )
    .option(
      "--verbatim",
      "analyse each file's text exactly as given (no extraction), so offsets are offsets into the file",
    )
    .option("--published <date>", "publication date that relative dates resolve against (YYYY-MM-DD)")
    .option("--allow-private", "allow URLs that resolve to loopback, private or link-local addresses")
    .action(async (inputs: string[], opts, command: Command) => {
      const config = ctx.config({
        ...globalOverrides(command),
        allowPrivate: opts.allowPrivate ? true : undefined,
      });
      const options = {
        verbatim: Boolean(opts.verbatim),
        ...(opts.published ? { published: parseIsoDate(opts.published, "--published") } : {}),
      };
      const { io } = ctx;
      const stdin = process.stdin.isTTY ? {} : { stdin: process.stdin };
      for await (const result of captureInputs(await planInputs(inputs), {
        config,
        actor: config.actor,
        ...stdin,
      })) {
        const outcome = analyzeResult(result, options);
        if ("error" in outcome) {
          ctx.status.code = 1;
          io.err(`${paint(io, "red", "failed")} ${outcome.file}: ${outcome.error}`);
          if (opts.jsonl) io.out(JSON.stringify(outcome));
          continue;
        }
        const { file, analysis } = outcome;
        if (opts.jsonl) {
          const { version: _version, ...mentions } = analysis;
          io.out(JSON.stringify({ file, ...mentions }));
        } else {
          io.out(paint(io, "bold", `== ${file}`));
          for (const line of mentionLines(analysis)) io.out(`  ${line}`);
        }
      }
    });
}
