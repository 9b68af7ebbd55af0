export { registerManageCallPages } from './manage-call-routes.js';
