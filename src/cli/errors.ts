/** A mistake in how the command was called: exit status 2, message only. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function parsePositiveInt(value: string, what: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0)
    throw new UsageError(`${what} must be a positive whole number, got "${value}"`);
  return Number(value);
}

export function parseNonNegativeInt(value: string, what: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${what} must be a whole number, got "${value}"`);
  return Number(value);
}

export function parseIsoDate(value: string, what: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`${what} must be a date like 2022-03-16, got "${value}"`);
  }
  return value;
}
