import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`bookings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`status_changed_at\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`voiceover_id\`) REFERENCES \`voiceovers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`customer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`artist_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bookings_voiceover_idx\` ON \`bookings\` (\`voiceover_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_idx\` ON \`bookings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`bookings_deadline_idx\` ON \`bookings\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`bookings_customer_idx\` ON \`bookings\` (\`customer_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_artist_idx\` ON \`bookings\` (\`artist_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_idempotency_key_idx\` ON \`bookings\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`bookings_updated_at_idx\` ON \`bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_at_idx\` ON \`bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`scripts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`booking_id\` integer NOT NULL,
  	\`customer_id\` integer,
  	\`artist_id\` integer,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`customer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`artist_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`scripts_booking_idx\` ON \`scripts\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`scripts_customer_idx\` ON \`scripts\` (\`customer_id\`);`)
  await db.run(sql`CREATE INDEX \`scripts_artist_idx\` ON \`scripts\` (\`artist_id\`);`)
  await db.run(sql`CREATE INDEX \`scripts_uploaded_by_idx\` ON \`scripts\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`scripts_updated_at_idx\` ON \`scripts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scripts_created_at_idx\` ON \`scripts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`scripts_filename_idx\` ON \`scripts\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`audit_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`booking_id\` integer,
  	\`actor_type\` text DEFAULT 'user' NOT NULL,
  	\`actor_id\` integer,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`details\` text,
  	\`ip\` text,
  	\`customer_id\` integer,
  	\`artist_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`customer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`artist_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_events_action_idx\` ON \`audit_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_booking_idx\` ON \`audit_events\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_actor_idx\` ON \`audit_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_customer_idx\` ON \`audit_events\` (\`customer_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_artist_idx\` ON \`audit_events\` (\`artist_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_updated_at_idx\` ON \`audit_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_created_at_idx\` ON \`audit_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`pricing\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`included_words\` numeric DEFAULT 250 NOT NULL,
  	\`extra_words_per100_cents\` numeric DEFAULT 2500 NOT NULL,
  	\`rush_surcharge_percent\` numeric DEFAULT 50 NOT NULL,
  	\`usage_media_online\` numeric DEFAULT 50 NOT NULL,
  	\`usage_media_radio\` numeric DEFAULT 75 NOT NULL,
  	\`usage_media_tv\` numeric DEFAULT 150 NOT NULL,
  	\`usage_media_cinema\` numeric DEFAULT 200 NOT NULL,
  	\`usage_media_internal\` numeric DEFAULT 0 NOT NULL,
  	\`usage_region_local\` numeric DEFAULT 50 NOT NULL,
  	\`usage_region_regional\` numeric DEFAULT 75 NOT NULL,
  	\`usage_region_national\` numeric DEFAULT 100 NOT NULL,
  	\`usage_region_worldwide\` numeric DEFAULT 200 NOT NULL,
  	\`usage_term_months3\` numeric DEFAULT 50 NOT NULL,
  	\`usage_term_months6\` numeric DEFAULT 75 NOT NULL,
  	\`usage_term_months12\` numeric DEFAULT 100 NOT NULL,
  	\`usage_term_perpetual\` numeric DEFAULT 250 NOT NULL,
  	\`free_revision_rounds\` numeric DEFAULT 2 NOT NULL,
  	\`auto_approve_days\` numeric DEFAULT 7 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bookings_id\` integer REFERENCES bookings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`scripts_id\` integer REFERENCES scripts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_events_id\` integer REFERENCES audit_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scripts_id_idx\` ON \`payload_locked_documents_rels\` (\`scripts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`bookings\`;`)
  await db.run(sql`DROP TABLE \`scripts\`;`)
  await db.run(sql`DROP TABLE \`audit_events\`;`)
  await db.run(sql`DROP TABLE \`pricing\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`voiceovers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`voiceovers_id\`) REFERENCES \`voiceovers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "voiceovers_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "voiceovers_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_voiceovers_id_idx\` ON \`payload_locked_documents_rels\` (\`voiceovers_id\`);`)
}
