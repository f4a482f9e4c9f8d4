export { groupAll, type TextItem } from "./group-all.js";
export {
  DEFAULT_MINHASH,
  decodeSignature,
  encodeSignature,
  estimateContainment,
  estimateJaccard,
  type MinHashParams,
  SIGNATURE_VERSION,
  type Signature,
  signature,
} from "./minhash.js";
export {
  type AddResult,
  DEFAULT_SYNDICATION,
  type LinkKind,
  type SyndicationGroup,
  SyndicationIndex,
  type SyndicationLink,
  type SyndicationOptions,
} from "./syndication-index.js";
