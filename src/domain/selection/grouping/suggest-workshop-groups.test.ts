import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { suggestWorkshopGroups } from './suggest-workshop-groups.js';
import { topicItems } from './topic-fixtures.js';
import type { GroupableItem } from './workshop-group.js';

const topicOf = (id: string) => id.split('-')[0];
const topicsOf = (groups: { itemIds: string[] }[]) => groups.map((group) => [...new Set(group.itemIds.map(topicOf))]);

function refusal(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).fields;
  }
  return expect.fail('expected the options to be refused');
}

describe('suggesting workshop groups', () => {
  it('groups initiatives on separate topics by topic, across French, Spanish and English, from their texts alone', () => {
    const groups = suggestWorkshopGroups(topicItems(), { minSize: 3, maxSize: 5 });
    expect(groups).toHaveLength(5);
    for (const topics of topicsOf(groups)) expect(topics).toHaveLength(1);
  });

  it('names the words a group shares', () => {
    const groups = suggestWorkshopGroups(topicItems(), { minSize: 3, maxSize: 5 });
    const finance = groups.find((group) => topicOf(group.itemIds[0]!) === 'finance')!;
    expect(finance.keywords.length).toBeGreaterThan(0);
    expect(finance.keywords.some((keyword) => keyword.startsWith('microcr'))).toBe(true);
    expect(finance.cohesion).toBeGreaterThan(0);
    expect(finance.cohesion).toBeLessThanOrEqual(1);
  });

  it('splits topics into smaller workshops when asked for more groups, without mixing topics', () => {
    const pairs = suggestWorkshopGroups(topicItems(), { minSize: 2, maxSize: 2 });
    expect(pairs).toHaveLength(10);
    for (const topics of topicsOf(pairs)) expect(topics).toHaveLength(1);
    const seven = suggestWorkshopGroups(topicItems(), { minSize: 2, maxSize: 4 });
    expect(seven).toHaveLength(7);
    for (const topics of topicsOf(seven)) expect(topics).toHaveLength(1);
  });

  it('keeps an initiative weakly tied to its topic with that topic, rather than with other leftovers', () => {
    const groups = suggestWorkshopGroups(topicItems(), { minSize: 2, maxSize: 4 });
    expect(groups.every((group) => group.cohesion > 0)).toBe(true);
  });

  it('brings together initiatives that share a theme when their texts share nothing', () => {
    const items: GroupableItem[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => ({
      id, title: `Iniciativa ${id}`, text: '', language: 'es', themes: [index % 2 === 0 ? 'finance' : 'ecology'],
    }));
    const groups = suggestWorkshopGroups(items, { minSize: 3, maxSize: 3 });
    expect(groups.map((group) => group.itemIds)).toEqual(expect.arrayContaining([['a', 'c', 'e'], ['b', 'd', 'f']]));
    expect(groups.map((group) => group.theme).sort()).toEqual(['ecology', 'finance']);
  });

  it('gives no theme to a group whose members share none', () => {
    const items = topicItems((topic) => [`theme-of-${topic}`]).slice(0, 5);
    const [group] = suggestWorkshopGroups(items, { minSize: 5, maxSize: 5 });
    expect(group!.theme).toBeNull();
  });

  it('does not depend on the order of the initiatives', () => {
    const items = topicItems((topic) => (topic === 'food' ? ['ecology'] : []));
    const forward = suggestWorkshopGroups(items, { minSize: 2, maxSize: 4, targetGroups: 7 });
    const backward = suggestWorkshopGroups([...items].reverse(), { minSize: 2, maxSize: 4, targetGroups: 7 });
    expect(backward).toEqual(forward);
  });

  it('makes exactly the target number of groups', () => {
    expect(suggestWorkshopGroups(topicItems(), { minSize: 2, maxSize: 4, targetGroups: 8 })).toHaveLength(8);
  });

  it('refuses a minimum above the maximum, naming the field', () => {
    expect(refusal(() => suggestWorkshopGroups(topicItems(), { minSize: 4, maxSize: 2 }))).toEqual([{ path: 'minSize', message: 'must not be more than maxSize (2)' }]);
  });

  it('refuses sizes that are not whole numbers', () => {
    expect(refusal(() => suggestWorkshopGroups(topicItems(), { minSize: 0, maxSize: 2.5 })).map((problem) => problem.path)).toEqual(['minSize', 'maxSize']);
  });

  it('refuses too few initiatives for one group', () => {
    expect(refusal(() => suggestWorkshopGroups(topicItems().slice(0, 2), { minSize: 3, maxSize: 4 }))).toEqual([
      { path: 'items', message: '2 initiatives cannot fill a group of at least 3' },
    ]);
  });

  it('refuses a number of initiatives no split can fit', () => {
    expect(refusal(() => suggestWorkshopGroups(topicItems().slice(0, 5), { minSize: 3, maxSize: 4 }))).toEqual([
      { path: 'items', message: '5 initiatives cannot be split into groups of 3 to 4' },
    ]);
  });

  it('refuses a target the sizes cannot reach, naming targetGroups', () => {
    expect(refusal(() => suggestWorkshopGroups(topicItems(), { minSize: 2, maxSize: 3, targetGroups: 4 }))).toEqual([
      { path: 'targetGroups', message: '4 groups of 2 to 3 hold 8 to 12 initiatives, not 20' },
    ]);
  });

  it('refuses two initiatives with the same id, naming the second', () => {
    const items = topicItems();
    items[3] = { ...items[3]!, id: items[1]!.id };
    expect(refusal(() => suggestWorkshopGroups(items, { minSize: 2, maxSize: 4 }))[0]!.path).toBe('items[3].id');
  });
});

describe('group sizes', () => {
  const words = ['cooperativa', 'logement', 'housing', 'finance', 'microcrédito', 'recycling', 'déchets', 'alimentación', 'farmers', 'mujeres', 'femmes', 'energy', 'énergie', 'youth', 'jeunesse'];
  const item = fc.record({
    title: fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((chosen) => chosen.join(' ')),
    text: fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((chosen) => chosen.join(' ')),
    language: fc.constantFrom('fr', 'es', 'en', 'eu'),
    themes: fc.uniqueArray(fc.constantFrom('finance', 'ecology', 'gender', 'youth'), { maxLength: 2 }),
  });
  const problem = fc
    .record({ minSize: fc.integer({ min: 1, max: 4 }), extra: fc.integer({ min: 0, max: 3 }), items: fc.array(item, { minLength: 1, maxLength: 60 }) })
    .map(({ minSize, extra, items }) => ({
      options: { minSize, maxSize: minSize + extra },
      items: items.map((fields, index): GroupableItem => ({ ...fields, id: `i${String(index).padStart(3, '0')}` })),
    }))
    .filter(({ items, options }) => Math.ceil(items.length / options.maxSize) <= Math.floor(items.length / options.minSize));

  it('every initiative lands in exactly one group, and every group is within the bounds', () => {
    fc.assert(
      fc.property(problem, ({ items, options }) => {
        const groups = suggestWorkshopGroups(items, options);
        const placed = groups.flatMap((group) => group.itemIds).sort();
        expect(placed).toEqual(items.map((entry) => entry.id).sort());
        for (const group of groups) {
          expect(group.itemIds.length).toBeGreaterThanOrEqual(options.minSize);
          expect(group.itemIds.length).toBeLessThanOrEqual(options.maxSize);
          expect(group.cohesion).toBeGreaterThanOrEqual(0);
          expect(group.cohesion).toBeLessThanOrEqual(1);
        }
      }),
      { seed: 2018, numRuns: 150 },
    );
  });

  it('102 initiatives go into 40 workshops of 2 to 4, as in Bilbao 2018', () => {
    const items = fc.sample(item, { seed: 102, numRuns: 102 }).map((fields, index): GroupableItem => ({ ...fields, id: `i${index}` }));
    const groups = suggestWorkshopGroups(items, { minSize: 2, maxSize: 4, targetGroups: 40 });
    expect(groups).toHaveLength(40);
    expect(groups.flatMap((group) => group.itemIds)).toHaveLength(102);
    for (const group of groups) expect(group.itemIds.length).toBeGreaterThanOrEqual(2);
    for (const group of groups) expect(group.itemIds.length).toBeLessThanOrEqual(4);
  });

  it('the target number of groups is met whenever the bounds allow it', () => {
    fc.assert(
      fc.property(problem, fc.nat(), ({ items, options }, pick) => {
        const fewest = Math.ceil(items.length / options.maxSize);
        const most = Math.floor(items.length / options.minSize);
        const targetGroups = fewest + (pick % (most - fewest + 1));
        expect(suggestWorkshopGroups(items, { ...options, targetGroups })).toHaveLength(targetGroups);
      }),
      { seed: 36, numRuns: 100 },
    );
  });
});
