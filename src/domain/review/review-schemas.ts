import { z } from 'zod';
import { contentLanguageSchema, localizedTextSchema } from '../text/localized-text.js';
import { countryCodeSchema, instantSchema } from '../validation.js';

export const scoreScale = { min: 0, max: 5 } as const;

export const reviewSettingsInputSchema = z
  .object({
    anonymous: z.boolean(),
    revealScoresBeforeOwn: z.boolean().default(false),
    conflictSameCity: z.boolean().default(false),
    conflictSameCountry: z.boolean().default(false),
    reviewsPerSubmission: z.number().int().min(1).max(10).default(3),
    criteria: z
      .array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and underscores'), label: localizedTextSchema, weight: z.number().positive().max(100) }))
      .min(1)
      .max(12)
      .refine((criteria) => new Set(criteria.map((criterion) => criterion.key)).size === criteria.length, 'two criteria have the same key'),
    phases: z
      .array(z.object({ name: localizedTextSchema, startsAt: instantSchema, endsAt: instantSchema }).refine((phase) => phase.startsAt < phase.endsAt, { message: 'a phase must end after it starts', path: ['endsAt'] }))
      .max(6)
      .default([]),
  });
export type ReviewSettingsInput = z.input<typeof reviewSettingsInputSchema>;

export const reviewerProfileInputSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  languages: z.array(contentLanguageSchema).min(1, 'name at least one language the reviewer reads'),
  themes: z.array(z.string().min(1).max(40)).max(20).default([]),
  maxLoad: z.number().int().min(1).max(200).default(20),
  organisationName: z.string().trim().max(300).nullable().default(null),
  networks: z.array(z.string().trim().min(1).max(120)).max(10).default([]),
  city: z.string().trim().max(120).nullable().default(null),
  country: countryCodeSchema.nullable().default(null),
});
export type ReviewerProfileInput = z.input<typeof reviewerProfileInputSchema>;

export const reviewInputSchema = z.object({
  scores: z.record(z.string().max(40), z.number().int().min(scoreScale.min).max(scoreScale.max)),
  comment: z.string().max(10_000).default(''),
  /** False keeps a draft the reviewer may finish later. */
  submit: z.boolean().default(false),
});
export type ReviewInput = z.input<typeof reviewInputSchema>;

export const conflictDeclarationSchema = z.object({ reason: z.string().trim().min(3, 'say in a few words why').max(500) });
