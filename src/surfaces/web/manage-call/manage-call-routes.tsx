import type { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import { registerCallEditorPages } from './call-editor-routes.js';
import { registerReviewPages } from './review-routes.js';
import { registerSelectionPages } from './selection-routes.js';

/**
 * The organisers' pages of the call, the review and the selection, all under
 * `/editions/:slug/manage/`: `call`, `review` (+ `settings`, `reviewers`, `conflicts`,
 * `assignments`…), `selection` (+ `targets`, `decisions/:id`, `suggestion`, `apply`, `groups`, `mails`).
 */
export function registerManageCallPages(web: Hono<AppEnv>): void {
  registerCallEditorPages(web);
  registerReviewPages(web);
  registerSelectionPages(web);
}
