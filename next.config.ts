import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // No ETag on pages: Next hashes the whole HTML of every answer to make one (FNV-1a over ~125 KB
  // per catalog page), which measured as most of the CPU a cached page costs. Cached pages carry
  // Cache-Control for CDNs instead; API routes set their own ETags where they need them.
  generateEtags: false,
  // pdfkit reads its font metrics from its own package directory at run time, and invoices read
  // their Noto font files from these font packages' directories: keep them all unbundled (fontkit
  // too, so invoices and pdfkit share one copy).
  // @ffmpeg-installer finds its binary beside its own package at run time, so it stays unbundled.
  serverExternalPackages: [
    'pdfkit',
    'fontkit',
    '@embedpdf/fonts-latin',
    '@embedpdf/fonts-sc',
    '@ffmpeg-installer/ffmpeg',
    // Script text extraction: pdf-parse loads pdf.js (and its worker) at run time; mammoth reads
    // DOCX with Node streams. Both run only on the server, as they are.
    'pdf-parse',
    'mammoth',
  ],
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }, { pathname: '/media/**' }],
  },
  turbopack: { root: path.resolve(dirname) },
  // Chooses at server start between Redis (REDIS_URL: one cache for every instance) and Next's own
  // file-system cache; see src/cache/nextCacheHandler.mjs.
  cacheHandler: path.resolve(dirname, 'src/cache/nextCacheHandler.mjs'),
  experimental: {
    // Without Redis, cached pages and data live in each server's memory only: an entry written to
    // disk would outlive a restart onto another database (a test run, a fresh seed) and the tag
    // expiries Next keeps in memory.
    isrFlushToDisk: false,
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

// Next.js loads its config through a default export.
export default withNextIntl(withPayload(nextConfig, { devBundleServerPackages: false }))
