import { expect } from 'vitest';
import { makeAccount, testPassword } from '../../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { TestClient } from '../../../../tests/support/test-client.js';
import { makeFixtureForum, type FixtureForum } from '../../../domain/schedule/editor/fixture-forum.js';

export const availabilityPersonas = ['anonymous', 'participant', 'otherSpeaker', 'otherOrganiser', 'ana', 'organiser'] as const;
export type AvailabilityPersona = (typeof availabilityPersonas)[number];

export interface AvailabilityHarness {
  harness: TestApp;
  forum: FixtureForum;
  draftForum: FixtureForum;
  clients: Record<AvailabilityPersona, TestClient>;
}

/**
 * For the availability tests (not shipped): the fixture forum, a draft one, and a signed-in client per
 * persona: a participant tied to no person, Nadia's and Ana's own accounts (speakers), an organiser of
 * the draft forum, and the forum's organiser.
 */
export async function setUpAvailabilityPersonas(slug: string): Promise<AvailabilityHarness> {
  const harness = await createTestApp();
  const { context, storage } = harness;
  const forum = await makeFixtureForum(context, slug);
  const draftForum = await makeFixtureForum(context, 'gsef-2021-draft', 'draft');
  const link = async (email: string, role: 'participant' | 'speaker', personId: string | null) => {
    const id = await makeAccount(context, email, { editionId: forum.edition.id, role });
    await storage.db.updateTable('user_account').set({ person_id: personId }).where('id', '=', id).execute();
  };
  await link('participant@example.org', 'participant', null);
  await link('nadia.account@example.org', 'speaker', forum.people.nadia);
  await link('ana.account@example.org', 'speaker', forum.people.ana);
  await makeAccount(context, 'other@example.org', { editionId: draftForum.edition.id, role: 'organiser' });
  const emails: Record<Exclude<AvailabilityPersona, 'anonymous'>, string> = {
    participant: 'participant@example.org', otherSpeaker: 'nadia.account@example.org', otherOrganiser: 'other@example.org', ana: 'ana.account@example.org', organiser: `organiser@${slug}.example`,
  };
  const clients = { anonymous: new TestClient(harness.app) } as Record<AvailabilityPersona, TestClient>;
  for (const [persona, email] of Object.entries(emails)) {
    clients[persona as AvailabilityPersona] = new TestClient(harness.app);
    expect((await clients[persona as AvailabilityPersona].signIn(email, testPassword)).status).toBe(200);
  }
  return { harness, forum, draftForum, clients };
}
