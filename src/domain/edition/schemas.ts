import { z } from 'zod';
import { contentLanguageSchema, localizedTextSchema } from '../text/localized-text.js';
import { calendarDateSchema, countryCodeSchema, httpUrlSchema, slugSchema, timeZoneSchema } from '../validation.js';
import { editionFormats, partnerKinds, publicationStatuses } from './tables.js';

const requiredEditionFields = {
  name: localizedTextSchema,
  startsOn: calendarDateSchema,
  endsOn: calendarDateSchema,
  timeZone: timeZoneSchema,
  format: z.enum(editionFormats),
  languages: z.array(contentLanguageSchema).min(1).max(10),
};

const optionalEditionFields = {
  tagline: localizedTextSchema.nullable(),
  description: localizedTextSchema.nullable(),
  hostCity: z.string().trim().max(200).nullable(),
  country: countryCodeSchema.nullable(),
  venue: z.string().trim().max(300).nullable(),
  website: httpUrlSchema.nullable(),
  status: z.enum(publicationStatuses),
  hideUnconfirmedRoles: z.boolean(),
};

const editionFields = { ...requiredEditionFields, ...optionalEditionFields };

/** What a new edition holds for each field its author left out. */
export const editionDefaults: { [K in keyof typeof optionalEditionFields]: z.infer<(typeof optionalEditionFields)[K]> } = {
  tagline: null, description: null, hostCity: null, country: null, venue: null, website: null, status: 'draft', hideUnconfirmedRoles: false,
};

const datesInOrder = (value: { startsOn?: string; endsOn?: string }) =>
  value.startsOn === undefined || value.endsOn === undefined || value.startsOn <= value.endsOn;
const datesMessage = { message: 'the forum cannot end before it starts', path: ['endsOn'] };

export const editionInputSchema = z
  .object({ slug: slugSchema, ...requiredEditionFields, ...z.object(optionalEditionFields).partial().shape })
  .refine(datesInOrder, datesMessage);
export type EditionInput = z.infer<typeof editionInputSchema>;

/** A patch names only the fields it changes. */
export const editionPatchSchema = z.object(editionFields).partial().refine(datesInOrder, datesMessage);
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
