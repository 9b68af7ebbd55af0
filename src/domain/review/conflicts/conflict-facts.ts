/** What the platform knows about a reviewer, for finding the submissions they must not see. */
export interface ReviewerFacts {
  userId: string;
  personId: string | null;
  name: string;
  email: string;
  organisationIds: string[];
  organisationNames: string[];
  networkIds: string[];
  city: string | null;
  country: string | null;
}

export type PresenterRole = 'submitter' | 'co_presenter' | 'speaker';

export interface PresenterFacts {
  personId: string | null;
  userId: string | null;
  name: string;
  email: string | null;
  /** When no presenter of a submission carries a role, the first one listed is taken as the submitter. */
  role?: PresenterRole;
}

export interface SubmissionFacts {
  id: string;
  /** The account that submitted it, when known. */
  ownerUserId?: string | null;
  organisationId: string | null;
  organisationName: string | null;
  networkIds: string[];
  city: string | null;
  country: string | null;
  presenters: PresenterFacts[];
}

/** The edition's choice of how close is too close, beyond people and organisations. */
export interface ConflictRules {
  sameCity: boolean;
  sameCountry: boolean;
}

export type ConflictCode = 'own_submission' | 'co_presenter' | 'same_organisation' | 'same_network' | 'same_city' | 'same_country';

export interface ConflictReason {
  code: ConflictCode;
  /** For organisers, in English: which presenter, organisation, network or place. */
  detail: string;
}

/** The key of a reviewer–submission pair in maps and sets: `${userId}:${submissionId}`. */
export function pairKey(userId: string, submissionId: string): string {
  return `${userId}:${submissionId}`;
}
