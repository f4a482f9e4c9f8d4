/**
 * Recorded in every ExtractedDocument. Bump it whenever the same input would extract
 * differently, so that stored documents can be found and extracted again.
 */
export const EXTRACTOR_VERSION = "dossier-extract@1";
