// Streams a large WAV deliverable to the running server and samples the server's memory meanwhile.
import { execFileSync } from 'node:child_process'
import http from 'node:http'

/** Resident memory (MB) of every process in the server's process group. */
export const groupRssMb = (processGroup) => {
  const out = execFileSync('ps', ['-o', 'rss=', '-g', String(processGroup)], { encoding: 'utf8' })
  return (
    out
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter((n) => Number.isFinite(n) && n > 0)
      .reduce((a, b) => a + b, 0) / 1024
  )
}

const wavHeader = (dataBytes) => {
  const h = Buffer.alloc(44)
  h.write('RIFF', 0)
  h.writeUInt32LE(36 + dataBytes, 4)
  h.write('WAVE', 8)
  h.write('fmt ', 12)
  h.writeUInt32LE(16, 16)
  h.writeUInt16LE(1, 20) // PCM
  h.writeUInt16LE(2, 22) // stereo
  h.writeUInt32LE(48_000, 24)
  h.writeUInt32LE(48_000 * 4, 28)
  h.writeUInt16LE(4, 32)
  h.writeUInt16LE(16, 34)
  h.write('data', 36)
  h.writeUInt32LE(dataBytes, 40)
  return h
}

/**
 * POSTs a multipart delivery of `megabytes` MB without ever holding it in memory (here or, if the
 * server streams, there), while sampling the server group's RSS every 100 ms.
 */
export const uploadLargeDeliverable = async ({
  url,
  token,
  bookingId,
  processGroup,
  megabytes,
}) => {
  const dataBytes = megabytes * 1024 * 1024
  const boundary = `----bench${Date.now()}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="booking"\r\n\r\n${bookingId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="notes"\r\n\r\nBench master\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="master.wav"\r\n` +
      'Content-Type: audio/wav\r\n\r\n',
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const header = wavHeader(dataBytes)
  const chunk = Buffer.alloc(1024 * 1024)
  for (let i = 0; i < chunk.length; i += 2) chunk.writeInt16LE(((i * 7919) % 2000) - 1000, i)

  const baseline = groupRssMb(processGroup)
  let peak = baseline
  const sampler = setInterval(() => {
    peak = Math.max(peak, groupRssMb(processGroup))
  }, 100)
  const started = Date.now()
  const target = new URL('/api/deliverables', url)
  const status = await new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          authorization: `JWT ${token}`,
          origin: url,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + header.length + dataBytes + tail.length,
        },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode))
      },
    )
    req.on('error', reject)
    const write = (buf) =>
      new Promise((ok) => {
        if (req.write(buf)) ok()
        else req.once('drain', ok)
      })
    ;(async () => {
      await write(head)
      await write(header)
      for (let sent = 0; sent < dataBytes; sent += chunk.length) {
        await write(chunk.subarray(0, Math.min(chunk.length, dataBytes - sent)))
      }
      req.end(tail)
    })().catch(reject)
  })
  const seconds = (Date.now() - started) / 1000
  clearInterval(sampler)
  peak = Math.max(peak, groupRssMb(processGroup))
  return { status, seconds, baseline, peak, growth: peak - baseline, mbps: megabytes / seconds }
}
