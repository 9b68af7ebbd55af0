import { CsrfField, Layout, type PageFrame } from './layout.js';

interface FormState {
  error?: string;
  notice?: string;
  email?: string;
  displayName?: string;
}

function Messages(props: { state: FormState }) {
  return (
    <>
      {props.state.error ? <p class="error" role="alert">{props.state.error}</p> : null}
      {props.state.notice ? <p class="notice" role="status">{props.state.notice}</p> : null}
    </>
  );
}

function EmailInput(props: { frame: PageFrame; value?: string }) {
  return (
    <div>
      <label for="email">{props.frame.t.t('form.email')}</label>
      <input id="email" name="email" type="email" autocomplete="email" required value={props.value ?? ''} />
    </div>
  );
}

function NewPasswordInput(props: { frame: PageFrame; label: string }) {
  return (
    <div>
      <label for="password">{props.label}</label>
      <input id="password" name="password" type="password" autocomplete="new-password" minlength={10} required aria-describedby="password-hint" />
      <small id="password-hint">{props.frame.t.t('form.passwordHint')}</small>
    </div>
  );
}

export function SignInPage(props: { frame: PageFrame; state?: FormState; next?: string }) {
  const { t, csrfToken } = props.frame;
  const state = props.state ?? {};
  return (
    <Layout frame={props.frame} title={t.t('signIn.title')}>
      <h1>{t.t('signIn.title')}</h1>
      <Messages state={state} />
      <form class="stack" method="post" action="/sign-in">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="next" value={props.next ?? '/'} />
        <EmailInput frame={props.frame} value={state.email} />
        <div>
          <label for="password">{t.t('form.password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit">{t.t('signIn.submit')}</button>
      </form>
      <p><a href="/password-reset">{t.t('signIn.forgot')}</a> · <a href="/sign-up">{t.t('nav.signUp')}</a></p>
    </Layout>
  );
}

export function SignUpPage(props: { frame: PageFrame; state?: FormState }) {
  const { t, csrfToken } = props.frame;
  const state = props.state ?? {};
  return (
    <Layout frame={props.frame} title={t.t('signUp.title')}>
      <h1>{t.t('signUp.title')}</h1>
      <Messages state={state} />
      {state.notice ? null : (
        <form class="stack" method="post" action="/sign-up">
          <CsrfField token={csrfToken} />
          <div>
            <label for="displayName">{t.t('form.displayName')}</label>
            <input id="displayName" name="displayName" autocomplete="name" required maxlength={200} value={state.displayName ?? ''} />
          </div>
          <EmailInput frame={props.frame} value={state.email} />
          <NewPasswordInput frame={props.frame} label={t.t('form.password')} />
          <button type="submit">{t.t('signUp.submit')}</button>
        </form>
      )}
    </Layout>
  );
}

export function PasswordResetRequestPage(props: { frame: PageFrame; state?: FormState }) {
  const { t, csrfToken } = props.frame;
  const state = props.state ?? {};
  return (
    <Layout frame={props.frame} title={t.t('reset.requestTitle')}>
      <h1>{t.t('reset.requestTitle')}</h1>
      <Messages state={state} />
      <form class="stack" method="post" action="/password-reset">
        <CsrfField token={csrfToken} />
        <EmailInput frame={props.frame} value={state.email} />
        <button type="submit">{t.t('reset.requestSubmit')}</button>
      </form>
    </Layout>
  );
}

export function PasswordResetPage(props: { frame: PageFrame; token: string; usable: boolean; state?: FormState }) {
  const { t, csrfToken } = props.frame;
  const state = props.state ?? {};
  return (
    <Layout frame={props.frame} title={t.t('reset.title')}>
      <h1>{t.t('reset.title')}</h1>
      <Messages state={state} />
      {props.usable ? (
        <form class="stack" method="post" action={`/password-reset/${props.token}`}>
          <CsrfField token={csrfToken} />
          <NewPasswordInput frame={props.frame} label={t.t('form.newPassword')} />
          <button type="submit">{t.t('reset.submit')}</button>
        </form>
      ) : state.notice ? <p><a href="/sign-in">{t.t('nav.signIn')}</a></p> : <p class="error">{t.t('reset.invalid')}</p>}
    </Layout>
  );
}
