import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`audit_events\` ADD \`caused_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`audit_events_caused_by_idx\` ON \`audit_events\` (\`caused_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`booking_reads_id\` integer REFERENCES booking_reads(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_booking_reads_id_idx\` ON \`payload_locked_documents_rels\` (\`booking_reads_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`booking_reads\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
