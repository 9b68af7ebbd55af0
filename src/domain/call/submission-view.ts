import type { Db } from '../../db/database.js';
import type { DatabaseDialect } from '../../db/dialect/index.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { PresenterRole, SubmissionKind, SubmissionStatus } from './tables.js';

export interface PresenterView {
  id: string;
  userId: string | null;
  name: string;
  email: string;
  role: PresenterRole;
  gender: string | null;
  bio: LocalizedText | null;
  invitation: 'none' | 'pending' | 'accepted';
  confirmedAt: string | null;
}

export interface SubmissionFileView {
  id: string;
  questionKey: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export interface SubmissionView {
  id: string;
  editionId: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  ownerUserId: string;
  language: string;
  title: LocalizedText;
  summary: LocalizedText | null;
  organisationName: string | null;
  organisationKind: string | null;
  city: string | null;
  country: string | null;
  website: string | null;
  networks: string[];
  themes: string[];
  sdgs: number[];
  answers: Record<string, string>;
  version: number;
  submittedAt: string | null;
  updatedAt: string;
  presenters: PresenterView[];
  files: SubmissionFileView[];
}

/** Loads submissions with their presenters and files, in the order of the ids given. */
export async function loadSubmissionViews(db: Db, dialect: DatabaseDialect, ids: readonly string[]): Promise<SubmissionView[]> {
  if (ids.length === 0) return [];
  const [rows, presenters, files] = await Promise.all([
    db.selectFrom('submission').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('submission_presenter').selectAll().where('submission_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('submission_file').select(['id', 'submission_id', 'question_key', 'file_name', 'media_type', 'size']).where('submission_id', 'in', ids).orderBy('created_at').execute(),
  ]);
  const json = <T>(value: unknown) => dialect.decodeJson(value) as T;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{
      id: row.id, editionId: row.edition_id, kind: row.kind, status: row.status, ownerUserId: row.owner_user_id, language: row.language,
      title: json<LocalizedText>(row.title), summary: row.summary === null ? null : json<LocalizedText>(row.summary), organisationName: row.organisation_name,
      organisationKind: row.organisation_kind, city: row.city, country: row.country, website: row.website, networks: json<string[]>(row.networks), themes: json<string[]>(row.themes), sdgs: json<number[]>(row.sdgs),
      answers: json<Record<string, string>>(row.answers), version: row.version, submittedAt: row.submitted_at, updatedAt: row.updated_at,
      presenters: presenters.filter((presenter) => presenter.submission_id === id).map((presenter) => ({
        id: presenter.id, userId: presenter.user_id, name: presenter.name, email: presenter.email, role: presenter.role, gender: presenter.gender,
        bio: presenter.bio === null ? null : json<LocalizedText>(presenter.bio),
        invitation: presenter.role === 'submitter' ? 'none' : presenter.accepted_at ? 'accepted' : 'pending',
        confirmedAt: presenter.confirmed_at,
      })),
      files: files.filter((file) => file.submission_id === id).map((file) => ({ id: file.id, questionKey: file.question_key, fileName: file.file_name, mediaType: file.media_type, size: file.size })),
    } satisfies SubmissionView];
  });
}

/** The accounts that may act on a submission besides its owner: presenters who accepted. */
export function acceptedPresenterUserIds(view: SubmissionView): string[] {
  return view.presenters.filter((presenter) => presenter.userId !== null && presenter.invitation !== 'pending').map((presenter) => presenter.userId!);
}
