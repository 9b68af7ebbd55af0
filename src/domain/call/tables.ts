import type { BooleanColumn, Instant, JsonColumn, NullableJsonColumn } from '../../db/column-types.js';

export const submissionKinds = ['initiative', 'workshop', 'plenary_idea'] as const;
export type SubmissionKind = (typeof submissionKinds)[number];
export const questionKinds = ['text', 'long_text', 'choice', 'country', 'organisation', 'url', 'file'] as const;
export type QuestionKind = (typeof questionKinds)[number];
export const callStatuses = ['draft', 'open', 'closed'] as const;
export type CallStatus = (typeof callStatuses)[number];
export type SubmissionStatus = 'draft' | 'submitted' | 'withdrawn';
export type PresenterRole = 'submitter' | 'co_presenter' | 'speaker';

/** One call per edition: GSEF 2018's "international call for initiatives". */
export interface CallTable {
  id: string;
  edition_id: string;
  status: CallStatus;
  /** LocalizedText shown above the form. */
  intro: NullableJsonColumn;
  /** The instant submissions close; shown in the edition's zone and in the submitter's. */
  deadline_at: Instant;
  /** JSON array of SubmissionKind. */
  submission_kinds: JsonColumn;
  /** JSON array of the UN SDG numbers submitters may choose from. */
  sdgs: JsonColumn;
  created_at: Instant;
  updated_at: Instant;
}

export interface CallQuestionTable {
  id: string;
  call_id: string;
  /** Stable name of the answer: `budget`, `partners`. */
  key: string;
  kind: QuestionKind;
  /** LocalizedText, in fr/es/en. */
  label: JsonColumn;
  help: NullableJsonColumn;
  /** JSON array of `{ value, label: LocalizedText }` for choice questions. */
  choices: NullableJsonColumn;
  required: BooleanColumn;
  /** JSON array of the SubmissionKind the question is asked for. */
  for_kinds: JsonColumn;
  max_length: number | null;
  position: number;
}

export interface SubmissionTable {
  id: string;
  edition_id: string;
  call_id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  owner_user_id: string;
  /** The language the submitter writes in. */
  language: string;
  title: JsonColumn;
  summary: NullableJsonColumn;
  organisation_name: string | null;
  organisation_kind: string | null;
  city: string | null;
  country: string | null;
  website: string | null;
  /** JSON array of the networks the organisation belongs to (RIPESS, GSEF…): reviewers in them are conflicted. */
  networks: JsonColumn;
  /** JSON array of theme ids of the edition. */
  themes: JsonColumn;
  /** JSON array of SDG numbers. */
  sdgs: JsonColumn;
  /** JSON object: question key → answer text (file questions hold the file id). */
  answers: JsonColumn;
  /** Grows on every save, so a save from a stale page is refused rather than silently lost. */
  version: number;
  submitted_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface SubmissionPresenterTable {
  id: string;
  submission_id: string;
  user_id: string | null;
  name: string;
  /** Lower-cased. */
  email: string;
  role: PresenterRole;
  /** Declared by the person, for the balance of the selection; null when not declared. */
  gender: string | null;
  bio: NullableJsonColumn;
  /** SHA-256 of the invitation link's token; null once accepted or for the submitter. */
  invitation_token_hash: string | null;
  invited_at: Instant | null;
  accepted_at: Instant | null;
  /** Set when an accepted speaker confirms they will present. */
  confirmed_at: Instant | null;
  position: number;
}

export interface SubmissionFileTable {
  id: string;
  submission_id: string;
  question_key: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  created_at: Instant;
}

export interface CallTables {
  call_for_proposals: CallTable;
  call_question: CallQuestionTable;
  submission: SubmissionTable;
  submission_presenter: SubmissionPresenterTable;
  submission_file: SubmissionFileTable;
}
