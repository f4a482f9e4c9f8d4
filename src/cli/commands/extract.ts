import type { Command } from "commander";
import { captureInputs, planInputs } from "../../capture/index.js";
import { extract } from "../../extract/index.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { paint } from "../output.js";

interface ExtractLine {
  file: string;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  outlet: string | null;
  lang: string | null;
  text: string;
  error?: string;
}

function failedLine(file: string, error: string): ExtractLine {
  return { file, title: null, byline: null, publishedAt: null, outlet: null, lang: null, text: "", error };
}

export function registerExtract(program: Command, ctx: CommandContext): void {
  program
    .command("extract")
    .description(
      "extract main text and metadata without storing anything (files, folders, .gz, .jsonl, URLs, -)",
    )
    .argument("<inputs...>", "files, folders, URLs, or - for standard input")
    .option("--jsonl", "one JSON object per input: {file, title, byline, publishedAt, outlet, lang, text}")
    .option("--allow-private", "allow URLs that resolve to loopback, private or link-local addresses")
    .action(async (inputs: string[], opts, command: Command) => {
      const config = ctx.config({
        ...globalOverrides(command),
        allowPrivate: opts.allowPrivate ? true : undefined,
      });
      const { io } = ctx;
      const planned = await planInputs(inputs);
      for await (const result of captureInputs(planned, {
        config,
        actor: config.actor,
        ...(process.stdin.isTTY ? {} : { stdin: process.stdin }),
      })) {
        let line: ExtractLine;
        if (!result.ok) {
          line = failedLine(result.failure.label, result.failure.reason);
        } else {
          try {
            const doc = extract(result.item.content, result.item.hints);
            const { title, byline, publishedAt, outlet, lang, text } = doc;
            line = { file: result.item.label, title, byline, publishedAt, outlet, lang, text };
          } catch (error) {
            line = failedLine(result.item.label, error instanceof Error ? error.message : String(error));
          }
        }
        if (line.error !== undefined) {
          ctx.status.code = 1;
          io.err(`${paint(io, "red", "failed")} ${line.file}: ${line.error}`);
        }
        if (opts.jsonl) {
          io.out(JSON.stringify(line));
        } else if (line.error === undefined) {
          io.out(paint(io, "bold", `== ${line.file}: ${line.title ?? "(untitled)"}`));
          io.out(`${[line.outlet, line.byline, line.publishedAt, line.lang].filter(Boolean).join(" · ")}\n`);
          io.out(`${line.text}\n`);
        }
      }
    });
}
