export { AvailabilityService, type AvailabilityView, type AvailabilityWindowView } from './availability-service.js';
export { availabilityInputSchema, maxWindows, readAvailability, toLocalInput, windowInputSchema, type AvailabilityInput, type AvailabilityWindow } from './availability-input.js';
export { loadEditionAvailability, type PersonAvailability, type StoredWindow } from './availability-store.js';
export { describeWindows } from './describe-windows.js';
export { canEditAvailability } from './rules.js';
export { availabilityKinds, type AvailabilityKind } from './tables.js';
