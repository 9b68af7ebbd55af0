import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../config/index.js';
import { TestClock } from '../../../../tests/support/test-app.js';
import { sharedDataAvailable, sharedRoot } from '../../../../tests/support/shared-data.js';
import { createTestStorage, testEngine, type TestStorage } from '../../../../tests/support/test-storage.js';
import { loadDemoForum } from '../../demo/index.js';
import { loadPublicProgram, type PublicProgram } from '../public-program.js';
import { frabJson } from './frab-json.js';
import { toFrabSchedule, ulidToUuid } from './frab-schedule.js';
import { frabXml } from './frab-xml.js';
import { programCalendar } from './icalendar.js';

const formats = 'formats/frab-schedule/';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default as typeof import('ajv').default;
const addFormats = require('ajv-formats').default as typeof import('ajv-formats').default;

function jsonValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  ajv.addFormat('color', /^#?[0-9a-fA-F]{3,8}$/);
  return ajv.compile(JSON.parse(readFileSync(`${sharedRoot}${formats}schema.json`, 'utf8')));
}

describe.runIf(sharedDataAvailable(formats))(`schedule exports, on ${testEngine}`, () => {
  let storage: TestStorage;
  let program: PublicProgram;
  beforeAll(async () => {
    storage = await createTestStorage();
    await loadDemoForum(storage, { seed: 2018 });
    program = await loadPublicProgram({ storage, clock: new TestClock(), config: readConfig({}) }, 'gsef-2018-bilbao');
  });
  afterAll(() => storage.close());

  // frab-camp2019.json predates the schema's acronym and slug patterns and fails it (93 errors), so it proves nothing either way.
  it('our validator accepts the pretalx example and rejects the invalid one', () => {
    const validate = jsonValidator();
    for (const example of ['pretalx-democon.json']) {
      expect(validate(JSON.parse(readFileSync(`${sharedRoot}${formats}examples/${example}`, 'utf8'))), `${example}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
    expect(validate(JSON.parse(readFileSync(`${sharedRoot}${formats}examples/invalid-example.json`, 'utf8')))).toBe(false);
  });

  it('the frab JSON export of the demo forum is valid against the published schema', () => {
    const validate = jsonValidator();
    const document = JSON.parse(frabJson(toFrabSchedule(program, 'fr', 'https://forum.example.org')));
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const events = document.schedule.conference.days.flatMap((day: { rooms: Record<string, unknown[]> }) => Object.values(day.rooms).flat());
    expect(events).toHaveLength(program.sessions.filter((session) => session.startsAt).length);
  });

  it('the frab XML export of the demo forum is valid against the published XML schema (xmllint)', () => {
    const file = join(tmpdir(), `convergence-schedule-${process.pid}.xml`);
    writeFileSync(file, frabXml(toFrabSchedule(program, 'es', 'https://forum.example.org')));
    const result = execFileSync('xmllint', ['--noout', '--schema', `${sharedRoot}${formats}schedule.xml.xsd`, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result).toBe('');
  });

  it('exports only published sessions, never a join link or an email', () => {
    const all = frabJson(toFrabSchedule(program, 'en', 'https://forum.example.org')) + frabXml(toFrabSchedule(program, 'en', 'https://forum.example.org'));
    expect(all).not.toContain('zoom.example.org');
    expect(all).not.toContain('@example.org');
    const drafts = program.sessions.filter((session) => session.status !== 'published');
    expect(drafts).toEqual([]);
  });

  it('gives local times with the zone offset, computed from the stored instant', () => {
    const schedule = toFrabSchedule(program, 'fr', 'https://forum.example.org');
    const first = [...schedule.days[0]!.rooms.values()].flat().sort((a, b) => a.date.localeCompare(b.date))[0]!;
    expect(first.date).toBe('2018-10-01T09:30:00+02:00');
    expect(first.duration).toBe('01:30');
  });

  it('writes an RFC 5545 calendar for a day, a session and a personal agenda', () => {
    const dateOf = (instant: string) => instant.slice(0, 10);
    const whole = programCalendar(program, { language: 'fr', baseUrl: 'https://forum.example.org' });
    expect(whole.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(whole).toContain('VERSION:2.0');
    expect(whole.split('BEGIN:VEVENT').length - 1).toBe(program.sessions.length);
    const [one, two] = program.sessions;
    const agenda = programCalendar(program, { language: 'es', baseUrl: 'https://forum.example.org', sessionIds: [one!.id, two!.id] });
    expect(agenda.split('BEGIN:VEVENT').length - 1).toBe(2);
    expect(agenda).toContain('DTSTART:20181001T073000Z');
    const day = programCalendar(program, { language: 'en', baseUrl: 'https://forum.example.org', date: '2018-10-02', dateOf });
    expect(day).not.toContain('DTSTART:20181001');
    for (const line of whole.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('derives a stable UUID from a ULID', () => {
    expect(ulidToUuid('01ARZ3NDEKTSV4RRFFQ69G5FAV')).toBe('01563e3a-b5d3-d676-4c61-efb99302bd5b');
  });
});
