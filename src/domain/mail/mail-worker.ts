import type { Clock } from '../../db/clock.js';
import type { Storage } from '../../db/database.js';
import { deliverPendingMail, type DeliveryOptions } from './deliver-pending-mail.js';
import type { MailSender } from './mail-sender.js';

export interface MailWorker {
  /** Waits for a run under way, then closes the sender. */
  stop(): Promise<void>;
}

const deliveryPerRun: DeliveryOptions = { limit: 50, claimForMs: 5 * 60_000 };

/**
 * Delivers queued mail in the background, `intervalMs` after the previous run ended, so runs never
 * overlap. A failing run is logged and the next one tried; the timer never keeps the process alive.
 *
 * @example
 *   const worker = startMailWorker(storage, createMailSender(config), systemClock, { intervalMs: 2000 });
 *   await worker.stop();
 */
export function startMailWorker(storage: Storage, sender: MailSender, clock: Clock, options: { intervalMs: number }): MailWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = deliverPendingMail(storage, sender, clock, deliveryPerRun)
      .then(
        () => undefined,
        (error: unknown) => console.error('mail delivery failed:', error),
      )
      .then(scheduleNext);
  };
  const scheduleNext = () => {
    if (stopped) return;
    timer = setTimeout(run, options.intervalMs);
    timer.unref();
  };
  scheduleNext();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      sender.close();
    },
  };
}
