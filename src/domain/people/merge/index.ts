export { IdentitySuggestionService, type IdentitySuggestionView } from './identity-suggestion-service.js';
export { mergeOrganisations } from './merge-organisations.js';
export { mergePeople } from './merge-people.js';
