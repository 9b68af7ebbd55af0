import type { FrabEvent, FrabSchedule } from './frab-schedule.js';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// XML 1.0 cannot carry most control characters, even escaped.
const escapeXml = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (character) => escapes[character]!);
const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function eventXml(event: FrabEvent): string {
  return [
    `<event guid="${event.guid}" id="${event.id}">`,
    element('date', event.date), element('start', event.start), element('duration', event.duration), element('room', event.room),
    element('slug', event.slug), element('url', event.url), element('title', event.title), element('subtitle', event.subtitle),
    element('track', event.track), element('type', event.type), element('language', event.language), element('abstract', event.abstract),
    element('description', event.description),
    `<persons>${event.persons.map((person) => `<person id="${person.id}" guid="${person.guid}">${escapeXml(person.name)}</person>`).join('')}</persons>`,
    `<links>${event.links.map((link) => `<link href="${escapeXml(link.url)}">${escapeXml(link.title)}</link>`).join('')}</links>`,
    '</event>',
  ].join('');
}

/** frab schedule XML, valid against the c3voc `schedule.xml.xsd`. */
export function frabXml(schedule: FrabSchedule): string {
  const days = schedule.days.map((day) => [
    `<day index="${day.index}" date="${day.date}" start="${day.start}" end="${day.end}">`,
    ...[...day.rooms].map(([room, events]) => `<room name="${escapeXml(room)}">${events.map(eventXml).join('')}</room>`),
    '</day>',
  ].join(''));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    '<generator name="Convergence" version="1"/>',
    element('url', schedule.url),
    element('version', '1.0'),
    '<conference>',
    element('acronym', schedule.acronym), element('title', schedule.title), element('start', schedule.start), element('end', schedule.end),
    element('days', String(schedule.days.length)), element('timeslot_duration', '00:15'), element('base_url', `${schedule.url}/`),
    element('time_zone_name', schedule.timeZone),
    '</conference>',
    ...days,
    '</schedule>',
    '',
  ].join('\n');
}
