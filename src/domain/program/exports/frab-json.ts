import type { FrabSchedule } from './frab-schedule.js';

/** frab schedule JSON (the c3voc `schema.json` shape that pretalx and frab export). */
export function frabJson(schedule: FrabSchedule): string {
  const document = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'Convergence', version: '1' },
    schedule: {
      version: '1.0',
      base_url: `${schedule.url}/`,
      conference: {
        acronym: schedule.acronym, title: schedule.title, start: schedule.start, end: schedule.end, daysCount: schedule.days.length,
        timeslot_duration: '00:15', time_zone_name: schedule.timeZone, url: schedule.url,
        rooms: schedule.rooms.map((room) => ({ name: room.name, guid: room.guid, type: room.virtual ? 'online' : 'workshop', capacity: room.capacity })),
        days: schedule.days.map((day) => ({
          index: day.index, date: day.date, day_start: day.start, day_end: day.end,
          rooms: Object.fromEntries([...day.rooms].map(([room, events]) => [room, events.map((event) => ({
            id: event.id, guid: event.guid, date: event.date, start: event.start, duration: event.duration, room: event.room, slug: event.slug,
            url: event.url, title: event.title, subtitle: event.subtitle, track: event.track, type: event.type, language: event.language,
            abstract: event.abstract, description: event.description, logo: null,
            persons: event.persons.map((person) => ({ id: person.id, guid: person.guid, name: person.name })),
            links: event.links, attachments: [],
          }))])),
        })),
      },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
