import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Transport options from an SMTP URL: `smtps://` is TLS from the first byte; `smtp://` upgrades with
 * STARTTLS when offered, except on loopback (tests, a local relay) where there is no certificate to check.
 *
 * @example
 *   smtpOptions('smtp://127.0.0.1:2525'); // { host: '127.0.0.1', port: 2525, secure: false, ignoreTLS: true, … }
 */
export function smtpOptions(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    ignoreTLS: !secure && loopbackHosts.has(url.hostname),
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
  };
}
