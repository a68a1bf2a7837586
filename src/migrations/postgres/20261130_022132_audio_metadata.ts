import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_audio_format" AS ENUM('WAV', 'RF64', 'AIFF', 'FLAC', 'MP3', 'AAC', 'ALAC', 'Vorbis', 'Opus');
  CREATE TYPE "public"."enum_deliverables_audio_format" AS ENUM('WAV', 'RF64', 'AIFF', 'FLAC', 'MP3', 'AAC', 'ALAC', 'Vorbis', 'Opus');
  ALTER TABLE "media" ADD COLUMN "audio_format" "enum_media_audio_format";
  ALTER TABLE "media" ADD COLUMN "audio_codec" varchar;
  ALTER TABLE "media" ADD COLUMN "audio_duration_seconds" numeric;
  ALTER TABLE "media" ADD COLUMN "audio_sample_rate_hz" numeric;
  ALTER TABLE "media" ADD COLUMN "audio_bit_depth" numeric;
  ALTER TABLE "media" ADD COLUMN "audio_channels" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "audio_format" "enum_deliverables_audio_format";
  ALTER TABLE "deliverables" ADD COLUMN "audio_codec" varchar;
  ALTER TABLE "deliverables" ADD COLUMN "audio_duration_seconds" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "audio_sample_rate_hz" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "audio_bit_depth" numeric;
  ALTER TABLE "deliverables" ADD COLUMN "audio_channels" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "audio_format";
  ALTER TABLE "media" DROP COLUMN "audio_codec";
  ALTER TABLE "media" DROP COLUMN "audio_duration_seconds";
  ALTER TABLE "media" DROP COLUMN "audio_sample_rate_hz";
  ALTER TABLE "media" DROP COLUMN "audio_bit_depth";
  ALTER TABLE "media" DROP COLUMN "audio_channels";
  ALTER TABLE "deliverables" DROP COLUMN "audio_format";
  ALTER TABLE "deliverables" DROP COLUMN "audio_codec";
  ALTER TABLE "deliverables" DROP COLUMN "audio_duration_seconds";
  ALTER TABLE "deliverables" DROP COLUMN "audio_sample_rate_hz";
  ALTER TABLE "deliverables" DROP COLUMN "audio_bit_depth";
  ALTER TABLE "deliverables" DROP COLUMN "audio_channels";
  DROP TYPE "public"."enum_media_audio_format";
  DROP TYPE "public"."enum_deliverables_audio_format";`)
}
