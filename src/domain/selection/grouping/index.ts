export type { GroupableItem, GroupingOptions, WorkshopGroupSuggestion } from './workshop-group.js';
export { suggestWorkshopGroups } from './suggest-workshop-groups.js';
