/**
 * Turns what a person types into a safe FTS5 query. Every term is quoted, so FTS5 syntax
 * in the input (column filters, NEAR, parentheses, stray quotes) can never cause a syntax
 * error or change the meaning. Supported: words (all must match), "exact phrases",
 * prefix* terms, OR between terms, and -excluded terms.
 */
export function toFtsQuery(input: string): string | null {
  const positive: string[] = [];
  const negative: string[] = [];
  let pendingOr = false;
  for (const raw of splitTerms(input)) {
    if (raw.kind === "word" && raw.text === "OR") {
      pendingOr = positive.length > 0;
      continue;
    }
    const exclude = raw.kind === "word" && raw.text.startsWith("-");
    const text = exclude ? raw.text.slice(1) : raw.text;
    const prefix = raw.kind === "word" && /\w\*$/u.test(text);
    const cleaned = text
      .replace(/\*$/, "")
      .replace(/["\p{Cc}]/gu, " ")
      .trim();
    if (!/[\p{L}\p{N}]/u.test(cleaned)) continue;
    const term = `"${cleaned}"${prefix ? "*" : ""}`;
    if (exclude) negative.push(term);
    else if (pendingOr) positive.push(`OR ${term}`);
    else positive.push(term);
    pendingOr = false;
  }
  if (positive.length === 0) return null;
  const base = positive.join(" ");
  return negative.length === 0 ? base : `(${base}) NOT (${negative.join(" OR ")})`;
}

function* splitTerms(input: string): Generator<{ kind: "word" | "phrase"; text: string }> {
  const re = /"([^"]*)"?|(\S+)/g;
  for (const m of input.matchAll(re)) {
    if (m[1] !== undefined) yield { kind: "phrase", text: m[1] };
    else if (m[2] !== undefined) yield { kind: "word", text: m[2] };
  }
}
