import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { Config } from '../../config/index.js';
import { smtpOptions } from './smtp-options.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The outbox id; it becomes the Message-ID, so a receiver can drop a mail a crash made us send twice. */
  messageId: string;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

type SenderConfig = Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>;

/**
 * SMTP when SMTP_URL is set. Otherwise nodemailer builds the mail as JSON and it is printed to stdout;
 * in development the outbox page is the place to read it.
 *
 * @example
 *   const sender = createMailSender(readConfig(process.env));
 *   await sender.send({ to: 'ana@example.org', subject: 'Hello', text: 'Hello Ana', messageId: newId() });
 */
export function createMailSender(config: SenderConfig): MailSender {
  if (!config.smtpUrl) return consoleMailSender(config);
  const transporter = nodemailer.createTransport(smtpOptions(config.smtpUrl));
  return {
    async send(mail) {
      await transporter.sendMail(messageOf(config, mail));
    },
    close: () => transporter.close(),
  };
}

function consoleMailSender(config: SenderConfig): MailSender {
  const transporter = nodemailer.createTransport({ jsonTransport: true });
  return {
    async send(mail) {
      const built = JSON.parse((await transporter.sendMail(messageOf(config, mail))).message) as { to: { address: string }[]; subject: string; text: string };
      console.log(`[mail] To: ${built.to.map((recipient) => recipient.address).join(', ')}\n[mail] Subject: ${built.subject}\n${built.text}\n`);
    },
    close: () => transporter.close(),
  };
}

function messageOf(config: SenderConfig, mail: OutgoingMail): Mail.Options {
  const messageIdDomain = new URL(config.publicUrl).hostname;
  return { from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.messageId}@${messageIdDomain}>` };
}
