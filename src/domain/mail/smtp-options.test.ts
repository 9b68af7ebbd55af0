import { describe, expect, it } from 'vitest';
import { smtpOptions } from './smtp-options.js';

describe('SMTP options from SMTP_URL', () => {
  it('a plain smtp:// server on loopback is spoken to without TLS', () => {
    expect(smtpOptions('smtp://127.0.0.1:2525')).toMatchObject({ host: '127.0.0.1', port: 2525, secure: false, ignoreTLS: true });
    expect(smtpOptions('smtp://[::1]:2525')).toMatchObject({ secure: false, ignoreTLS: true });
  });

  it('a plain smtp:// server elsewhere is upgraded with STARTTLS when it offers it', () => {
    expect(smtpOptions('smtp://relay.example.org')).toMatchObject({ port: 587, secure: false, ignoreTLS: false });
  });

  it('an smtps:// server is spoken to over TLS from the first byte, with the credentials in the URL', () => {
    expect(smtpOptions('smtps://forum%40example.org:p%3Ass@mail.example.org')).toMatchObject({
      port: 465, secure: true, ignoreTLS: false, auth: { user: 'forum@example.org', pass: 'p:ss' },
    });
  });

  it('another scheme is refused', () => {
    expect(() => smtpOptions('http://mail.example.org')).toThrow('SMTP_URL must start with smtp:// or smtps://');
  });
});
