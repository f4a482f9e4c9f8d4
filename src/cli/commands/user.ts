import type { Command } from "commander";
import { ROLES, type Role } from "../../investigate/review/roles.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { UsageError } from "../errors.js";
import { printJson, printTable } from "../output.js";
import { readNewPassword } from "../password-input.js";

export function registerUser(program: Command, ctx: CommandContext): void {
  const user = program.command("user").description("user accounts for the web app");

  user
    .command("add <username> <role>")
    .description(
      `create an account with a role (${ROLES.join(", ")}); the password is asked for, or read from standard input`,
    )
    .option("--partner <id>", "for partners: the partner institution whose shares the user sees")
    .action(async (username: string, role: string, opts, command: Command) => {
      if (!(ROLES as readonly string[]).includes(role))
        throw new UsageError(`the role must be one of ${ROLES.join(", ")}`);
      if ((role === "partner") !== (opts.partner !== undefined)) {
        throw new UsageError("partners need --partner <institution id>, and only partners take it");
      }
      const password = await readNewPassword();
      await ctx.withDossier(globalOverrides(command), async ({ auth, config }) => {
        const created = await auth.createUser(
          { username, password, role: role as Role, ...(opts.partner && { partnerId: opts.partner }) },
          { actor: config.actor },
        );
        ctx.io.out(`created ${created.username} (${created.role})`);
      });
    });

  user
    .command("list")
    .description("every account")
    .option("--json", "print as JSON")
    .action(async (opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async ({ auth }) => {
        const users = await auth.listUsers();
        if (opts.json) return printJson(ctx.io, users);
        printTable(
          ctx.io,
          ["username", "role", "partner", "disabled"],
          users.map((u) => [u.username, u.role, u.partnerId ?? "", u.disabled ? "yes" : ""]),
        );
      });
    });
}
