import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`booking_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`invoices\` ADD \`correction\` numeric DEFAULT 0 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`invoices\` ADD \`replaces_id\` integer REFERENCES invoices(id);`)
  await db.run(sql`CREATE INDEX \`invoices_replaces_idx\` ON \`invoices\` (\`replaces_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`booking_kind_correction_idx\` ON \`invoices\` (\`booking_id\`,\`kind\`,\`correction\`);`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_customer_type\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_company\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_name\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_address\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_country\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_vat_id\` text;`)
  await db.run(sql`ALTER TABLE \`bookings\` ADD \`billing_snapshot_email\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_customer_type\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_company\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_name\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_address\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_country\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_vat_id\`;`)
  await db.run(sql`ALTER TABLE \`bookings\` DROP COLUMN \`billing_snapshot_email\`;`)
}
