import { archiveSearchTables } from '../archive/tables.js';

/** How a column travels in an export. */
export type ColumnKind = 'text' | 'text?' | 'integer' | 'integer?' | 'number' | 'number?' | 'boolean' | 'json' | 'json?';

export interface BackupTable {
  name: string;
  columns: Record<string, ColumnKind>;
  /** Sorts the rows of the export; the primary key. */
  key: string[];
  /** A column pointing at a row of the same table, which must be inserted first. */
  parentColumn?: string;
}

const stamped = { created_at: 'text', updated_at: 'text' } as const;

/**
 * Every durable table, parents before children. Sessions, reset links and rate-limit counters are
 * left out on purpose: they are short-lived and meaningless on another server. A test compares this
 * list with the migrated database, so a new column cannot silently miss the backups.
 */
export const backupTables: BackupTable[] = [
  { name: 'organisation', key: ['id'], columns: { id: 'text', name: 'json', acronym: 'text?', kind: 'text', city: 'text?', country: 'text?', website: 'text?', ...stamped } },
  { name: 'organisation_alias', key: ['id'], columns: { id: 'text', organisation_id: 'text', alias: 'text' } },
  {
    name: 'person', key: ['id'],
    columns: { id: 'text', name: 'text', honorific: 'text?', bio: 'json?', role_title: 'json?', organisation_id: 'text?', country: 'text?', email: 'text?', gender: 'text?', ...stamped },
  },
  { name: 'person_alias', key: ['id'], columns: { id: 'text', person_id: 'text', alias: 'text', source: 'text?' } },
  {
    name: 'edition', key: ['id'],
    columns: {
      id: 'text', slug: 'text', name: 'json', tagline: 'json?', description: 'json?', host_city: 'text?', country: 'text?', venue: 'text?', starts_on: 'text',
      ends_on: 'text', time_zone: 'text', format: 'text', languages: 'json', website: 'text?', status: 'text', hide_unconfirmed_roles: 'boolean', ...stamped,
    },
  },
  { name: 'edition_partner', key: ['id'], columns: { id: 'text', edition_id: 'text', organisation_id: 'text', kind: 'text', position: 'integer' } },
  { name: 'program_day', key: ['id'], columns: { id: 'text', edition_id: 'text', date: 'text', label: 'json?' } },
  { name: 'time_slot', key: ['id'], columns: { id: 'text', edition_id: 'text', day_id: 'text', label: 'json?', starts_at: 'text', ends_at: 'text', position: 'integer', times_stated: 'boolean' } },
  {
    name: 'venue', key: ['id'],
    columns: { id: 'text', edition_id: 'text', kind: 'text', name: 'json', capacity: 'integer?', platform: 'text?', join_url: 'text?', interpretation_languages: 'json', position: 'integer' },
  },
  { name: 'thematic_line', key: ['id'], parentColumn: 'parent_id', columns: { id: 'text', edition_id: 'text', parent_id: 'text?', code: 'text', title: 'json' } },
  { name: 'theme', key: ['id'], columns: { id: 'text', edition_id: 'text', code: 'text', name: 'json' } },
  {
    name: 'session', key: ['id'],
    columns: {
      id: 'text', edition_id: 'text', code: 'text?', format: 'text', title: 'json', summary: 'json?', context: 'json?', objectives: 'json', main_questions: 'json',
      thematic_line_id: 'text?', slot_id: 'text?', venue_id: 'text?', starts_at: 'text?', ends_at: 'text?', duration_minutes: 'integer?', language: 'text',
      interpretation_languages: 'json', capacity: 'integer?', registration_required: 'boolean', status: 'text', proposed_by_user_id: 'text?', ...stamped,
    },
  },
  { name: 'session_theme', key: ['session_id', 'theme_id'], columns: { session_id: 'text', theme_id: 'text' } },
  { name: 'session_sdg', key: ['session_id', 'sdg'], columns: { session_id: 'text', sdg: 'integer' } },
  { name: 'session_organisation', key: ['id'], columns: { id: 'text', session_id: 'text', organisation_id: 'text', role: 'text', position: 'integer' } },
  { name: 'session_document', key: ['id'], columns: { id: 'text', session_id: 'text', title: 'json', url: 'text', position: 'integer' } },
  { name: 'session_person_role', key: ['id'], columns: { id: 'text', session_id: 'text', person_id: 'text', role: 'text', status: 'text', position: 'integer' } },
  {
    name: 'presentation', key: ['id'],
    columns: { id: 'text', session_id: 'text', person_id: 'text?', initiative_id: 'text?', title: 'json', description: 'json?', position: 'integer' },
  },
  {
    name: 'initiative', key: ['id'],
    columns: {
      id: 'text', edition_id: 'text', session_id: 'text?', code: 'text?', title: 'json', description: 'json?', organisation_id: 'text?', city: 'text?',
      region: 'text?', country: 'text?', website: 'text?', status: 'text', position: 'integer', ...stamped,
    },
  },
  { name: 'initiative_theme', key: ['initiative_id', 'theme_id'], columns: { initiative_id: 'text', theme_id: 'text' } },
  { name: 'initiative_presenter', key: ['id'], columns: { id: 'text', initiative_id: 'text', person_id: 'text', role_title: 'json?', position: 'integer' } },
  {
    name: 'user_account', key: ['id'],
    columns: { id: 'text', email: 'text', password_hash: 'text', display_name: 'text', locale: 'text', is_admin: 'boolean', person_id: 'text?', ...stamped },
  },
  { name: 'edition_membership', key: ['id'], columns: { id: 'text', edition_id: 'text', user_id: 'text', role: 'text', created_at: 'text' } },
  {
    name: 'audit_entry', key: ['id'],
    columns: { id: 'text', edition_id: 'text?', actor_user_id: 'text?', action: 'text', entity_type: 'text', entity_id: 'text', before: 'json?', after: 'json?', at: 'text' },
  },
  {
    name: 'mail_outbox', key: ['id'],
    columns: {
      id: 'text', recipient: 'text', locale: 'text', template: 'text', subject: 'text', text_body: 'text', status: 'text', attempts: 'integer',
      last_error: 'text?', claimed_until: 'text?', created_at: 'text', sent_at: 'text?',
    },
  },
  {
    name: 'identity_suggestion', key: ['id'],
    columns: {
      id: 'text', subject: 'text', kept_id: 'text', other_id: 'text', score: 'integer', reasons: 'json', status: 'text', source: 'text?',
      created_at: 'text', decided_at: 'text?', decided_by_user_id: 'text?',
    },
  },
  {
    name: 'archive_document', key: ['id'],
    columns: {
      id: 'text', edition_id: 'text?', file_name: 'text', kind: 'text', language: 'text', sha256: 'text', parsed: 'json', imported_at: 'text',
      imported_by_user_id: 'text?',
    },
  },
  { name: 'archive_source_key', key: ['id'], columns: { id: 'text', kind: 'text', key: 'text', entity_id: 'text' } },
  {
    name: 'call_for_proposals', key: ['id'],
    columns: { id: 'text', edition_id: 'text', status: 'text', intro: 'json?', deadline_at: 'text', submission_kinds: 'json', sdgs: 'json', ...stamped },
  },
  {
    name: 'call_question', key: ['id'],
    columns: {
      id: 'text', call_id: 'text', key: 'text', kind: 'text', label: 'json', help: 'json?', choices: 'json?', required: 'boolean', for_kinds: 'json',
      max_length: 'integer?', position: 'integer',
    },
  },
  {
    name: 'submission', key: ['id'],
    columns: {
      id: 'text', edition_id: 'text', call_id: 'text', kind: 'text', status: 'text', owner_user_id: 'text', language: 'text', title: 'json', summary: 'json?',
      organisation_name: 'text?', organisation_kind: 'text?', city: 'text?', country: 'text?', website: 'text?', networks: 'json', themes: 'json', sdgs: 'json', answers: 'json',
      version: 'integer', submitted_at: 'text?', ...stamped,
    },
  },
  {
    name: 'submission_presenter', key: ['id'],
    columns: {
      id: 'text', submission_id: 'text', user_id: 'text?', name: 'text', email: 'text', role: 'text', gender: 'text?', bio: 'json?',
      invitation_token_hash: 'text?', invited_at: 'text?', accepted_at: 'text?', confirmed_at: 'text?', position: 'integer',
    },
  },
  {
    name: 'submission_file', key: ['id'],
    columns: {
      id: 'text', submission_id: 'text', question_key: 'text', file_name: 'text', media_type: 'text', size: 'integer', sha256: 'text', storage_key: 'text',
      created_at: 'text',
    },
  },
  {
    name: 'review_settings', key: ['edition_id'],
    columns: {
      edition_id: 'text', anonymous: 'boolean', reveal_scores_before_own: 'boolean', conflict_same_city: 'boolean', conflict_same_country: 'boolean',
      reviews_per_submission: 'integer', updated_at: 'text',
    },
  },
  { name: 'review_criterion', key: ['id'], columns: { id: 'text', edition_id: 'text', key: 'text', label: 'json', weight: 'number', position: 'integer' } },
  { name: 'review_phase', key: ['id'], columns: { id: 'text', edition_id: 'text', name: 'json', starts_at: 'text', ends_at: 'text', position: 'integer' } },
  {
    name: 'reviewer_profile', key: ['id'],
    columns: {
      id: 'text', edition_id: 'text', user_id: 'text', languages: 'json', themes: 'json', max_load: 'integer', organisation_name: 'text?', networks: 'json',
      city: 'text?', country: 'text?',
    },
  },
  { name: 'review_assignment', key: ['id'], columns: { id: 'text', edition_id: 'text', submission_id: 'text', reviewer_user_id: 'text', source: 'text', created_at: 'text' } },
  {
    name: 'review', key: ['id'],
    columns: {
      id: 'text', edition_id: 'text', submission_id: 'text', reviewer_user_id: 'text', scores: 'json', comment: 'text', weighted_score: 'number?', status: 'text',
      submitted_at: 'text?', updated_at: 'text',
    },
  },
  {
    name: 'review_conflict', key: ['id'],
    columns: { id: 'text', edition_id: 'text', submission_id: 'text', reviewer_user_id: 'text', source: 'text', reasons: 'json', created_at: 'text' },
  },
  {
    name: 'selection_target', key: ['id'],
    columns: { id: 'text', edition_id: 'text', dimension: 'text', value: 'text', min: 'number?', max: 'number?', unit: 'text', position: 'integer' },
  },
  {
    name: 'selection_decision', key: ['id'],
    columns: {
      id: 'text', edition_id: 'text', submission_id: 'text', outcome: 'text', state: 'text', note: 'json?', decided_by_user_id: 'text', updated_at: 'text',
      sent_at: 'text?',
    },
  },
  { name: 'selection_group_member', key: ['submission_id'], columns: { submission_id: 'text', edition_id: 'text', session_id: 'text', position: 'integer' } },
  {
    name: 'schedule_placement', key: ['session_id'],
    columns: { session_id: 'text', edition_id: 'text', slot_id: 'text?', venue_id: 'text?', pinned: 'boolean', updated_at: 'text', updated_by_user_id: 'text?' },
  },
  { name: 'schedule_version', key: ['id'], columns: { id: 'text', edition_id: 'text', number: 'integer', name: 'text', published_at: 'text', published_by_user_id: 'text?' } },
  {
    name: 'schedule_version_placement', key: ['version_id', 'session_id'],
    columns: { version_id: 'text', session_id: 'text', slot_id: 'text?', venue_id: 'text?', starts_at: 'text', ends_at: 'text?' },
  },
  {
    name: 'schedule_solve_run', key: ['id'],
    columns: {
      id: 'text', edition_id: 'text', status: 'text', keep_pins: 'boolean', stability: 'number', time_limit_ms: 'integer', seed: 'integer', cancel_requested: 'boolean',
      progress: 'json?', outcome: 'json?', started_at: 'text', finished_at: 'text?', started_by_user_id: 'text?',
    },
  },
  {
    name: 'schedule_weights', key: ['edition_id'],
    columns: {
      edition_id: 'text', similar_themes_in_parallel: 'number', audience_overlap: 'number', speaker_preferred_times: 'number', awake_virtual_sessions: 'number', balanced_slots: 'number',
      updated_at: 'text', updated_by_user_id: 'text?',
    },
  },
  { name: 'person_availability', key: ['person_id', 'edition_id'], columns: { person_id: 'text', edition_id: 'text', time_zone: 'text', updated_at: 'text', updated_by_user_id: 'text?' } },
  {
    name: 'availability_window', key: ['id'],
    columns: { id: 'text', person_id: 'text', edition_id: 'text', kind: 'text', starts_at: 'text', ends_at: 'text', note: 'text?', position: 'integer' },
  },
  {
    name: 'schedule_interpreter_teams', key: ['edition_id', 'language'],
    columns: { edition_id: 'text', language: 'text', teams: 'integer', updated_at: 'text', updated_by_user_id: 'text?' },
  },
  { name: 'agenda_share', key: ['id'], columns: { id: 'text', edition_id: 'text', token_hash: 'text', session_ids: 'json', time_zone: 'text?', updated_at: 'text' } },
];

/** Derived tables (the search index and its FTS5 shadow tables): rebuilt from the others, never exported. */
export const derivedTables: string[] = archiveSearchTables;

/** Tables whose content is never exported: short-lived, or derived. */
export const ephemeralTables = ['web_session', 'password_reset', 'rate_limit', ...derivedTables];
