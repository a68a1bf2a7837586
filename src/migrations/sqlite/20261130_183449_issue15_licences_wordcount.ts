import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`licences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`booking_id\` integer NOT NULL,
  	\`customer_id\` integer,
  	\`artist_id\` integer,
  	\`voiceover_id\` integer,
  	\`media\` text,
  	\`region\` text,
  	\`term\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`usage_fee_cents\` numeric,
  	\`terms_version\` text,
  	\`terms_language\` text,
  	\`terms_accepted_at\` text,
  	\`terms_ai_voice_cloning\` text DEFAULT 'prohibited' NOT NULL,
  	\`renews_id\` integer,
  	\`renewed_by_id\` integer,
  	\`reminders_days30\` text,
  	\`reminders_days7\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`customer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`artist_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`voiceover_id\`) REFERENCES \`voiceovers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`renews_id\`) REFERENCES \`licences\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`renewed_by_id\`) REFERENCES \`licences\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`licences_booking_idx\` ON \`licences\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`licences_customer_idx\` ON \`licences\` (\`customer_id\`);`)
  await db.run(sql`CREATE INDEX \`licences_artist_idx\` ON \`licences\` (\`artist_id\`);`)
  await db.run(sql`CREATE INDEX \`licences_voiceover_idx\` ON \`licences\` (\`voiceover_id\`);`)
  await db.run(sql`CREATE INDEX \`licences_ends_at_idx\` ON \`licences\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`licences_status_idx\` ON \`licences\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`licences_renews_idx\` ON \`licences\` (\`renews_id\`);`)
  await db.run(sql`CREATE INDEX \`licences_renewed_by_idx\` ON \`licences\` (\`renewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`licences_updated_at_idx\` ON \`licences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`licences_created_at_idx\` ON \`licences\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_endsAt_idx\` ON \`licences\` (\`status\`,\`ends_at\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`kind\` text DEFAULT 'recording';`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`renewal_of_id\` integer REFERENCES licences(id);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`target_seconds\` numeric;`)
  await db.run(sql`CREATE INDEX \`bookings_renewal_of_idx\` ON \`bookings\` (\`renewal_of_id\`);`)
  await db.run(sql`ALTER TABLE \`scripts\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`scripts\` ADD \`word_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`scripts\` ADD \`estimated_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`licences_id\` integer REFERENCES licences(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_licences_id_idx\` ON \`payload_locked_documents_rels\` (\`licences_id\`);`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`renewal_percent\` numeric DEFAULT 100 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`speaking_rates_commercial\` numeric DEFAULT 160 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`speaking_rates_narration\` numeric DEFAULT 150 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`speaking_rates_e_learning\` numeric DEFAULT 140 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`speaking_rates_corporate\` numeric DEFAULT 150 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`speaking_rates_ivr\` numeric DEFAULT 140 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`speaking_rates_animation\` numeric DEFAULT 160 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`speaking_rates_audiobook\` numeric DEFAULT 150 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`speaking_rates_documentary\` numeric DEFAULT 140 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`licences\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_bookings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`project_title\` text NOT NULL,
  	\`voiceover_id\` integer NOT NULL,
  	\`project_type\` text NOT NULL,
  	\`status\` text DEFAULT 'pending_script' NOT NULL,
  	\`direction_notes\` text,
  	\`usage_media\` text DEFAULT 'online',
  	\`usage_region\` text DEFAULT 'national',
  	\`usage_term\` text DEFAULT '12_months',
  	\`word_count\` numeric,
  	\`rush_order\` integer DEFAULT false,
  	\`deadline\` text,
  	\`quoted_price\` numeric,
  	\`final_price\` numeric,
  	\`quote_breakdown\` text,
  	\`cancellation_reason\` text,
  	\`customer_id\` integer,
  	\`artist_id\` integer,
  	\`delivery_count\` numeric DEFAULT 0,
  	\`revision_rounds\` numeric DEFAULT 0,
  	\`billable_revisions\` numeric DEFAULT 0,
  	\`status_changed_at\` text,
  	\`terms_acceptance_version\` text,
  	\`terms_acceptance_language\` text,
  	\`terms_acceptance_accepted_at\` text,
  	\`billing_snapshot_customer_type\` text,
  	\`billing_snapshot_company\` text,
  	\`billing_snapshot_name\` text,
  	\`billing_snapshot_address\` text,
  	\`billing_snapshot_country\` text,
  	\`billing_snapshot_vat_id\` text,
  	\`billing_snapshot_email\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`voiceover_id\`) REFERENCES \`voiceovers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`customer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`artist_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_bookings\`("id", "reference", "project_title", "voiceover_id", "project_type", "status", "direction_notes", "usage_media", "usage_region", "usage_term", "word_count", "rush_order", "deadline", "quoted_price", "final_price", "quote_breakdown", "cancellation_reason", "customer_id", "artist_id", "delivery_count", "revision_rounds", "billable_revisions", "status_changed_at", "terms_acceptance_version", "terms_acceptance_language", "terms_acceptance_accepted_at", "billing_snapshot_customer_type", "billing_snapshot_company", "billing_snapshot_name", "billing_snapshot_address", "billing_snapshot_country", "billing_snapshot_vat_id", "billing_snapshot_email", "idempotency_key", "updated_at", "created_at") SELECT "id", "reference", "project_title", "voiceover_id", "project_type", "status", "direction_notes", "usage_media", "usage_region", "usage_term", "word_count", "rush_order", "deadline", "quoted_price", "final_price", "quote_breakdown", "cancellation_reason", "customer_id", "artist_id", "delivery_count", "revision_rounds", "billable_revisions", "status_changed_at", "terms_acceptance_version", "terms_acceptance_language", "terms_acceptance_accepted_at", "billing_snapshot_customer_type", "billing_snapshot_company", "billing_snapshot_name", "billing_snapshot_address", "billing_snapshot_country", "billing_snapshot_vat_id", "billing_snapshot_email", "idempotency_key", "updated_at", "created_at" FROM \`bookings\`;`)
  await db.run(sql`DROP TABLE \`bookings\`;`)
  await db.run(sql`ALTER TABLE \`__new_bookings\` RENAME TO \`bookings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_reference_idx\` ON \`bookings\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`bookings_voiceover_idx\` ON \`bookings\` (\`voiceover_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_idx\` ON \`bookings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`bookings_deadline_idx\` ON \`bookings\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`bookings_customer_idx\` ON \`bookings\` (\`customer_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_artist_idx\` ON \`bookings\` (\`artist_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_changed_at_idx\` ON \`bookings\` (\`status_changed_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_idempotency_key_idx\` ON \`bookings\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`bookings_updated_at_idx\` ON \`bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_at_idx\` ON \`bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`customer_createdAt_idx\` ON \`bookings\` (\`customer_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`artist_deadline_idx\` ON \`bookings\` (\`artist_id\`,\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`artist_statusChangedAt_idx\` ON \`bookings\` (\`artist_id\`,\`status_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`status_deadline_idx\` ON \`bookings\` (\`status\`,\`deadline\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`avatars_id\` integer,
  	\`media_id\` integer,
  	\`voiceovers_id\` integer,
  	\`languages_id\` text,
  	\`accents_id\` text,
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
  	FOREIGN KEY (\`languages_id\`) REFERENCES \`languages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accents_id\`) REFERENCES \`accents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "avatars_id", "media_id", "voiceovers_id", "languages_id", "accents_id", "bookings_id", "scripts_id", "deliverables_id", "messages_id", "invoices_id", "audit_events_id", "email_deliveries_id", "message_digests_id", "counters_id", "legal_pages_id", "booking_reads_id") SELECT "id", "order", "parent_id", "path", "users_id", "avatars_id", "media_id", "voiceovers_id", "languages_id", "accents_id", "bookings_id", "scripts_id", "deliverables_id", "messages_id", "invoices_id", "audit_events_id", "email_deliveries_id", "message_digests_id", "counters_id", "legal_pages_id", "booking_reads_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_avatars_id_idx\` ON \`payload_locked_documents_rels\` (\`avatars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_voiceovers_id_idx\` ON \`payload_locked_documents_rels\` (\`voiceovers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_languages_id_idx\` ON \`payload_locked_documents_rels\` (\`languages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accents_id_idx\` ON \`payload_locked_documents_rels\` (\`accents_id\`);`)
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
  await db.run(sql`ALTER TABLE \`scripts\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`scripts\` DROP COLUMN \`word_count\`;`)
  await db.run(sql`ALTER TABLE \`scripts\` DROP COLUMN \`estimated_seconds\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`renewal_percent\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`speaking_rates_commercial\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`speaking_rates_narration\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`speaking_rates_e_learning\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`speaking_rates_corporate\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`speaking_rates_ivr\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`speaking_rates_animation\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`speaking_rates_audiobook\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`speaking_rates_documentary\`;`)
}
