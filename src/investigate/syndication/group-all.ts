import { signature } from "./minhash.js";
import {
  DEFAULT_SYNDICATION,
  type SyndicationGroup,
  SyndicationIndex,
  type SyndicationOptions,
} from "./syndication-index.js";

export interface TextItem {
  id: string;
  text: string;
}

/**
 * Near-duplicate groups of a whole corpus, singletons included. Items are added in the
 * order given, which fixes the group ids (each named after its earliest member): pass them
 * in publication or ingest order for ids that stay put as the corpus grows.
 */
export function groupAll(
  items: Iterable<TextItem>,
  options: Partial<SyndicationOptions> = {},
): SyndicationGroup[] {
  const index = new SyndicationIndex(options);
  const params = options.params ?? DEFAULT_SYNDICATION.params;
  for (const item of items) index.add(item.id, signature(item.text, params));
  return index.groups();
}
