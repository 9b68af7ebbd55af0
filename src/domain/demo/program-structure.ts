import { DateTime } from 'luxon';
import { encodeJson } from '../../db/database.js';
import type { DemoWriter } from './demo-writer.js';
import type { Trilingual } from './vocabulary.js';

export interface DemoSlot {
  id: string;
  number: number;
  startsAt: string;
  endsAt: string;
}

/** An instant from a local wall-clock time in the edition's zone: the only way times enter the demo. */
export function localInstant(date: string, time: string, zone: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toISO()!;
}

/** Program days, and in each the given local time ranges as numbered slots. */
export function addDaysAndSlots(writer: DemoWriter, editionId: string, dates: string[], times: [string, string][], zone: string): DemoSlot[] {
  const slots: DemoSlot[] = [];
  for (const date of dates) {
    const dayId = writer.newId();
    writer.add('program_day', { id: dayId, edition_id: editionId, date, label: null });
    for (const [start, end] of times) {
      const number = slots.length + 1;
      const slot = { id: writer.newId(), number, startsAt: localInstant(date, start, zone), endsAt: localInstant(date, end, zone) };
      const label: Trilingual = { fr: `Ateliers session ${number}`, es: `Talleres sesión ${number}`, en: `Workshop session ${number}` };
      writer.add('time_slot', { id: slot.id, edition_id: editionId, day_id: dayId, label: writer.text(label, 'fr', 2), starts_at: slot.startsAt, ends_at: slot.endsAt, position: number });
      slots.push(slot);
    }
  }
  return slots;
}

export interface DemoRoom {
  id: string;
  capacity: number;
  interpretation: string[];
}

export function addRoom(writer: DemoWriter, editionId: string, name: Trilingual, options: { capacity: number; interpretation: string[]; position: number; joinUrl?: string }): DemoRoom {
  const id = writer.newId();
  writer.add('venue', {
    id, edition_id: editionId, kind: options.joinUrl ? 'virtual_platform' : 'room', name: writer.text(name, 'es', 2), capacity: options.capacity,
    platform: options.joinUrl ? 'Zoom' : null, join_url: options.joinUrl ?? null, interpretation_languages: encodeJson(options.interpretation), position: options.position,
  });
  return { id, capacity: options.capacity, interpretation: options.interpretation };
}
