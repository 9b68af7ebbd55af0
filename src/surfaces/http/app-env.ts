import type { Actor } from '../../domain/accounts/index.js';
import type { AppContext } from '../../domain/context.js';
import type { Translator, UiLocale } from '../../i18n/index.js';

/** What every request carries once the shared middleware has run. */
export interface AppEnv {
  Variables: {
    app: AppContext;
    actor: Actor;
    locale: UiLocale;
    t: Translator;
    csrfToken: string;
    sessionToken: string | null;
  };
}
