import type { HardKind } from '../solver/hard-constraints.js';
import type { LocalizedText } from '../../text/localized-text.js';
import { changesSincePublication, workingWhere } from './change-log.js';
import { explainEditorInfeasible, type InfeasibleReason } from './conflict-message.js';
import type { EditorPlacement, EditorProgram, EditorRoom, EditorSession, EditorSlot } from './editor-program.js';
import { findConflicts, type ScheduleConflict } from './find-conflicts.js';
import { toForumProblem } from './forum-problem.js';

export interface GridSession {
  id: string;
  code: string | null;
  title: LocalizedText;
  format: EditorSession['format'];
  language: string;
  interpretationLanguages: string[];
  capacity: number | null;
  status: 'draft' | 'published';
  themeIds: string[];
  people: EditorSession['people'];
  durationSlots: number;
  placement: EditorPlacement;
  /** When it runs where the editor has it; null while unassigned. */
  times: { startsAt: string; endsAt: string | null } | null;
  pinned: boolean;
  conflicts: ScheduleConflict[];
  /** Differs from the published program. */
  changed: boolean;
}

/** The organisers' grid: days × slots × rooms, every session with where it stands and what is wrong there. */
export interface ScheduleGrid {
  edition: { id: string; slug: string; name: LocalizedText; timeZone: string; status: 'draft' | 'published' };
  days: { date: string; slots: EditorSlot[] }[];
  rooms: EditorRoom[];
  themes: EditorProgram['themes'];
  sessions: GridSession[];
  conflicts: { total: number; byKind: Record<HardKind, number> };
  /** When conflicts remain: proofs that no schedule can meet some people's availability (and other simple proofs). */
  infeasible: InfeasibleReason[];
  /** How many sessions the change log lists. */
  changes: number;
}

/**
 * @example
 *   const grid = buildGrid(await loadEditorProgram(context, edition));
 *   grid.sessions.filter((session) => session.conflicts.length > 0);
 */
export function buildGrid(program: EditorProgram, name: LocalizedText): ScheduleGrid {
  const editorProblem = toForumProblem(program, { keepPins: false });
  const report = findConflicts(editorProblem);
  const changed = new Set(changesSincePublication(program).map((change) => change.sessionId));
  const days: ScheduleGrid['days'] = [];
  for (const slot of program.slots) {
    const day = days.at(-1);
    if (day && day.date === slot.date) day.slots.push(slot);
    else days.push({ date: slot.date, slots: [slot] });
  }
  const { edition } = program;
  return {
    edition: { id: edition.id, slug: edition.slug, name, timeZone: edition.time_zone, status: edition.status },
    days, rooms: program.rooms, themes: program.themes,
    sessions: program.sessions.map((session) => {
      const where = workingWhere(program, session);
      return {
        id: session.id, code: session.code, title: session.title, format: session.format, language: session.language, interpretationLanguages: session.interpretationLanguages,
        capacity: session.capacity, status: session.status, themeIds: session.themeIds, people: session.people, durationSlots: session.durationSlots,
        placement: session.placement, times: where ? { startsAt: where.startsAt, endsAt: where.endsAt } : null, pinned: session.pinned,
        conflicts: report.bySession.get(session.id) ?? [], changed: changed.has(session.id),
      };
    }),
    conflicts: { total: report.total, byKind: report.byKind },
    infeasible: report.total > 0 ? explainEditorInfeasible(editorProblem) : [],
    changes: changed.size,
  };
}

/** The slots a placed session occupies, from its start. */
export function occupiedSlotIds(grid: ScheduleGrid, session: GridSession): string[] {
  if (session.placement.state !== 'placed') return [];
  const slots = grid.days.flatMap((day) => day.slots);
  const start = slots.findIndex((slot) => slot.id === (session.placement as { slotId: string }).slotId);
  const day = slots[start]!.date;
  return slots.slice(start, start + session.durationSlots).filter((slot) => slot.date === day).map((slot) => slot.id);
}
