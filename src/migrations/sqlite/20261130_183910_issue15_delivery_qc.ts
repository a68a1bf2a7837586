import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import * as publishExistingDeliveries from './data/publishExistingDeliveries'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`deliverables_qc_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`values\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`deliverables\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`deliverables_qc_problems_order_idx\` ON \`deliverables_qc_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_qc_problems_parent_id_idx\` ON \`deliverables_qc_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pricing_delivery_specs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`project_type\` text NOT NULL,
  	\`format\` text,
  	\`sample_rate_hz\` numeric,
  	\`bit_depth\` numeric,
  	\`channels\` numeric,
  	\`loudness_lufs\` numeric,
  	\`loudness_tolerance_lu\` numeric,
  	\`true_peak_ceiling_dbtp\` numeric,
  	\`max_leading_silence_seconds\` numeric,
  	\`max_trailing_silence_seconds\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pricing\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pricing_delivery_specs_order_idx\` ON \`pricing_delivery_specs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pricing_delivery_specs_parent_id_idx\` ON \`pricing_delivery_specs\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`delivery_spec_format\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`delivery_spec_sample_rate_hz\` numeric;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`delivery_spec_bit_depth\` numeric;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`delivery_spec_channels\` numeric;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`delivery_spec_loudness_lufs\` numeric;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`delivery_spec_loudness_tolerance_lu\` numeric;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`delivery_spec_true_peak_ceiling_dbtp\` numeric;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`delivery_spec_max_leading_silence_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`delivery_spec_max_trailing_silence_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_status\` text;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_measured_at\` text;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_integrated_lufs\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_loudness_range_lu\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_true_peak_dbtp\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_clipped_samples\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_sample_rate_hz\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_bit_depth\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_channels\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_duration_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_leading_silence_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_trailing_silence_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_error\` text;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_released_at\` text;`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_released_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`deliverables\` ADD \`qc_release_note\` text;`)
  await db.run(sql`CREATE INDEX \`deliverables_qc_qc_status_idx\` ON \`deliverables\` (\`qc_status\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_qc_qc_published_at_idx\` ON \`deliverables\` (\`qc_published_at\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_qc_qc_released_by_idx\` ON \`deliverables\` (\`qc_released_by_id\`);`)
  // Hand-written: deliveries made before the technical check stay shown to their customer.
  await publishExistingDeliveries.up({ db })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`deliverables_qc_problems\`;`)
  await db.run(sql`DROP TABLE \`pricing_delivery_specs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_deliverables\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`booking_id\` integer NOT NULL,
  	\`original_filename\` text,
  	\`purged_at\` text,
  	\`version\` numeric,
  	\`audio_format\` text,
  	\`audio_codec\` text,
  	\`audio_duration_seconds\` numeric,
  	\`audio_sample_rate_hz\` numeric,
  	\`audio_bit_depth\` numeric,
  	\`audio_channels\` numeric,
  	\`notes\` text,
  	\`decision\` text,
  	\`decision_notes\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`auto_approved\` integer DEFAULT false,
  	\`billable_revision\` integer DEFAULT false,
  	\`revision_fee_cents\` numeric,
  	\`customer_id\` integer,
  	\`artist_id\` integer,
  	\`uploaded_by_id\` integer,
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
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`customer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`artist_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_deliverables\`("id", "booking_id", "original_filename", "purged_at", "version", "audio_format", "audio_codec", "audio_duration_seconds", "audio_sample_rate_hz", "audio_bit_depth", "audio_channels", "notes", "decision", "decision_notes", "decided_by_id", "decided_at", "auto_approved", "billable_revision", "revision_fee_cents", "customer_id", "artist_id", "uploaded_by_id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "booking_id", "original_filename", "purged_at", "version", "audio_format", "audio_codec", "audio_duration_seconds", "audio_sample_rate_hz", "audio_bit_depth", "audio_channels", "notes", "decision", "decision_notes", "decided_by_id", "decided_at", "auto_approved", "billable_revision", "revision_fee_cents", "customer_id", "artist_id", "uploaded_by_id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`deliverables\`;`)
  await db.run(sql`DROP TABLE \`deliverables\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliverables\` RENAME TO \`deliverables\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`deliverables_booking_idx\` ON \`deliverables\` (\`booking_id\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_purged_at_idx\` ON \`deliverables\` (\`purged_at\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_version_idx\` ON \`deliverables\` (\`version\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_decided_by_idx\` ON \`deliverables\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_customer_idx\` ON \`deliverables\` (\`customer_id\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_artist_idx\` ON \`deliverables\` (\`artist_id\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_uploaded_by_idx\` ON \`deliverables\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_updated_at_idx\` ON \`deliverables\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliverables_created_at_idx\` ON \`deliverables\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliverables_filename_idx\` ON \`deliverables\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`delivery_spec_format\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`delivery_spec_sample_rate_hz\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`delivery_spec_bit_depth\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`delivery_spec_channels\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`delivery_spec_loudness_lufs\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`delivery_spec_loudness_tolerance_lu\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`delivery_spec_true_peak_ceiling_dbtp\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`delivery_spec_max_leading_silence_seconds\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`delivery_spec_max_trailing_silence_seconds\`;`)
}
