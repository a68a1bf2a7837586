// The "nginx" column: Debian's nginx-light serving the product's captured bytes as static files
// from a temporary directory (sendfile, keep-alive, no access log). When /usr/sbin/nginx (or
// BENCH_NGINX) is missing the bench says so and leaves the column empty.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { barePath } from './bareNext.mjs'
import { assertPortFree, startGroup, waitForUrl } from './lib/child.mjs'

export const NGINX = process.env.BENCH_NGINX ?? '/usr/sbin/nginx'

/** True when the nginx binary is there. */
export const nginxAvailable = () => fs.existsSync(NGINX)

/**
 * Writes `targets` (bench/targets.mjs) as files at the same paths as the bare Next.js app
 * (bareNext.barePath), each with its own Content-Type, and starts nginx in the foreground on
 * 127.0.0.1:`port` with `workers` worker processes (default "auto": one per core, as Debian's
 * default configuration). Resolves to { url, processGroup, workers, stop } — stop also removes
 * the directory. Throws when the configuration is refused or nginx does not answer.
 */
export const startNginx = async ({ port, targets, workers = 'auto' }) => {
  const url = `http://127.0.0.1:${port}`
  await assertPortFree(url)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v14-bench-nginx-'))
  // nginx's workers run as "nobody" when started by root: the files must be readable by others.
  fs.chmodSync(dir, 0o755)
  fs.mkdirSync(path.join(dir, 'www'), { mode: 0o755 })
  const locations = targets.map((t) => {
    const file = path.join(dir, 'www', t.key)
    fs.writeFileSync(file, t.bytes, { mode: 0o644 })
    return `    location = ${barePath(t)} { default_type "${t.contentType}"; alias ${file}; }`
  })
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    [
      'daemon off;',
      `worker_processes ${workers};`,
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 4096; }',
      'http {',
      '  access_log off;',
      '  sendfile on;',
      '  tcp_nopush on;',
      '  keepalive_requests 1000000;',
      '  types { }',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${dir}/${t}_temp;`,
      ),
      `  server {`,
      `    listen 127.0.0.1:${port};`,
      ...locations,
      '  }',
      '}',
      '',
    ].join('\n'),
  )
  const test = spawnSync(NGINX, ['-t', '-q', '-c', conf, '-p', dir], { encoding: 'utf8' })
  if (test.status !== 0) throw new Error(`nginx refused the configuration: ${test.stderr}`)
  const server = startGroup({ command: NGINX, args: ['-c', conf, '-p', dir], cwd: dir })
  const stop = () => {
    server.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitForUrl(`${url}${barePath(targets[0])}`, { alive: () => !server.exited() })
  } catch (error) {
    stop()
    throw error
  }
  return { url, processGroup: server.pid, workers, stop }
}
