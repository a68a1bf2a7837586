// `node bench/mediaDownload.mjs`: demo download speed (MB/s) of the same bytes through Payload's
// file route (/api/media/file/…, one database lookup per request), the public media route
// (/media/…, from disk without the database) and nginx (Debian's nginx-light, when installed: the
// column is skipped without it). A ~0.5 MB seeded demo WAV and a ~10 MB WAV. Prints one table.
// BENCH_PORT (default 3220) and BENCH_NGINX_PORT (default BENCH_PORT + 9) choose the ports.
// The public route serves photos, previews and peaks only, so the same bytes are also placed there
// under a preview's extension (the route decides by extension alone; the bytes are what is measured).
// The client is curl (parallel connections, bodies to /dev/null) when installed, else autocannon.
import { spawn, spawnSync } from 'node:child_process'
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

const TOTAL_MB = Number(process.env.BENCH_MB ?? 300)
const hasCurl = spawnSync('curl', ['--version']).status === 0

const autocannonLoad = (url, headers) =>
  new Promise((resolve, reject) => {
    autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION }, (err, r) =>
      err ? reject(err) : resolve(r.non2xx > 0 || r.errors > 0 ? NaN : r.throughput.average),
    )
  })

/**
 * MB/s downloading `url` (a file of `size` bytes) over CONNECTIONS parallel connections. With curl
 * (C, cheap per byte, so the client is not what is measured): BENCH_MB in all, bodies to /dev/null;
 * without curl: autocannon for DURATION seconds. NaN when a response was not 2xx.
 */
const measure = async (url, size, headers = {}) => {
  if (!hasCurl) return (await autocannonLoad(url, headers)) / 1024 / 1024
  const count = Math.max(CONNECTIONS * 2, Math.round((TOTAL_MB * 1024 * 1024) / size))
  const args = ['-s', '--no-progress-meter', '--parallel', '--parallel-max', String(CONNECTIONS)]
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
  args.push('-w', '%{stderr}%{http_code}\n', `${url}?n=[1-${count}]`)
  const started = process.hrtime.bigint()
  const r = spawnSync('curl', args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const codes = r.stderr.trim().split('\n')
  if (r.status !== 0 || codes.length !== count || codes.some((c) => c !== '200')) return NaN
  return (count * size) / 1024 / 1024 / seconds
}

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
  // As the admin: an original's file name is left out of everyone else's answers.
  const media = await (
    await fetch(`${server.url}/api/media?limit=200&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    })
  ).json()
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
    const size = f.doc.filesize
    // Originals are served to admins only (src/uploads/originalAudioForAdmins.ts).
    const payloadRoute = await measure(`${server.url}/api/media/file/${f.doc.filename}`, size, {
      authorization: `JWT ${token}`,
    })
    const publicRoute = await measure(`${server.url}/media/${f.copy}`, size)
    const viaNginx = nginx
      ? await measure(`http://127.0.0.1:${NGINX_PORT}/${f.doc.filename}`, size)
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
  const how = hasCurl ? `curl, ${TOTAL_MB} MB per cell` : `autocannon, ${DURATION} s per cell`
  console.log(`\n${CONNECTIONS} connections (${how}), on ${os.cpus().length} cores:`)
  console.table(rows)
} finally {
  nginx?.kill('SIGTERM')
  server.stop()
}
