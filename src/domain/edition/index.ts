export { EditionService } from './edition-service.js';
export { canCreateEdition, canManageEdition, canSeeEdition } from './rules.js';
export { editionInputSchema, editionPatchSchema, editionViewSchema, type EditionInput, type EditionPatch, type EditionView } from './schemas.js';
