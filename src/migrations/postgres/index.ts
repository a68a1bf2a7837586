import * as migration_20261124_000606_initial from './20261124_000606_initial';
import * as migration_20261124_001756_bookings from './20261124_001756_bookings';
import * as migration_20261124_002622_deliverables from './20261124_002622_deliverables';
import * as migration_20261124_022850_storage_fields from './20261124_022850_storage_fields';
import * as migration_20261124_184001_invoices from './20261124_184001_invoices';
import * as migration_20261124_190032_notifications from './20261124_190032_notifications';
import * as migration_20261130_015353_dates_closure_days from './20261130_015353_dates_closure_days';
import * as migration_20261130_021510_original_filename from './20261130_021510_original_filename';
import * as migration_20261130_022132_audio_metadata from './20261130_022132_audio_metadata';
import * as migration_20261130_045718_quotas from './20261130_045718_quotas';
import * as migration_20261130_052833_audit_once_key from './20261130_052833_audit_once_key';
import * as migration_20261130_054417_gdpr from './20261130_054417_gdpr';
import * as migration_20261130_080311_email_languages from './20261130_080311_email_languages';
import * as migration_20261130_090912_settings from './20261130_090912_settings';
import * as migration_20261130_091330_legal_pages from './20261130_091330_legal_pages';
import * as migration_20261130_125240_journeys from './20261130_125240_journeys';
import * as migration_20261130_150918_catalog_vocabulary from './20261130_150918_catalog_vocabulary';
import * as migration_20261130_154924_scale_previews from './20261130_154924_scale_previews';
import * as migration_20261130_183455_issue15_licences_wordcount from './20261130_183455_issue15_licences_wordcount';
import * as migration_20261130_183918_issue15_delivery_qc from './20261130_183918_issue15_delivery_qc';
import * as migration_20261130_184731_issue15_review_comments from './20261130_184731_issue15_review_comments';
import * as migration_20261130_215626_issue15_licence_cancelled from './20261130_215626_issue15_licence_cancelled';

export const migrations = [
  {
    up: migration_20261124_000606_initial.up,
    down: migration_20261124_000606_initial.down,
    name: '20261124_000606_initial',
  },
  {
    up: migration_20261124_001756_bookings.up,
    down: migration_20261124_001756_bookings.down,
    name: '20261124_001756_bookings',
  },
  {
    up: migration_20261124_002622_deliverables.up,
    down: migration_20261124_002622_deliverables.down,
    name: '20261124_002622_deliverables',
  },
  {
    up: migration_20261124_022850_storage_fields.up,
    down: migration_20261124_022850_storage_fields.down,
    name: '20261124_022850_storage_fields',
  },
  {
    up: migration_20261124_184001_invoices.up,
    down: migration_20261124_184001_invoices.down,
    name: '20261124_184001_invoices',
  },
  {
    up: migration_20261124_190032_notifications.up,
    down: migration_20261124_190032_notifications.down,
    name: '20261124_190032_notifications',
  },
  {
    up: migration_20261130_015353_dates_closure_days.up,
    down: migration_20261130_015353_dates_closure_days.down,
    name: '20261130_015353_dates_closure_days',
  },
  {
    up: migration_20261130_021510_original_filename.up,
    down: migration_20261130_021510_original_filename.down,
    name: '20261130_021510_original_filename',
  },
  {
    up: migration_20261130_022132_audio_metadata.up,
    down: migration_20261130_022132_audio_metadata.down,
    name: '20261130_022132_audio_metadata',
  },
  {
    up: migration_20261130_045718_quotas.up,
    down: migration_20261130_045718_quotas.down,
    name: '20261130_045718_quotas',
  },
  {
    up: migration_20261130_052833_audit_once_key.up,
    down: migration_20261130_052833_audit_once_key.down,
    name: '20261130_052833_audit_once_key',
  },
  {
    up: migration_20261130_054417_gdpr.up,
    down: migration_20261130_054417_gdpr.down,
    name: '20261130_054417_gdpr',
  },
  {
    up: migration_20261130_080311_email_languages.up,
    down: migration_20261130_080311_email_languages.down,
    name: '20261130_080311_email_languages',
  },
  {
    up: migration_20261130_090912_settings.up,
    down: migration_20261130_090912_settings.down,
    name: '20261130_090912_settings',
  },
  {
    up: migration_20261130_091330_legal_pages.up,
    down: migration_20261130_091330_legal_pages.down,
    name: '20261130_091330_legal_pages',
  },
  {
    up: migration_20261130_125240_journeys.up,
    down: migration_20261130_125240_journeys.down,
    name: '20261130_125240_journeys',
  },
  {
    up: migration_20261130_150918_catalog_vocabulary.up,
    down: migration_20261130_150918_catalog_vocabulary.down,
    name: '20261130_150918_catalog_vocabulary',
  },
  {
    up: migration_20261130_154924_scale_previews.up,
    down: migration_20261130_154924_scale_previews.down,
    name: '20261130_154924_scale_previews',
  },
  {
    up: migration_20261130_183455_issue15_licences_wordcount.up,
    down: migration_20261130_183455_issue15_licences_wordcount.down,
    name: '20261130_183455_issue15_licences_wordcount',
  },
  {
    up: migration_20261130_183918_issue15_delivery_qc.up,
    down: migration_20261130_183918_issue15_delivery_qc.down,
    name: '20261130_183918_issue15_delivery_qc',
  },
  {
    up: migration_20261130_184731_issue15_review_comments.up,
    down: migration_20261130_184731_issue15_review_comments.down,
    name: '20261130_184731_issue15_review_comments',
  },
  {
    up: migration_20261130_215626_issue15_licence_cancelled.up,
    down: migration_20261130_215626_issue15_licence_cancelled.down,
    name: '20261130_215626_issue15_licence_cancelled'
  },
];
