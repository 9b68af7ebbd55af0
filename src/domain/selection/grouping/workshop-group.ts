/** An accepted initiative as the grouping sees it. */
export interface GroupableItem {
  id: string;
  title: string;
  /** Its description; fr, es, en or a mix. */
  text: string;
  /** The language of title and text (`fr`, `es`, `en`); others are compared without stemming. */
  language: string;
  /** Theme codes from the edition's list. */
  themes: string[];
}

export interface GroupingOptions {
  /** The fewest initiatives in one workshop. */
  minSize: number;
  /** The most initiatives in one workshop. */
  maxSize: number;
  /** How many workshops to make; by default about `items / ((minSize + maxSize) / 2)`. */
  targetGroups?: number;
}

/** One suggested workshop: a starting point for the organisers, who regroup by hand. */
export interface WorkshopGroupSuggestion {
  itemIds: string[];
  /** The theme most members share (by at least two of them), or null. */
  theme: string | null;
  /** The words the members' texts share most, as written (lower case). */
  keywords: string[];
  /** The mean similarity of each pair of members, from 0 (nothing shared) to 1; 0 for a group of one. */
  cohesion: number;
}
