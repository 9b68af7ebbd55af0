import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMailSender } from './mail-sender.js';

describe('the mail sender without an SMTP server', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the mail, readable, to the console', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const sender = createMailSender({ smtpUrl: null, mailFrom: 'Convergence <forum@example.org>', publicUrl: 'http://localhost:3000' });
    await sender.send({ to: 'ana@example.org', subject: 'Réinitialisez votre mot de passe', text: 'Bonjour Ana,\nouvrez ce lien', messageId: '01J0000000000000000000000' });
    sender.close();
    expect(printed).toHaveBeenCalledOnce();
    expect(printed.mock.calls[0]![0]).toBe('[mail] To: ana@example.org\n[mail] Subject: Réinitialisez votre mot de passe\nBonjour Ana,\nouvrez ce lien\n');
  });
});
