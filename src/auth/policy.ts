/**
 * Password rules after NIST 800-63B: length is what counts, composition rules ("one digit, one
 * symbol") are not imposed because they push people to predictable patterns. A long upper bound
 * leaves room for passphrases while keeping one request from making the server hash megabytes.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

/** Lower-case letters, digits and . _ - : usernames appear in the audit log and must not be confusable. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export type PolicyResult = { ok: true } | { ok: false; message: string };

/** The canonical form usernames are stored and looked up in. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function checkUsername(username: string): PolicyResult {
  if (USERNAME.test(normalizeUsername(username))) return { ok: true };
  return {
    ok: false,
    message:
      "a username is 3 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit",
  };
}

/** Length in characters as a person counts them (an emoji is one), after the normalisation hashing uses. */
function visibleLength(password: string): number {
  return [...password.normalize("NFKC")].length;
}

export function checkPassword(password: string, context: { username: string }): PolicyResult {
  const length = visibleLength(password);
  if (length < PASSWORD_MIN_LENGTH) {
    return { ok: false, message: `the password must be at least ${PASSWORD_MIN_LENGTH} characters long` };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { ok: false, message: `the password must be at most ${PASSWORD_MAX_LENGTH} characters long` };
  }
  const username = normalizeUsername(context.username);
  if (username !== "" && password.normalize("NFKC").toLowerCase().includes(username)) {
    return { ok: false, message: "the password must not contain the username" };
  }
  // NIST names repetitive passwords among those to refuse; one character repeated is the clear case.
  if (new Set(password).size === 1) {
    return { ok: false, message: "the password must not be a single character repeated" };
  }
  return { ok: true };
}
