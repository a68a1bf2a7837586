import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deliverables_decision" AS ENUM('approved', 'revision_requested');
  CREATE TABLE "deliverables" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"booking_id" integer NOT NULL,
  	"version" numeric,
  	"notes" varchar,
  	"decision" "enum_deliverables_decision",
  	"decision_notes" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"auto_approved" boolean DEFAULT false,
  	"billable_revision" boolean DEFAULT false,
  	"customer_id" integer,
  	"artist_id" integer,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "company" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar DEFAULT '14voices B.V.' NOT NULL,
  	"address" varchar DEFAULT 'Herengracht 14
  1015 BN Amsterdam' NOT NULL,
  	"country" varchar DEFAULT 'NL' NOT NULL,
  	"vat_id" varchar DEFAULT 'NL859123456B01' NOT NULL,
  	"kvk" varchar DEFAULT '81234567',
  	"iban" varchar DEFAULT 'NL91ABNA0417164300',
  	"email" varchar DEFAULT 'billing@14voices.example',
  	"invoice_prefix" varchar DEFAULT '14V' NOT NULL,
  	"credit_note_prefix" varchar DEFAULT '14V-CN' NOT NULL,
  	"payment_term_days" numeric DEFAULT 14 NOT NULL,
  	"revision_fee_cents" numeric DEFAULT 7500 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "bookings" ADD COLUMN "delivery_count" numeric DEFAULT 0;
  ALTER TABLE "bookings" ADD COLUMN "revision_rounds" numeric DEFAULT 0;
  ALTER TABLE "bookings" ADD COLUMN "billable_revisions" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliverables_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "counters_id" integer;
  ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_artist_id_users_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "deliverables_booking_idx" ON "deliverables" USING btree ("booking_id");
  CREATE INDEX "deliverables_version_idx" ON "deliverables" USING btree ("version");
  CREATE INDEX "deliverables_decided_by_idx" ON "deliverables" USING btree ("decided_by_id");
  CREATE INDEX "deliverables_customer_idx" ON "deliverables" USING btree ("customer_id");
  CREATE INDEX "deliverables_artist_idx" ON "deliverables" USING btree ("artist_id");
  CREATE INDEX "deliverables_uploaded_by_idx" ON "deliverables" USING btree ("uploaded_by_id");
  CREATE INDEX "deliverables_updated_at_idx" ON "deliverables" USING btree ("updated_at");
  CREATE INDEX "deliverables_created_at_idx" ON "deliverables" USING btree ("created_at");
  CREATE UNIQUE INDEX "deliverables_filename_idx" ON "deliverables" USING btree ("filename");
  CREATE UNIQUE INDEX "counters_key_idx" ON "counters" USING btree ("key");
  CREATE INDEX "counters_updated_at_idx" ON "counters" USING btree ("updated_at");
  CREATE INDEX "counters_created_at_idx" ON "counters" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliverables_fk" FOREIGN KEY ("deliverables_id") REFERENCES "public"."deliverables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counters_fk" FOREIGN KEY ("counters_id") REFERENCES "public"."counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_deliverables_id_idx" ON "payload_locked_documents_rels" USING btree ("deliverables_id");
  CREATE INDEX "payload_locked_documents_rels_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliverables" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "company" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "deliverables" CASCADE;
  DROP TABLE "counters" CASCADE;
  DROP TABLE "company" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliverables_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_counters_fk";
  
  DROP INDEX "payload_locked_documents_rels_deliverables_id_idx";
  DROP INDEX "payload_locked_documents_rels_counters_id_idx";
  ALTER TABLE "bookings" DROP COLUMN "delivery_count";
  ALTER TABLE "bookings" DROP COLUMN "revision_rounds";
  ALTER TABLE "bookings" DROP COLUMN "billable_revisions";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliverables_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "counters_id";
  DROP TYPE "public"."enum_deliverables_decision";`)
}
