import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Actor } from '../../domain/accounts/index.js';
import { uiLocales, type Translator } from '../../i18n/index.js';
import { csrfField } from '../http/csrf.js';
import { baseStyles } from './styles.js';

export interface PageFrame {
  t: Translator;
  actor: Actor;
  csrfToken: string;
  /** Path and query of this page, so the language switcher comes back to it. */
  currentPath: string;
  publicUrl: string;
}

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name={csrfField} value={props.token} />;
}

function languageHref(locale: string, currentPath: string): string {
  return `/language/${locale}?next=${encodeURIComponent(currentPath)}`;
}

export interface LayoutProps {
  frame: PageFrame;
  title: string;
  children: Child;
  /** Shown times depend on it; the page's script compares it with the browser's zone. */
  readerZone?: string;
  head?: Child;
  /** Small scripts this page enhances itself with; it works without them. */
  scripts?: string[];
  mainData?: Record<string, string>;
}

export function Layout(props: LayoutProps) {
  const { t, actor, csrfToken, currentPath, publicUrl } = props.frame;
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang={t.locale} data-reader-zone={props.readerZone}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t.t('app.name')}`}</title>
        {uiLocales.map((locale) => (
          <link rel="alternate" hreflang={locale} href={`${publicUrl}${languageHref(locale, currentPath)}`} />
        ))}
        <style>{baseStyles}</style>
        {props.readerZone ? <script src="/assets/reader-zone.js" defer /> : null}
        {(props.scripts ?? []).map((script) => <script src={script} defer />)}
        {props.head ?? null}
      </head>
      <body>
        <a class="skip" href="#content">{t.t('nav.skipToContent')}</a>
        <header>
          <div>
            <a class="brand" href="/">{t.t('app.name')}</a>
            <p class="tagline">{t.t('app.tagline')}</p>
          </div>
          <nav aria-label={t.t('nav.language')}>
            <ul>
              {uiLocales.map((locale) => (
                <li>
                  <a href={languageHref(locale, currentPath)} hreflang={locale} lang={locale} aria-current={locale === t.locale ? 'true' : undefined}>
                    {new Intl.DisplayNames([locale], { type: 'language' }).of(locale)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label={t.t('app.name')}>
            <ul>
              <li><a href="/">{t.t('nav.home')}</a></li>
              <li><a href="/search">{t.t('nav.search')}</a></li>
              {actor.user ? (
                <>
                  {actor.user.isAdmin ? <li><a href="/outbox">{t.t('nav.outbox')}</a></li> : null}
                  <li>
                    <form method="post" action="/sign-out">
                      <CsrfField token={csrfToken} />
                      <button class="link" type="submit">{t.t('nav.signOut')} ({actor.user.displayName})</button>
                    </form>
                  </li>
                </>
              ) : (
                <>
                  <li><a href="/sign-in">{t.t('nav.signIn')}</a></li>
                  <li><a href="/sign-up">{t.t('nav.signUp')}</a></li>
                </>
              )}
            </ul>
          </nav>
        </header>
        <main id="content" tabindex={-1} {...Object.fromEntries(Object.entries(props.mainData ?? {}).map(([name, value]) => [`data-${name}`, value]))}>
          {props.children}
        </main>
        <footer>{t.t('app.name')} · {t.t('app.tagline')}</footer>
      </body>
    </html>
    </>
  );
}
