export { generateSlotContents, type ColumnGenerationResult } from './column-generation.js';
export { buildForumMip, defaultMaxSlotPatterns, type ForumMip, type ForumMipOptions, type PlacementColumn } from './forum-mip.js';
export { LinearModelBuilder } from './linear-model-builder.js';
export { solveCompiledExactly, solveExactly, type ExactOptions, type ExactProgress, type ExactResult } from './solve-exactly.js';
