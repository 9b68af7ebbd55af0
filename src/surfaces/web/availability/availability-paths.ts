/** The person's own page: `/editions/gsef-2018-bilbao/availability`. */
export const ownAvailabilityPath = (slug: string, path = ''): string => `/editions/${slug}/availability${path}`;

/** An organiser's view of one person's availability. */
export const personAvailabilityPath = (slug: string, personId: string, path = ''): string => `/editions/${slug}/manage/people/${personId}/availability${path}`;
