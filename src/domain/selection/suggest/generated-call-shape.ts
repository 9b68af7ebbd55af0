/**
 * The shape of a GSEF-like public call: submissions per country (out of 600, Europe and the
 * Americas heavy, Africa about 15 %, Oceania small), the language most of a country's
 * submissions are written in, and the mixes of organisations, presenters and topics.
 */
export const submissionsPerCountry: Readonly<Record<string, { weight: number; language: 'fr' | 'es' | 'en' }>> = {
  // Europe: 210
  ES: { weight: 60, language: 'es' }, FR: { weight: 40, language: 'fr' }, IT: { weight: 20, language: 'en' },
  PT: { weight: 12, language: 'es' }, BE: { weight: 12, language: 'fr' }, DE: { weight: 10, language: 'en' },
  GB: { weight: 10, language: 'en' }, CH: { weight: 8, language: 'fr' }, NL: { weight: 6, language: 'en' },
  SE: { weight: 5, language: 'en' }, GR: { weight: 5, language: 'en' }, PL: { weight: 4, language: 'en' },
  IE: { weight: 4, language: 'en' }, AT: { weight: 3, language: 'en' }, DK: { weight: 3, language: 'en' },
  FI: { weight: 3, language: 'en' }, RO: { weight: 3, language: 'fr' }, HR: { weight: 2, language: 'en' },
  // Americas: 180
  CA: { weight: 30, language: 'fr' }, BR: { weight: 25, language: 'es' }, MX: { weight: 22, language: 'es' },
  US: { weight: 15, language: 'en' }, AR: { weight: 15, language: 'es' }, CO: { weight: 14, language: 'es' },
  CL: { weight: 12, language: 'es' }, PE: { weight: 8, language: 'es' }, EC: { weight: 8, language: 'es' },
  UY: { weight: 6, language: 'es' }, BO: { weight: 5, language: 'es' }, CR: { weight: 5, language: 'es' },
  GT: { weight: 4, language: 'es' }, CU: { weight: 3, language: 'es' }, PY: { weight: 3, language: 'es' },
  NI: { weight: 3, language: 'es' }, HT: { weight: 2, language: 'fr' },
  // Africa: 90
  MA: { weight: 12, language: 'fr' }, SN: { weight: 12, language: 'fr' }, CM: { weight: 10, language: 'fr' },
  TN: { weight: 8, language: 'fr' }, CI: { weight: 8, language: 'fr' }, KE: { weight: 7, language: 'en' },
  ZA: { weight: 7, language: 'en' }, BF: { weight: 5, language: 'fr' }, ML: { weight: 4, language: 'fr' },
  GH: { weight: 4, language: 'en' }, NG: { weight: 4, language: 'en' }, UG: { weight: 3, language: 'en' },
  TZ: { weight: 2, language: 'en' }, RW: { weight: 2, language: 'fr' }, BJ: { weight: 2, language: 'fr' },
  // Asia: 102
  KR: { weight: 25, language: 'en' }, JP: { weight: 12, language: 'en' }, IN: { weight: 12, language: 'en' },
  PH: { weight: 10, language: 'en' }, ID: { weight: 6, language: 'en' }, TH: { weight: 5, language: 'en' },
  VN: { weight: 5, language: 'fr' }, CN: { weight: 5, language: 'en' }, MY: { weight: 4, language: 'en' },
  BD: { weight: 4, language: 'en' }, NP: { weight: 3, language: 'en' }, LB: { weight: 3, language: 'fr' },
  KH: { weight: 3, language: 'fr' }, TR: { weight: 3, language: 'en' }, MN: { weight: 2, language: 'en' },
  // Oceania: 18
  AU: { weight: 9, language: 'en' }, NZ: { weight: 6, language: 'en' }, FJ: { weight: 2, language: 'en' },
  PG: { weight: 1, language: 'en' },
};

/** Reviewers tend to score initiatives from the regions they know best higher: what quotas correct. */
export const reviewBiasByRegion: Readonly<Record<string, number>> = { europe: 0.35, americas: 0.15, asia: 0, africa: -0.15, oceania: 0 };

export const organisationKinds = { cooperative: 30, association: 25, social_enterprise: 15, local_government: 8, network: 7, mutual: 5, foundation: 5, university: 5 } as const;

export const genders = { woman: 48, man: 40, non_binary: 2, undeclared: 10 } as const;

export const themes = [
  'values_and_identity',
  'inclusive_local_economy',
  'territorial_alliances',
  'public_policy',
  'sustainable_cities',
  'food_and_agriculture',
  'solidarity_finance',
  'decent_work',
] as const;

/** SDGs the social and solidarity economy most often claims weigh more. */
export const sdgWeights: Readonly<Record<number, number>> = {
  1: 8, 2: 4, 3: 3, 4: 3, 5: 7, 6: 1, 7: 2, 8: 10, 9: 2, 10: 8, 11: 7, 12: 5, 13: 3, 14: 1, 15: 1, 16: 3, 17: 4,
};
