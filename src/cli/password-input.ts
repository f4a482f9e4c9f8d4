import { createInterface } from "node:readline";

/** The first line of standard input (for scripts: `printf '%s\n' "$PW" | dossier user add …`). */
async function firstLine(stdin: NodeJS.ReadStream): Promise<string> {
  const rl = createInterface({ input: stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

/** Asks on the terminal without echoing what is typed. */
function hidden(prompt: string, stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream): Promise<string> {
  return new Promise((resolve, reject) => {
    stderr.write(prompt);
    let typed = "";
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener("data", onData);
      stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") return done(new Error("cancelled"));
        if (ch === "\u007f" || ch === "\b") typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on("data", onData);
  });
}

/**
 * A new password: typed twice on a terminal, or read from standard input. Never from an
 * argument, where it would stay in shell history and be visible to other users in `ps`.
 */
export async function readNewPassword(stdin = process.stdin, stderr = process.stderr): Promise<string> {
  if (!stdin.isTTY) return firstLine(stdin);
  const first = await hidden("Password (12 characters or more): ", stdin, stderr);
  const again = await hidden("Same password again: ", stdin, stderr);
  if (first !== again) throw new Error("the two passwords differ");
  return first;
}
