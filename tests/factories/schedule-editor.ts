import { makeFixtureForum, type FixtureForum } from '../../src/domain/schedule/editor/fixture-forum.js';
import { ScheduleEditor } from '../../src/domain/schedule/editor/schedule-editor.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** A fresh database with the fixture forum, and its organiser's schedule editor. */
export async function openFixtureEditor(): Promise<{ harness: TestApp; forum: FixtureForum; editor: ScheduleEditor }> {
  const harness = await createTestApp();
  const forum = await makeFixtureForum(harness.context);
  return { harness, forum, editor: new ScheduleEditor(harness.context, forum.organiser, forum.edition) };
}
