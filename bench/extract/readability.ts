import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

// The project compiles without the DOM library; take Readability's own parameter type.
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** The baseline: Mozilla Readability over a linkedom DOM, its textContent as the main text. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ReadabilityDocument).parse();
  return article?.textContent ?? "";
}
