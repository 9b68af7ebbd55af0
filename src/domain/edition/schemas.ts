import { z } from 'zod';
import { contentLanguageSchema, localizedTextSchema } from '../text/localized-text.js';
import { calendarDateSchema, countryCodeSchema, httpUrlSchema, slugSchema, timeZoneSchema } from '../validation.js';
import { editionFormats, partnerKinds, publicationStatuses } from './tables.js';

const editionFields = {
  name: localizedTextSchema,
  tagline: localizedTextSchema.nullable().default(null),
  description: localizedTextSchema.nullable().default(null),
  hostCity: z.string().trim().max(200).nullable().default(null),
  country: countryCodeSchema.nullable().default(null),
  venue: z.string().trim().max(300).nullable().default(null),
  startsOn: calendarDateSchema,
  endsOn: calendarDateSchema,
  timeZone: timeZoneSchema,
  format: z.enum(editionFormats),
  languages: z.array(contentLanguageSchema).min(1).max(10),
  website: httpUrlSchema.nullable().default(null),
  status: z.enum(publicationStatuses).default('draft'),
};

const datesInOrder = (value: { startsOn?: string; endsOn?: string }) =>
  value.startsOn === undefined || value.endsOn === undefined || value.startsOn <= value.endsOn;
const datesMessage = { message: 'the forum cannot end before it starts', path: ['endsOn'] };

export const editionInputSchema = z.object({ slug: slugSchema, ...editionFields }).refine(datesInOrder, datesMessage);
export type EditionInput = z.infer<typeof editionInputSchema>;

export const editionPatchSchema = z
  .object(editionFields)
  .partial()
  .refine(datesInOrder, datesMessage);
export type EditionPatch = z.infer<typeof editionPatchSchema>;

export const partnerViewSchema = z.object({
  organisationId: z.string(),
  name: localizedTextSchema,
  acronym: z.string().nullable(),
  kind: z.enum(partnerKinds),
});

export const editionViewSchema = z.object({
  id: z.string(),
  slug: z.string(),
  ...editionFields,
  partners: z.array(partnerViewSchema),
});
export type EditionView = z.infer<typeof editionViewSchema>;
