import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`booking_id\` integer NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`author_role\` text,
  	\`customer_id\` integer,
  	\`artist_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`customer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`artist_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_booking_idx\` ON \`messages\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_author_idx\` ON \`messages\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_customer_idx\` ON \`messages\` (\`customer_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_artist_idx\` ON \`messages\` (\`artist_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_updated_at_idx\` ON \`messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_created_at_idx\` ON \`messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`message_digests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`booking_id\` integer NOT NULL,
  	\`recipient_role\` text NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`message_digests_key_idx\` ON \`message_digests\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`message_digests_booking_idx\` ON \`message_digests\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`message_digests_recipient_role_idx\` ON \`message_digests\` (\`recipient_role\`);`)
  await db.run(sql`CREATE INDEX \`message_digests_updated_at_idx\` ON \`message_digests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`message_digests_created_at_idx\` ON \`message_digests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`message_digests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`messages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`message_digests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`messages_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`message_digests_rels_order_idx\` ON \`message_digests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`message_digests_rels_parent_idx\` ON \`message_digests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`message_digests_rels_path_idx\` ON \`message_digests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`message_digests_rels_messages_id_idx\` ON \`message_digests_rels\` (\`messages_id\`);`)
  await db.run(sql`CREATE TABLE \`booking_reads\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer,
  	\`booking_id\` integer,
  	\`seen_event_id\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`booking_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`booking_reads_user_idx\` ON \`booking_reads\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_reads_booking_idx\` ON \`booking_reads\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`booking_reads_updated_at_idx\` ON \`booking_reads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`booking_reads_created_at_idx\` ON \`booking_reads\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`user_booking_idx\` ON \`booking_reads\` (\`user_id\`,\`booking_id\`);`)
  await db.run(sql`DROP INDEX \`booking_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`invoices\` ADD \`correction\` numeric DEFAULT 0 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`invoices\` ADD \`replaces_id\` integer REFERENCES invoices(id);`)
  await db.run(sql`CREATE INDEX \`invoices_replaces_idx\` ON \`invoices\` (\`replaces_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`booking_kind_correction_idx\` ON \`invoices\` (\`booking_id\`,\`kind\`,\`correction\`);`)
  await db.run(sql`DROP INDEX \`scripts_booking_idx\`;`)
  await db.run(sql`ALTER TABLE \`scripts\` ADD \`version\` numeric;`)
  // Hand-added: scripts from before replacements were possible, one per booking, are version 1.
  await db.run(sql`UPDATE \`scripts\` SET \`version\` = 1 WHERE \`version\` IS NULL;`)
  await db.run(sql`ALTER TABLE \`scripts\` ADD \`superseded_at\` text;`)
  await db.run(sql`CREATE INDEX \`scripts_superseded_at_idx\` ON \`scripts\` (\`superseded_at\`);`)
  await db.run(sql`CREATE INDEX \`scripts_booking_idx\` ON \`scripts\` (\`booking_id\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_customer_type\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_company\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_name\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_address\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_country\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_vat_id\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_email\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_reference_idx\` ON \`bookings\` (\`reference\`);`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`revision_fee_cents\` numeric;`)
  await db.run(sql`ALTER TABLE \`audit_events\` ADD \`caused_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`audit_events_caused_by_idx\` ON \`audit_events\` (\`caused_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`messages_id\` integer REFERENCES messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`message_digests_id\` integer REFERENCES message_digests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`booking_reads_id\` integer REFERENCES booking_reads(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_message_digests_id_idx\` ON \`payload_locked_documents_rels\` (\`message_digests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_reads_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_reads_id\`);`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`revision_fee_cents\` numeric DEFAULT 7500 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`revision_turnaround_days\` numeric DEFAULT 2 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`pricing\` ADD \`artist_share_percent\` numeric DEFAULT 60 NOT NULL;`)
  // Hand-added: the revision fee moves from the Company global to the Pricing global with its value.
  await db.run(
    sql`UPDATE \`pricing\` SET \`revision_fee_cents\` = (SELECT \`revision_fee_cents\` FROM \`company\` LIMIT 1) WHERE EXISTS (SELECT 1 FROM \`company\` WHERE \`revision_fee_cents\` IS NOT NULL);`,
  )
  await db.run(sql`ALTER TABLE \`company\` DROP COLUMN \`revision_fee_cents\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`messages\`;`)
  await db.run(sql`DROP TABLE \`message_digests\`;`)
  await db.run(sql`DROP TABLE \`message_digests_rels\`;`)
  await db.run(sql`DROP TABLE \`booking_reads\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_invoices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`kind\` text DEFAULT 'invoice' NOT NULL,
  	\`booking_id\` integer NOT NULL,
  	\`customer_id\` integer NOT NULL,
  	\`credit_for_id\` integer,
  	\`issue_date\` text NOT NULL,
  	\`due_date\` text NOT NULL,
  	\`seller_name\` text NOT NULL,
  	\`seller_address\` text,
  	\`seller_country\` text,
  	\`seller_vat_id\` text,
  	\`seller_email\` text,
  	\`seller_kvk\` text,
  	\`seller_iban\` text,
  	\`buyer_name\` text NOT NULL,
  	\`buyer_address\` text,
  	\`buyer_country\` text,
  	\`buyer_vat_id\` text,
  	\`buyer_email\` text,
  	\`subtotal\` numeric NOT NULL,
  	\`vat_rate_percent\` numeric NOT NULL,
  	\`vat_amount\` numeric NOT NULL,
  	\`total\` numeric NOT NULL,
  	\`vat_treatment\` text NOT NULL,
  	\`vat_note\` text,
  	\`language\` text,
  	\`prefix\` text DEFAULT '',
  	\`_objectkey\` text,
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
  	FOREIGN KEY (\`credit_for_id\`) REFERENCES \`invoices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_invoices\`("id", "number", "kind", "booking_id", "customer_id", "credit_for_id", "issue_date", "due_date", "seller_name", "seller_address", "seller_country", "seller_vat_id", "seller_email", "seller_kvk", "seller_iban", "buyer_name", "buyer_address", "buyer_country", "buyer_vat_id", "buyer_email", "subtotal", "vat_rate_percent", "vat_amount", "total", "vat_treatment", "vat_note", "language", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "number", "kind", "booking_id", "customer_id", "credit_for_id", "issue_date", "due_date", "seller_name", "seller_address", "seller_country", "seller_vat_id", "seller_email", "seller_kvk", "seller_iban", "buyer_name", "buyer_address", "buyer_country", "buyer_vat_id", "buyer_email", "subtotal", "vat_rate_percent", "vat_amount", "total", "vat_treatment", "vat_note", "language", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`invoices\`;`)
  await db.run(sql`DROP TABLE \`invoices\`;`)
  await db.run(sql`ALTER TABLE \`__new_invoices\` RENAME TO \`invoices\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`invoices_number_idx\` ON \`invoices\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`invoices_booking_idx\` ON \`invoices\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_customer_idx\` ON \`invoices\` (\`customer_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_credit_for_idx\` ON \`invoices\` (\`credit_for_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_issue_date_idx\` ON \`invoices\` (\`issue_date\`);`)
  await db.run(sql`CREATE INDEX \`invoices_updated_at_idx\` ON \`invoices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`invoices_created_at_idx\` ON \`invoices\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`invoices_filename_idx\` ON \`invoices\` (\`filename\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`booking_kind_idx\` ON \`invoices\` (\`booking_id\`,\`kind\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`booking_id\` integer,
  	\`actor_type\` text DEFAULT 'user' NOT NULL,
  	\`actor_id\` integer,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`details\` text,
  	\`ip\` text,
  	\`once_key\` text,
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
  await db.run(sql`INSERT INTO \`__new_audit_events\`("id", "action", "booking_id", "actor_type", "actor_id", "from_status", "to_status", "details", "ip", "once_key", "customer_id", "artist_id", "updated_at", "created_at") SELECT "id", "action", "booking_id", "actor_type", "actor_id", "from_status", "to_status", "details", "ip", "once_key", "customer_id", "artist_id", "updated_at", "created_at" FROM \`audit_events\`;`)
  await db.run(sql`DROP TABLE \`audit_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_events\` RENAME TO \`audit_events\`;`)
  await db.run(sql`CREATE INDEX \`audit_events_action_idx\` ON \`audit_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_booking_idx\` ON \`audit_events\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_actor_idx\` ON \`audit_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`audit_events_once_key_idx\` ON \`audit_events\` (\`once_key\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_customer_idx\` ON \`audit_events\` (\`customer_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_artist_idx\` ON \`audit_events\` (\`artist_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_updated_at_idx\` ON \`audit_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_created_at_idx\` ON \`audit_events\` (\`created_at\`);`)
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
  	\`invoices_id\` integer,
  	\`audit_events_id\` integer,
  	\`email_deliveries_id\` integer,
  	\`counters_id\` integer,
  	\`legal_pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`avatars_id\`) REFERENCES \`avatars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`voiceovers_id\`) REFERENCES \`voiceovers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bookings_id\`) REFERENCES \`bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scripts_id\`) REFERENCES \`scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliverables_id\`) REFERENCES \`deliverables\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invoices_id\`) REFERENCES \`invoices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_deliveries_id\`) REFERENCES \`email_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_pages_id\`) REFERENCES \`legal_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "avatars_id", "media_id", "voiceovers_id", "bookings_id", "scripts_id", "deliverables_id", "invoices_id", "audit_events_id", "email_deliveries_id", "counters_id", "legal_pages_id") SELECT "id", "order", "parent_id", "path", "users_id", "avatars_id", "media_id", "voiceovers_id", "bookings_id", "scripts_id", "deliverables_id", "invoices_id", "audit_events_id", "email_deliveries_id", "counters_id", "legal_pages_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invoices_id_idx\` ON \`payload_locked_documents_rels\` (\`invoices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`email_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_pages_id\`);`)
  await db.run(sql`DROP INDEX \`bookings_reference_idx\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`reference\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_customer_type\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_company\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_name\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_address\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_country\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_vat_id\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_email\`;`)
  await db.run(sql`DROP INDEX \`scripts_superseded_at_idx\`;`)
  await db.run(sql`DROP INDEX \`scripts_booking_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`scripts_booking_idx\` ON \`scripts\` (\`booking_id\`);`)
  await db.run(sql`ALTER TABLE \`scripts\` DROP COLUMN \`version\`;`)
  await db.run(sql`ALTER TABLE \`scripts\` DROP COLUMN \`superseded_at\`;`)
  await db.run(sql`ALTER TABLE \`company\` ADD \`revision_fee_cents\` numeric DEFAULT 7500 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`deliverables\` DROP COLUMN \`revision_fee_cents\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`revision_fee_cents\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`revision_turnaround_days\`;`)
  await db.run(sql`ALTER TABLE \`pricing\` DROP COLUMN \`artist_share_percent\`;`)
}
