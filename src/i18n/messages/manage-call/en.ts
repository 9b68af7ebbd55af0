/** The organisers' words for the call, the review and the selection, in English: the reference for fr.ts and es.ts. */
export const manageCallEn = {
} as const;
