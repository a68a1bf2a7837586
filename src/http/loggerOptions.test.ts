import { Writable } from 'node:stream'

import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { UserError } from '@/errors/UserError'

import { loggerOptions } from './loggerOptions'
import { runWithRequestContext } from './requestContext'

const capture = () => {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>)
      done()
    },
  })
  const config = loggerOptions('info')
  if (typeof config !== 'object' || !('options' in config)) throw new Error('expected options')
  return { logger: pino(config.options, stream), lines }
}

describe('loggerOptions', () => {
  it('should log a client error at info, one line without a stack', () => {
    const { logger, lines } = capture()
    logger.error({ err: new UserError({ key: 'upload.empty' }, 400) })
    expect(lines.map((l) => [l.level, l.msg, l.status, 'err' in l])).toEqual([
      [30, 'The file is empty.', 400, false],
    ])
  })

  it('should log a plain message at the level it was given', () => {
    const { logger, lines } = capture()
    logger.error('File x.wav for collection media is missing on the disk.')
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [50, 'File x.wav for collection media is missing on the disk.'],
    ])
  })

  it('should keep a server error at error level with its stack and the request id', () => {
    const { logger, lines } = capture()
    runWithRequestContext({ requestId: 'req-abcdef12', clientMethod: 'GET' }, () =>
      logger.error({ err: new Error('database went away') }),
    )
    const line = lines[0] as { level: number; requestId: string; err: { stack: string } }
    expect([line.level, line.requestId, line.err.stack.includes('database went away')]).toEqual([
      50,
      'req-abcdef12',
      true,
    ])
  })
})
