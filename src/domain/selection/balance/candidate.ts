/** A submission as the selection sees it: its score and what it counts for in the balance. */
export interface SelectionCandidate {
  id: string;
  /** Weighted mean review score; null when not reviewed yet. */
  score: number | null;
  /** ISO 3166-1 alpha-2 code. */
  country: string | null;
  /** The language the submission is written in. */
  language: string;
  organisationKind: string | null;
  /** One entry per presenter; null when a presenter declared none. */
  presenterGenders: (string | null)[];
  themes: string[];
  /** UN Sustainable Development Goals, 1 to 17. */
  sdgs: number[];
  /** Presented at an earlier edition. */
  returning: boolean;
}
