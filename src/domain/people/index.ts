export { PersonService, personViewSchema, type PersonView } from './person-service.js';
export { canSeePerson, canSeePersonPrivateDetails } from './rules.js';
export { organisationKinds, type OrganisationKind } from './tables.js';
export { listPublicAppearances, listPublicPresentedInitiatives, type PublicAppearance, type PublicPresentedInitiative } from './public-appearances.js';
export { loadPublicOrganisation, type PublicOrganisation, type PublicOrganisationPage } from './public-organisation.js';
