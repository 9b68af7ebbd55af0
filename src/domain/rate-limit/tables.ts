import type { Instant } from '../../db/column-types.js';

/** Fixed-window counters, shared by every app process through the database. */
export interface RateLimitTable {
  bucket: string;
  window_start: Instant;
  hits: number;
}

export interface RateLimitTables {
  rate_limit: RateLimitTable;
}
