export { anonymousActor, systemActor, hasEditionRole, isAdmin, loadActor, type Actor, type SignedInUser } from './actor.js';
export { authenticate, createAccount, emailSchema, passwordSchema, signUp, signUpSchema, type SignUpInput } from './account-service.js';
export { grantEditionRole, listMemberships, membershipInputSchema, type MembershipInput, type MembershipView } from './memberships.js';
export { completePasswordReset, isResetTokenUsable, requestPasswordReset } from './password-reset.js';
export { editionRoles, type EditionRole } from './tables.js';
export { closeWebSession, findWebSessionUser, openWebSession } from './web-sessions.js';
