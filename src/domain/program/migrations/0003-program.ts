import type { SchemaMigration } from '../../../db/migration.js';

export const programMigration: SchemaMigration = {
  name: '0003-program',
  async up(db, types) {
    const editionId = 'edition_id';
    await db.schema
      .createTable('program_day')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn(editionId, 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('label', types.json)
      .addUniqueConstraint('program_day_unique', [editionId, 'date'])
      .execute();
    await db.schema
      .createTable('time_slot')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn(editionId, 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('day_id', 'text', (c) => c.notNull().references('program_day.id').onDelete('cascade'))
      .addColumn('label', types.json)
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('venue')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn(editionId, 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', types.json, (c) => c.notNull())
      .addColumn('capacity', 'integer')
      .addColumn('platform', 'text')
      .addColumn('join_url', 'text')
      .addColumn('interpretation_languages', types.json, (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('thematic_line')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn(editionId, 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('parent_id', 'text', (c) => c.references('thematic_line.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('title', types.json, (c) => c.notNull())
      .addUniqueConstraint('thematic_line_unique', [editionId, 'code'])
      .execute();
    await db.schema
      .createTable('theme')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn(editionId, 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', types.json, (c) => c.notNull())
      .addUniqueConstraint('theme_unique', [editionId, 'code'])
      .execute();
    await db.schema
      .createTable('session')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn(editionId, 'text', (c) => c.notNull().references('edition.id').onDelete('cascade'))
      .addColumn('code', 'text')
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('title', types.json, (c) => c.notNull())
      .addColumn('summary', types.json)
      .addColumn('context', types.json)
      .addColumn('objectives', types.json, (c) => c.notNull())
      .addColumn('main_questions', types.json, (c) => c.notNull())
      .addColumn('thematic_line_id', 'text', (c) => c.references('thematic_line.id').onDelete('set null'))
      .addColumn('slot_id', 'text', (c) => c.references('time_slot.id').onDelete('set null'))
      .addColumn('venue_id', 'text', (c) => c.references('venue.id').onDelete('set null'))
      .addColumn('starts_at', 'text')
      .addColumn('ends_at', 'text')
      .addColumn('duration_minutes', 'integer')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('interpretation_languages', types.json, (c) => c.notNull())
      .addColumn('capacity', 'integer')
      .addColumn('registration_required', types.boolean, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('proposed_by_user_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('session_edition_index').on('session').columns([editionId, 'status']).execute();
    await db.schema
      .createTable('session_theme')
      .addColumn('session_id', 'text', (c) => c.notNull().references('session.id').onDelete('cascade'))
      .addColumn('theme_id', 'text', (c) => c.notNull().references('theme.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('session_theme_pk', ['session_id', 'theme_id'])
      .execute();
    await db.schema
      .createTable('session_sdg')
      .addColumn('session_id', 'text', (c) => c.notNull().references('session.id').onDelete('cascade'))
      .addColumn('sdg', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('session_sdg_pk', ['session_id', 'sdg'])
      .execute();
    await db.schema
      .createTable('session_organisation')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('session.id').onDelete('cascade'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisation.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('session_document')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('session.id').onDelete('cascade'))
      .addColumn('title', types.json, (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('session_person_role')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('session.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addUniqueConstraint('session_person_role_unique', ['session_id', 'person_id', 'role'])
      .execute();
    await db.schema.createIndex('session_person_role_person_index').on('session_person_role').column('person_id').execute();
    await db.schema
      .createTable('presentation')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('session.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) => c.references('person.id'))
      .addColumn('initiative_id', 'text')
      .addColumn('title', types.json, (c) => c.notNull())
      .addColumn('description', types.json)
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
  },
};
