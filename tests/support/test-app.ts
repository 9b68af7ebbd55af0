import { readConfig, type Config } from '../../src/config/index.js';
import type { Clock } from '../../src/db/clock.js';
import type { AppContext } from '../../src/domain/context.js';
import { createApp } from '../../src/surfaces/app.js';
import { createTestStorage, type TestStorage } from './test-storage.js';

/** A clock that tests move by hand: sessions expire, rate-limit windows pass. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-03-01T10:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}

export interface TestApp {
  context: AppContext;
  storage: TestStorage;
  clock: TestClock;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const storage = await createTestStorage();
  const clock = new TestClock();
  const config: Config = readConfig({ CONVERGENCE_ENV: 'test', DATABASE_URL: storage.url, PUBLIC_URL: 'http://localhost:3000', ...overrides });
  const context: AppContext = { storage, clock, config };
  return { context, storage, clock, app: createApp(context), close: () => storage.close() };
}
