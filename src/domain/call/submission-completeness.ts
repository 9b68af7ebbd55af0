import type { FieldProblem } from '../errors.js';
import { countryCodeSchema, httpUrlSchema } from '../validation.js';
import type { CallView } from './call-service.js';
import type { SubmissionView } from './submission-view.js';

/** Problems with the answers themselves, checked on every save, drafts included. */
export function answerProblems(call: CallView, kind: SubmissionView['kind'], answers: Record<string, string>, themes: string[], sdgs: number[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const questions = new Map(call.questions.filter((question) => question.forKinds.includes(kind)).map((question) => [question.key, question]));
  for (const [key, value] of Object.entries(answers)) {
    const question = questions.get(key);
    if (!question) {
      problems.push({ path: `answers.${key}`, message: 'not a question of this call' });
      continue;
    }
    if (value === '') continue;
    if (question.maxLength !== null && value.length > question.maxLength) problems.push({ path: `answers.${key}`, message: `at most ${question.maxLength} characters (${value.length} written)` });
    if (question.kind === 'choice' && !question.choices?.some((choice) => choice.value === value)) problems.push({ path: `answers.${key}`, message: `"${value}" is not one of the choices` });
    if (question.kind === 'country' && !countryCodeSchema.safeParse(value).success) problems.push({ path: `answers.${key}`, message: 'expected an ISO 3166-1 alpha-2 country code such as "ES"' });
    if (question.kind === 'url' && !httpUrlSchema.safeParse(value).success) problems.push({ path: `answers.${key}`, message: 'expected an http(s) URL' });
    if (question.kind === 'file') problems.push({ path: `answers.${key}`, message: 'attach the file instead of typing an answer' });
  }
  const knownThemes = new Set(call.themes.map((theme) => theme.id));
  themes.forEach((theme, index) => {
    if (!knownThemes.has(theme)) problems.push({ path: `themes.${index}`, message: 'not a theme of this forum' });
  });
  sdgs.forEach((sdg, index) => {
    if (!call.sdgs.includes(sdg)) problems.push({ path: `sdgs.${index}`, message: `SDG ${sdg} is not offered by this call` });
  });
  if (!call.submissionKinds.includes(kind)) problems.push({ path: 'kind', message: `this call does not take "${kind}" proposals` });
  return problems;
}

/** What must be there before a draft may be sent: the required questions and the facts selection needs. */
export function completenessProblems(call: CallView, submission: SubmissionView): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const written = (value: string | null | undefined) => value !== null && value !== undefined && value.trim() !== '';
  if (!written(submission.title.text[submission.title.original])) problems.push({ path: 'title', message: 'a title is required' });
  if (!submission.summary || !written(submission.summary.text[submission.summary.original])) problems.push({ path: 'summary', message: 'a description is required' });
  if (submission.kind === 'initiative') {
    if (!written(submission.organisationName)) problems.push({ path: 'organisationName', message: 'name the organisation behind the initiative' });
    if (!submission.country) problems.push({ path: 'country', message: 'the country of the initiative is required' });
  }
  for (const question of call.questions) {
    if (!question.required || !question.forKinds.includes(submission.kind)) continue;
    const answered = question.kind === 'file'
      ? submission.files.some((file) => file.questionKey === question.key)
      : written(submission.answers[question.key]);
    if (!answered) problems.push({ path: `answers.${question.key}`, message: 'this question is required' });
  }
  return problems;
}
