import { z } from 'zod';

/** Where to put a session: a slot and a room, or both null to take it out of the grid. */
export const moveInputSchema = z
  .object({
    sessionId: z.string().min(1, 'name the session to move'),
    slotId: z.string().min(1).nullable(),
    roomId: z.string().min(1).nullable(),
  })
  .superRefine((value, context) => {
    if (value.slotId !== null && value.roomId === null) context.addIssue({ code: 'custom', path: ['roomId'], message: 'choose a room as well as a slot' });
    if (value.slotId === null && value.roomId !== null) context.addIssue({ code: 'custom', path: ['slotId'], message: 'choose a slot as well as a room' });
  });
export type MoveInput = z.infer<typeof moveInputSchema>;

export const pinInputSchema = z.object({ sessionId: z.string().min(1, 'name the session to pin'), pinned: z.boolean() });
export type PinInput = z.infer<typeof pinInputSchema>;

/** Soft penalty per moved session that "re-solve" uses: above any single soft gain, far below a hard violation. */
export const repairStability = 1_000;

export const solveInputSchema = z.object({
  /** Leave pinned sessions where they are. */
  keepPins: z.boolean().default(true),
  /** Soft penalty per session moved away from where it stands; 0 solves afresh. */
  stability: z.number().min(0).max(1_000_000).default(0),
  timeLimitMs: z.number().int().min(100).max(300_000).default(5_000),
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
  /** Stops after this many moves: the same answer on any machine (tests, benchmarks). */
  iterationLimit: z.number().int().min(1).max(100_000_000).optional(),
});
export type SolveInput = z.input<typeof solveInputSchema>;
export type SolveOptions = z.output<typeof solveInputSchema>;

export const publishInputSchema = z.object({
  name: z.string().trim().min(1, 'give the version a name').max(120, 'at most 120 characters'),
});
export type PublishInput = z.infer<typeof publishInputSchema>;
