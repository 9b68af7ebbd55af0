export { lintEdition, lintMessage, lintPlace } from './lint-edition.js';
export type { LintCode, LintFinding, LintPlace, LintSeverity } from './lint-finding.js';
