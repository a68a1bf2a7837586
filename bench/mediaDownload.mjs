// `node bench/mediaDownload.mjs`: demo download speed (MB/s) of the same bytes through Payload's
// file route (/api/media/file/…, one database lookup per request), the public media route
// (/media/…, from disk without the database) and nginx (Debian's nginx-light, when installed: the
// column is skipped without it). A ~0.5 MB seeded demo WAV and a ~10 MB WAV. Prints one table.
// BENCH_PORT (default 3220) and BENCH_NGINX_PORT (default BENCH_PORT + 9) choose the ports.
// The public route serves photos, previews and peaks only, so the same bytes are also placed there
// under a preview's extension (the route decides by extension alone; the bytes are what is measured).
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { startServer } from '../scripts/lib/server.mjs'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const DURATION = Number(process.env.BENCH_SECONDS ?? 8)
const PORT = Number(process.env.BENCH_PORT ?? 3220)
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? PORT + 9)
const NGINX = '/usr/sbin/nginx'

const load = (url, headers = {}) =>
  new Promise((resolve, reject) => {
    autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION }, (err, r) =>
      err ? reject(err) : resolve(r),
    )
  })

const mbPerSecond = (r) => (r.non2xx > 0 || r.errors > 0 ? NaN : r.throughput.average / 1024 / 1024)

/** A 16-bit stereo 44.1 kHz WAV of `seconds` of noise (about 10.6 MB a minute). */
const wav = (seconds) => {
  const frames = Math.round(44_100 * seconds)
  const data = crypto.randomBytes(frames * 4)
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(2, 22)
  header.writeUInt32LE(44_100, 24)
  header.writeUInt32LE(44_100 * 4, 28)
  header.writeUInt16LE(4, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}

const server = await startServer({ port: PORT })
let nginx = null
try {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: 'admin@14voices.local', password: 'admin-14voices' }),
  })
  const { token } = await login.json()
  const media = await (await fetch(`${server.url}/api/media?limit=200&depth=0`)).json()
  const demo = media.docs
    .filter((m) => m.mimeType.startsWith('audio/'))
    .sort((a, b) => Math.abs(a.filesize - 512 * 1024) - Math.abs(b.filesize - 512 * 1024))[0]
  const form = new FormData()
  form.append('file', new Blob([wav(60)], { type: 'audio/wav' }), 'bench-10mb.wav')
  form.append('_payload', JSON.stringify({ alt: 'bench' }))
  const uploaded = await fetch(`${server.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, origin: server.url },
    body: form,
  })
  if (!uploaded.ok) throw new Error(`uploading the 10 MB file: ${uploaded.status}`)
  const big = (await uploaded.json()).doc

  const mediaDir = path.join(server.dataDir, 'media')
  const files = [
    { label: `demo WAV (${(demo.filesize / 1024 / 1024).toFixed(2)} MB)`, doc: demo },
    { label: `WAV (${(big.filesize / 1024 / 1024).toFixed(1)} MB)`, doc: big },
  ].map((f) => {
    const copy = f.doc.filename.replace(/\.[^.]*$/, '.bench.mp3')
    fs.copyFileSync(path.join(mediaDir, f.doc.filename), path.join(mediaDir, copy))
    return { ...f, copy }
  })

  if (fs.existsSync(NGINX)) {
    const conf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'v14-nginx-')), 'nginx.conf')
    fs.writeFileSync(
      conf,
      // As root, workers would run as nobody, who can't read the 0700 temp data dir.
      `${process.getuid?.() === 0 ? 'user root; ' : ''}daemon off; worker_processes auto; pid ${conf}.pid; error_log stderr;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; types { audio/mpeg mp3; audio/wav wav; }
  client_body_temp_path ${path.dirname(conf)}; proxy_temp_path ${path.dirname(conf)};
  fastcgi_temp_path ${path.dirname(conf)}; uwsgi_temp_path ${path.dirname(conf)}; scgi_temp_path ${path.dirname(conf)};
  server { listen 127.0.0.1:${NGINX_PORT}; root ${mediaDir};
    location / { add_header Cache-Control "public, max-age=31536000, immutable"; } } }
`,
    )
    nginx = spawn(NGINX, ['-c', conf, '-p', path.dirname(conf)], { stdio: 'inherit' })
    await new Promise((r) => setTimeout(r, 500))
  } else {
    console.log('nginx-light is not installed: the nginx column is skipped.')
  }

  const rows = []
  for (const f of files) {
    // Originals are served to admins only (src/access/readMedia.ts).
    const payloadRoute = mbPerSecond(
      await load(`${server.url}/api/media/file/${f.doc.filename}`, {
        authorization: `JWT ${token}`,
      }),
    )
    const publicRoute = mbPerSecond(await load(`${server.url}/media/${f.copy}`))
    const viaNginx = nginx
      ? mbPerSecond(await load(`http://127.0.0.1:${NGINX_PORT}/${f.doc.filename}`))
      : NaN
    rows.push({
      file: f.label,
      'Payload route MB/s': Math.round(payloadRoute),
      '/media/ MB/s': Math.round(publicRoute),
      'nginx MB/s': nginx ? Math.round(viaNginx) : 'skipped',
      '/media/ ÷ nginx': nginx ? `${Math.round((publicRoute / viaNginx) * 100)} %` : '–',
      '/media/ ÷ Payload': `${(publicRoute / payloadRoute).toFixed(1)}×`,
    })
  }
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, on ${os.cpus().length} cores:`)
  console.table(rows)
} finally {
  nginx?.kill('SIGTERM')
  server.stop()
}
