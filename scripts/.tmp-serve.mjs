import { startServer } from './lib/server.mjs'
const s = await startServer({ port: Number(process.env.PORT_X ?? 3400) })
console.log('READY', s.url, s.dataDir)
process.on('SIGTERM', () => { s.stop(); process.exit(0) })
setInterval(() => {}, 1 << 30)
