import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config/index.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Lets the receiving side drop a duplicate if a crash made us send twice. */
  messageId: string;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP when SMTP_URL is set; otherwise mail is written to the console, which is all a developer needs
 * (administrators also read it in the outbox page).
 */
export function createMailSender(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>): MailSender {
  const host = new URL(config.publicUrl).hostname;
  if (!config.smtpUrl) {
    return {
      async send(mail) {
        console.log(`[mail] To: ${mail.to}\n[mail] Subject: ${mail.subject}\n${mail.text}\n`);
      },
      close() {},
    };
  }
  const url = new URL(config.smtpUrl);
  const transporter: Transporter = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    // Plain smtp:// on loopback (tests, a local relay) has no certificate to offer.
    ignoreTLS: url.protocol === 'smtp:' && ['127.0.0.1', 'localhost', '::1'].includes(url.hostname),
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
  });
  return {
    async send(mail) {
      await transporter.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.messageId}@${host}>` });
    },
    close: () => transporter.close(),
  };
}
