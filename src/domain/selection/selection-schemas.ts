import { z } from 'zod';
import { localizedTextSchema } from '../text/localized-text.js';
import { selectionDimensions } from './balance/index.js';

export const selectionTargetInputSchema = z
  .object({
    dimension: z.enum(selectionDimensions),
    value: z.string().trim().min(1).max(80),
    min: z.number().min(0).nullable().default(null),
    max: z.number().min(0).nullable().default(null),
    unit: z.enum(['count', 'share']),
  })
  .refine((target) => target.min !== null || target.max !== null, { message: 'set a minimum, a maximum, or both', path: ['min'] })
  .refine((target) => target.min === null || target.max === null || target.min <= target.max, { message: 'the minimum is above the maximum', path: ['max'] })
  .refine((target) => target.unit !== 'share' || ((target.min ?? 0) <= 100 && (target.max ?? 0) <= 100), { message: 'a share is a percentage from 0 to 100', path: ['max'] });
export type SelectionTargetInput = z.input<typeof selectionTargetInputSchema>;

export const selectionTargetsInputSchema = z.object({ targets: z.array(selectionTargetInputSchema).max(100) });

export const decisionInputSchema = z.object({
  outcome: z.enum(['accepted', 'rejected', 'waitlisted']),
  note: localizedTextSchema.nullable().default(null),
});
export type DecisionInput = z.input<typeof decisionInputSchema>;

export const suggestionInputSchema = z.object({ places: z.number().int().min(1).max(10_000) });

export const groupsInputSchema = z.object({
  groups: z
    .array(z.object({
      title: localizedTextSchema,
      submissionIds: z.array(z.string().min(1)).min(1).max(12),
      moderatorEmail: z.string().trim().toLowerCase().pipe(z.email()).nullable().default(null),
    }))
    .min(1)
    .max(200),
});
export type GroupsInput = z.input<typeof groupsInputSchema>;
