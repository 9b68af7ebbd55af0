import type { Clock } from '../../db/clock.js';
import type { Storage } from '../../db/database.js';
import { deliverPendingMail } from './deliver-pending-mail.js';
import type { MailSender } from './mail-sender.js';

export interface MailWorker {
  stop(): Promise<void>;
}

/** Delivers queued mail every `intervalMs` in the background; runs never overlap, errors are logged. */
export function startMailWorker(storage: Storage, sender: MailSender, clock: Clock, options: { intervalMs: number }): MailWorker {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = deliverPendingMail(storage, sender, clock, { limit: 50, claimForMs: 5 * 60_000 }).catch((error: unknown) => {
      if (!stopped) console.error('mail delivery failed:', error);
    });
    return running;
  };
  const timer = setInterval(() => {
    void running.then(() => (stopped ? undefined : tick()));
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      sender.close();
    },
  };
}
