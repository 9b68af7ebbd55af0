import type { Config } from '../config/index.js';
import type { Clock } from '../db/clock.js';
import type { Storage } from '../db/database.js';

/** What every domain service needs from the running application. */
export interface AppContext {
  storage: Storage;
  clock: Clock;
  config: Config;
}
