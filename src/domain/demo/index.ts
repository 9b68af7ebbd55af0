export { generateDemoForum, type DemoForum, type DemoOptions } from './generate-demo-forum.js';
export { loadDemoForum, type DemoSummary } from './load-demo-forum.js';
