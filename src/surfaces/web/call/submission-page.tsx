import type { CallQuestionView, CallView, SubmissionView } from '../../../domain/call/index.js';
import type { FieldProblem } from '../../../domain/errors.js';
import { organisationKinds } from '../../../domain/people/index.js';
import { contentLanguages, readLocalized } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField, Layout, type PageFrame } from '../layout.js';
import { countryOptions } from './country-options.js';
import { FieldProblemText, ProblemList, problemFor } from './field-errors.js';
import { translationLanguages, type SubmissionFormValues } from './submission-form-values.js';
import { ownAvailabilityPath } from '../availability/availability-paths.js';

export interface SubmissionPageProps {
  frame: PageFrame;
  call: CallView;
  values: SubmissionFormValues;
  submission: SubmissionView | null;
  problems?: FieldProblem[];
  message?: string;
  notice?: string;
  decision?: { outcome: string; sent: boolean } | null;
}

function Field(props: { id: string; label: string; problems: FieldProblem[]; paths: string[]; children: unknown; hint?: string }) {
  const problem = problemFor(props.problems, ...props.paths);
  return (
    <p class={problem ? 'field invalid' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint ? <small> {props.hint}</small> : null}
      <br />
      {props.children as never}
      <FieldProblemText id={`${props.id}-error`} problem={problem} />
    </p>
  );
}

function QuestionInput(props: { t: Translator; question: CallQuestionView; value: string; countries: { code: string; name: string }[] }) {
  const { question, value, t } = props;
  const name = `answer_${question.key}`;
  const common = { id: name, name, required: question.required };
  if (question.kind === 'long_text') return <textarea {...common} rows={6} maxlength={question.maxLength ?? undefined}>{value}</textarea>;
  if (question.kind === 'choice') {
    return (
      <select {...common}>
        <option value="">{t.t('call.form.choose')}</option>
        {(question.choices ?? []).map((choice) => <option value={choice.value} selected={choice.value === value}>{readLocalized(choice.label, t.locale).value}</option>)}
      </select>
    );
  }
  if (question.kind === 'country') {
    return (
      <select {...common}>
        <option value="">{t.t('call.form.choose')}</option>
        {props.countries.map((country) => <option value={country.code} selected={country.code === value}>{country.name}</option>)}
      </select>
    );
  }
  return <input {...common} type={question.kind === 'url' ? 'url' : 'text'} value={value} maxlength={question.maxLength ?? undefined} />;
}

/** A proposal: written in any language, saved as a draft, sent when complete; never lost on a refused save. */
export function SubmissionPage(props: SubmissionPageProps) {
  const { t } = props.frame;
  const { call, values, submission } = props;
  const problems = props.problems ?? [];
  const base = `/editions/${call.editionSlug}/call/submissions`;
  const action = submission ? `${base}/${submission.id}` : base;
  const countries = countryOptions(t.locale);
  const editable = call.acceptsChanges && submission?.status !== 'withdrawn';
  const forKind = call.questions.filter((question) => question.forKinds.includes((values.kind || 'initiative') as never));
  const title = submission ? readLocalized(submission.title, t.locale).value : t.t('call.new');
  return (
    <Layout frame={props.frame} title={title}>
      <p><a href={`/editions/${call.editionSlug}/call`}>{t.t('call.back')}</a></p>
      <h1>{title}</h1>
      {submission ? <p>{t.t('call.statusLine', { status: t.t(`call.status.${submission.status}`) })}</p> : null}
      {props.notice ? <p role="status" class="notice">{props.notice}</p> : null}
      <ProblemList t={t} problems={problems} {...(props.message ? { message: props.message } : {})} />
      {props.decision?.sent && props.decision.outcome === 'accepted' && submission ? (
        <form method="post" action={`${base}/${submission.id}/confirm`} class="confirm">
          <CsrfField token={props.frame.csrfToken} />
          <p>{t.t('call.accepted')}</p>
          <button type="submit">{t.t('call.confirm')}</button>
          <p><a href={ownAvailabilityPath(call.editionSlug)}>{t.t('call.availabilityLink')}</a></p>
        </form>
      ) : null}
      <form method="post" action={action} novalidate>
        <CsrfField token={props.frame.csrfToken} />
        <input type="hidden" name="version" value={values.version} />
        {/* Left empty by people; filled by robots that fill every field. */}
        <p class="visually-hidden" aria-hidden="true"><label for="homepage">Homepage</label><input id="homepage" name="homepage" type="text" tabindex={-1} autocomplete="off" /></p>
        <fieldset disabled={!editable}>
          <legend>{t.t('call.form.about')}</legend>
          <Field id="kind" label={t.t('call.form.kind')} problems={problems} paths={['kind']}>
            <select id="kind" name="kind" disabled={submission !== null}>
              {call.submissionKinds.map((kind) => <option value={kind} selected={kind === values.kind}>{t.t(`call.kind.${kind}`)}</option>)}
            </select>
            {submission ? <input type="hidden" name="kind" value={values.kind} /> : null}
          </Field>
          <Field id="language" label={t.t('call.form.language')} problems={problems} paths={['language']} hint={t.t('call.form.languageHint')}>
            <select id="language" name="language">
              {contentLanguages.map((language) => <option value={language} selected={language === values.language}>{t.languageName(language)}</option>)}
            </select>
          </Field>
          <Field id="title" label={t.t('call.form.title')} problems={problems} paths={['title']}>
            <input id="title" name="title" type="text" value={values.title} maxlength={300} required />
          </Field>
          <Field id="summary" label={t.t('call.form.summary')} problems={problems} paths={['summary']}>
            <textarea id="summary" name="summary" rows={8}>{values.summary}</textarea>
          </Field>
          <details open={Object.values(values.translations).some((texts) => texts.title !== '' || texts.summary !== '')}>
            <summary>{t.t('call.form.translations')}</summary>
            <p><small>{t.t('call.form.translationsHint')}</small></p>
            {translationLanguages.filter((language) => language !== values.language).map((language) => (
              <fieldset lang={language}>
                <legend>{t.languageName(language)}</legend>
                <Field id={`title_${language}`} label={t.t('call.form.title')} problems={problems} paths={[`title.text.${language}`]}>
                  <input id={`title_${language}`} name={`title_${language}`} type="text" value={values.translations[language]?.title ?? ''} maxlength={300} />
                </Field>
                <Field id={`summary_${language}`} label={t.t('call.form.summary')} problems={problems} paths={[`summary.text.${language}`]}>
                  <textarea id={`summary_${language}`} name={`summary_${language}`} rows={4}>{values.translations[language]?.summary ?? ''}</textarea>
                </Field>
              </fieldset>
            ))}
          </details>
          <Field id="organisationName" label={t.t('call.form.organisation')} problems={problems} paths={['organisationName']}>
            <input id="organisationName" name="organisationName" type="text" value={values.organisationName} />
          </Field>
          <Field id="organisationKind" label={t.t('call.form.organisationKind')} problems={problems} paths={['organisationKind']}>
            <select id="organisationKind" name="organisationKind">
              <option value="">{t.t('call.form.choose')}</option>
              {organisationKinds.map((kind) => <option value={kind} selected={kind === values.organisationKind}>{t.t(`call.organisationKind.${kind}`)}</option>)}
            </select>
          </Field>
          <Field id="city" label={t.t('call.form.city')} problems={problems} paths={['city']}>
            <input id="city" name="city" type="text" value={values.city} />
          </Field>
          <Field id="country" label={t.t('call.form.country')} problems={problems} paths={['country']}>
            <select id="country" name="country">
              <option value="">{t.t('call.form.choose')}</option>
              {countries.map((country) => <option value={country.code} selected={country.code === values.country}>{country.name}</option>)}
            </select>
          </Field>
          <Field id="website" label={t.t('call.form.website')} problems={problems} paths={['website']}>
            <input id="website" name="website" type="url" value={values.website} />
          </Field>
          <Field id="networks" label={t.t('call.form.networks')} problems={problems} paths={['networks']} hint={t.t('call.form.networksHint')}>
            <input id="networks" name="networks" type="text" value={values.networks} />
          </Field>
          {call.themes.length > 0 ? (
            <fieldset>
              <legend>{t.t('call.form.themes')}</legend>
              {call.themes.map((theme) => (
                <label class="choice"><input type="checkbox" name="themes" value={theme.id} checked={values.themes.includes(theme.id)} /> {readLocalized(theme.name, t.locale).value}</label>
              ))}
            </fieldset>
          ) : null}
          <fieldset>
            <legend>{t.t('call.form.sdgs')}</legend>
            {call.sdgs.map((sdg) => <label class="choice"><input type="checkbox" name="sdgs" value={String(sdg)} checked={values.sdgs.includes(String(sdg))} /> {t.t('call.form.sdg', { number: sdg })}</label>)}
          </fieldset>
        </fieldset>
        {forKind.some((question) => question.kind !== 'file') ? (
          <fieldset disabled={!editable}>
            <legend>{t.t('call.form.questions')}</legend>
            {forKind.filter((question) => question.kind !== 'file').map((question) => (
              <Field id={`answer_${question.key}`} label={`${readLocalized(question.label, t.locale).value}${question.required ? ' *' : ''}`} problems={problems} paths={[`answers.${question.key}`]} {...(question.help ? { hint: readLocalized(question.help, t.locale).value } : {})}>
                <QuestionInput t={t} question={question} value={values.answers[question.key] ?? ''} countries={countries} />
              </Field>
            ))}
          </fieldset>
        ) : null}
        <fieldset disabled={!editable}>
          <legend>{t.t('call.form.you')}</legend>
          <Field id="gender" label={t.t('call.form.gender')} problems={problems} paths={['gender']} hint={t.t('call.form.genderHint')}>
            <input id="gender" name="gender" type="text" value={values.gender} />
          </Field>
          <Field id="bio" label={t.t('call.form.bio')} problems={problems} paths={['bio']}>
            <textarea id="bio" name="bio" rows={4}>{values.bio}</textarea>
          </Field>
        </fieldset>
        {editable ? (
          <p>
            <button type="submit" name="intent" value="save">{t.t('call.form.save')}</button>{' '}
            <button type="submit" name="intent" value="submit">{submission?.status === 'submitted' ? t.t('call.form.saveSent') : t.t('call.form.send')}</button>
          </p>
        ) : null}
      </form>
      {submission ? <Presenters frame={props.frame} call={call} submission={submission} editable={editable} problems={problems} /> : null}
      {submission ? <Files frame={props.frame} call={call} submission={submission} editable={editable} /> : null}
      {submission && editable && submission.status !== 'withdrawn' ? (
        <form method="post" action={`${base}/${submission.id}/withdraw`}>
          <CsrfField token={props.frame.csrfToken} />
          <button type="submit" class="secondary">{t.t('call.withdraw')}</button>
        </form>
      ) : null}
    </Layout>
  );
}

function Presenters(props: { frame: PageFrame; call: CallView; submission: SubmissionView; editable: boolean; problems: FieldProblem[] }) {
  const { t } = props.frame;
  const { submission } = props;
  return (
    <section aria-labelledby="presenters">
      <h2 id="presenters">{t.t('call.presenters')}</h2>
      <ul>
        {submission.presenters.map((presenter) => (
          <li>{presenter.name} ({t.t(`call.role.${presenter.role}`)}){presenter.invitation === 'pending' ? ` — ${t.t('call.invitationPending')}` : ''}{presenter.confirmedAt ? ` — ${t.t('call.confirmed')}` : ''}</li>
        ))}
      </ul>
      {props.editable ? (
        <form method="post" action={`/editions/${props.call.editionSlug}/call/submissions/${submission.id}/presenters`}>
          <CsrfField token={props.frame.csrfToken} />
          <fieldset>
            <legend>{t.t('call.invite')}</legend>
            <p><label for="invite-name">{t.t('call.inviteName')}</label><br /><input id="invite-name" name="name" type="text" required /></p>
            <p><label for="invite-email">{t.t('call.inviteEmail')}</label><br /><input id="invite-email" name="email" type="email" required /></p>
            <p>
              <label for="invite-role">{t.t('call.inviteRole')}</label><br />
              <select id="invite-role" name="role">
                <option value="co_presenter">{t.t('call.role.co_presenter')}</option>
                <option value="speaker">{t.t('call.role.speaker')}</option>
              </select>
            </p>
            <button type="submit">{t.t('call.inviteSend')}</button>
          </fieldset>
        </form>
      ) : null}
    </section>
  );
}

function Files(props: { frame: PageFrame; call: CallView; submission: SubmissionView; editable: boolean }) {
  const { t } = props.frame;
  const questions = props.call.questions.filter((question) => question.kind === 'file' && question.forKinds.includes(props.submission.kind));
  if (questions.length === 0) return null;
  const base = `/editions/${props.call.editionSlug}/call/submissions/${props.submission.id}`;
  return (
    <section aria-labelledby="files">
      <h2 id="files">{t.t('call.files')}</h2>
      {questions.map((question) => {
        const file = props.submission.files.find((candidate) => candidate.questionKey === question.key);
        return (
          <form method="post" action={`${base}/files`} enctype="multipart/form-data">
            <CsrfField token={props.frame.csrfToken} />
            <input type="hidden" name="questionKey" value={question.key} />
            <p>
              <label for={`file-${question.key}`}>{readLocalized(question.label, t.locale).value}{question.required ? ' *' : ''}</label>
              {file ? <> — <a href={`${base}/files/${file.id}`}>{file.fileName}</a> ({Math.ceil(file.size / 1024)} kB)</> : null}
              <br />
              <small>{t.t('call.fileHint')}</small><br />
              {props.editable ? <><input id={`file-${question.key}`} name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.odt" required /> <button type="submit">{t.t('call.upload')}</button></> : null}
            </p>
          </form>
        );
      })}
    </section>
  );
}
