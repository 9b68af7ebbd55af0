import type { ShortfallReason } from './assignment-types.js';

export interface ReadersOfSubmission {
  /** Reviewers who read its language and do not have it yet. */
  readers: number;
  conflictedReaders: number;
  /** New reviews it received. */
  received: number;
}

/**
 * Why a submission is still short once no more reviews can be placed: if every free reader got
 * it, readers ran out (through conflicts if there were any); otherwise the free readers are full.
 */
export function explainShortfall({ readers, conflictedReaders, received }: ReadersOfSubmission): ShortfallReason {
  if (readers === 0) return 'no_reader_of_language';
  if (readers - conflictedReaders > received) return 'capacity_exhausted';
  return conflictedReaders > 0 ? 'all_readers_conflicted' : 'no_reader_of_language';
}
