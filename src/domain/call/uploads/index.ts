export { defaultUploadPolicy, mediaTypeNames, type UploadPolicy } from './upload-policy.js';
export { inspectUpload, type InspectedUpload } from './inspect-upload.js';
export { UploadStore, isUploadKey } from './upload-store.js';
export { formatByteSize } from './byte-size.js';
