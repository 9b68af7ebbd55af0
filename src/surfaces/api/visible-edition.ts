import type { Context } from 'hono';
import { EditionService } from '../../domain/edition/index.js';
import type { AppEnv } from '../http/app-env.js';

/** The edition a nested route works in; one this actor may not see answers 404 before anything else. */
export function visibleEdition(c: Context<AppEnv>, slug: string) {
  return new EditionService(c.get('app'), c.get('actor')).findVisible(slug);
}
