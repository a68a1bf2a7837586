import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import * as catalogVocabulary from './data/catalogVocabulary'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await catalogVocabulary.beforeSchemaUp({ db })
  await db.run(sql`CREATE TABLE \`voiceovers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`accents_id\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`voiceovers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accents_id\`) REFERENCES \`accents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`voiceovers_rels_order_idx\` ON \`voiceovers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rels_parent_idx\` ON \`voiceovers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rels_path_idx\` ON \`voiceovers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rels_accents_id_idx\` ON \`voiceovers_rels\` (\`accents_id\`);`)
  await db.run(sql`CREATE TABLE \`languages\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name_en\` text NOT NULL,
  	\`name_nl\` text NOT NULL,
  	\`active\` integer DEFAULT true NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`languages_active_idx\` ON \`languages\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`languages_updated_at_idx\` ON \`languages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`languages_created_at_idx\` ON \`languages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`accents\` (
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name_en\` text NOT NULL,
  	\`name_nl\` text NOT NULL,
  	\`language_id\` text,
  	\`active\` integer DEFAULT true NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`language_id\`) REFERENCES \`languages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`accents_language_idx\` ON \`accents\` (\`language_id\`);`)
  await db.run(sql`CREATE INDEX \`accents_active_idx\` ON \`accents\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`accents_updated_at_idx\` ON \`accents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accents_created_at_idx\` ON \`accents\` (\`created_at\`);`)
  await db.run(sql`DROP TABLE \`voiceovers_texts\`;`)
  await db.run(sql`ALTER TABLE \`voiceovers_languages\` ADD \`language_id\` text NOT NULL REFERENCES languages(id);`)
  await db.run(sql`CREATE INDEX \`voiceovers_languages_language_idx\` ON \`voiceovers_languages\` (\`language_id\`);`)
  await db.run(sql`ALTER TABLE \`voiceovers_languages\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`voiceovers\` ADD \`catalog_rank\` numeric DEFAULT 100;`)
  await db.run(sql`ALTER TABLE \`voiceovers\` ADD \`from_rate_cents\` numeric;`)
  await db.run(sql`CREATE INDEX \`voiceovers_rates_rates_commercial_idx\` ON \`voiceovers\` (\`rates_commercial\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rates_rates_narration_idx\` ON \`voiceovers\` (\`rates_narration\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rates_rates_e_learning_idx\` ON \`voiceovers\` (\`rates_e_learning\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rates_rates_corporate_idx\` ON \`voiceovers\` (\`rates_corporate\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rates_rates_ivr_idx\` ON \`voiceovers\` (\`rates_ivr\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rates_rates_animation_idx\` ON \`voiceovers\` (\`rates_animation\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rates_rates_audiobook_idx\` ON \`voiceovers\` (\`rates_audiobook\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rates_rates_documentary_idx\` ON \`voiceovers\` (\`rates_documentary\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_rush_available_idx\` ON \`voiceovers\` (\`rush_available\`);`)
  await db.run(sql`CREATE INDEX \`catalogRank_name_idx\` ON \`voiceovers\` (\`catalog_rank\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`fromRateCents_name_idx\` ON \`voiceovers\` (\`from_rate_cents\`,\`name\`);`)
  await db.run(sql`CREATE INDEX \`turnaroundDays_name_idx\` ON \`voiceovers\` (\`turnaround_days\`,\`name\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`languages_id\` text REFERENCES languages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`accents_id\` text REFERENCES accents(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_languages_id_idx\` ON \`payload_locked_documents_rels\` (\`languages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accents_id_idx\` ON \`payload_locked_documents_rels\` (\`accents_id\`);`)
  await catalogVocabulary.up({ db, payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await catalogVocabulary.beforeSchemaDown({ db })
  await db.run(sql`CREATE TABLE \`voiceovers_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`voiceovers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`voiceovers_texts_order_parent\` ON \`voiceovers_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`DROP TABLE \`voiceovers_rels\`;`)
  await db.run(sql`DROP TABLE \`languages\`;`)
  await db.run(sql`DROP TABLE \`accents\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_voiceovers_languages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text NOT NULL,
  	\`native\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`voiceovers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_voiceovers_languages\`("_order", "_parent_id", "id", "language", "native") SELECT "_order", "_parent_id", "id", "language", "native" FROM \`voiceovers_languages\`;`)
  await db.run(sql`DROP TABLE \`voiceovers_languages\`;`)
  await db.run(sql`ALTER TABLE \`__new_voiceovers_languages\` RENAME TO \`voiceovers_languages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`voiceovers_languages_order_idx\` ON \`voiceovers_languages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`voiceovers_languages_parent_id_idx\` ON \`voiceovers_languages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`avatars_id\` integer,
  	\`media_id\` integer,
  	\`voiceovers_id\` integer,
  	\`bookings_id\` integer,
  	\`scripts_id\` integer,
  	\`deliverables_id\` integer,
  	\`messages_id\` integer,
  	\`invoices_id\` integer,
  	\`audit_events_id\` integer,
  	\`email_deliveries_id\` integer,
  	\`message_digests_id\` integer,
  	\`counters_id\` integer,
  	\`legal_pages_id\` integer,
  	\`booking_reads_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`avatars_id\`) REFERENCES \`avatars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`voiceovers_id\`) REFERENCES \`voiceovers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookings_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scripts_id\`) REFERENCES \`scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliverables_id\`) REFERENCES \`deliverables\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`messages_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invoices_id\`) REFERENCES \`invoices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_deliveries_id\`) REFERENCES \`email_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`message_digests_id\`) REFERENCES \`message_digests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_pages_id\`) REFERENCES \`legal_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`booking_reads_id\`) REFERENCES \`booking_reads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "avatars_id", "media_id", "voiceovers_id", "bookings_id", "scripts_id", "deliverables_id", "messages_id", "invoices_id", "audit_events_id", "email_deliveries_id", "message_digests_id", "counters_id", "legal_pages_id", "booking_reads_id") SELECT "id", "order", "parent_id", "path", "users_id", "avatars_id", "media_id", "voiceovers_id", "bookings_id", "scripts_id", "deliverables_id", "messages_id", "invoices_id", "audit_events_id", "email_deliveries_id", "message_digests_id", "counters_id", "legal_pages_id", "booking_reads_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_avatars_id_idx\` ON \`payload_locked_documents_rels\` (\`avatars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_voiceovers_id_idx\` ON \`payload_locked_documents_rels\` (\`voiceovers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scripts_id_idx\` ON \`payload_locked_documents_rels\` (\`scripts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliverables_id_idx\` ON \`payload_locked_documents_rels\` (\`deliverables_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invoices_id_idx\` ON \`payload_locked_documents_rels\` (\`invoices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`email_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_message_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`message_digests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_reads_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_reads_id\`);`)
  await db.run(sql`DROP INDEX \`voiceovers_rates_rates_commercial_idx\`;`)
  await db.run(sql`DROP INDEX \`voiceovers_rates_rates_narration_idx\`;`)
  await db.run(sql`DROP INDEX \`voiceovers_rates_rates_e_learning_idx\`;`)
  await db.run(sql`DROP INDEX \`voiceovers_rates_rates_corporate_idx\`;`)
  await db.run(sql`DROP INDEX \`voiceovers_rates_rates_ivr_idx\`;`)
  await db.run(sql`DROP INDEX \`voiceovers_rates_rates_animation_idx\`;`)
  await db.run(sql`DROP INDEX \`voiceovers_rates_rates_audiobook_idx\`;`)
  await db.run(sql`DROP INDEX \`voiceovers_rates_rates_documentary_idx\`;`)
  await db.run(sql`DROP INDEX \`voiceovers_rush_available_idx\`;`)
  await db.run(sql`DROP INDEX \`catalogRank_name_idx\`;`)
  await db.run(sql`DROP INDEX \`fromRateCents_name_idx\`;`)
  await db.run(sql`DROP INDEX \`turnaroundDays_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`voiceovers\` DROP COLUMN \`catalog_rank\`;`)
  await db.run(sql`ALTER TABLE \`voiceovers\` DROP COLUMN \`from_rate_cents\`;`)
  await catalogVocabulary.down({ db })
}
