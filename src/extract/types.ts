/** Extraction found nothing usable (no article, only boilerplate); the message is the reason. */
export class ExtractError extends Error {
  override name = "ExtractError";
}
