export { canEditSession, canProposeSession, canPublishSession, canSeeJoinLinks, canSeePrivateContact, canSeeSession } from './rules.js';
export { sessionInputSchema, sessionPatchSchema, sessionViewSchema, timingProblems, type SessionInput, type SessionPatch, type SessionView } from './session-schemas.js';
export { SessionService } from './session-service.js';
export { VenueService, venueViewSchema, type VenueView } from './venue-service.js';
