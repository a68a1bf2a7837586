/**
 * Entry script for `npm run create-admin` (`tsx src/collections/Users/firstAdmin/createAdmin.ts`,
 * so it exports nothing). Asks for nothing:
 *   npm run create-admin                                   uses ADMIN_EMAIL and ADMIN_PASSWORD
 *   npm run create-admin -- --email a@b.nl --password …    flags win over the environment
 * Creates the admin when the database has none (`ensureAdmin`), prints what it did and exits 0;
 * exits 1 with a sentence when the email or password is missing or refused. Prefer the environment
 * for the password: flags end up in the shell history and the process list.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '@/env'

import { ensureAdmin } from './ensureAdmin'

const usage =
  'Usage: npm run create-admin [-- --email <address> --password <password>]\n' +
  '(or set ADMIN_EMAIL and ADMIN_PASSWORD)'

/** `--name value` or `--name=value` from the arguments; undefined when absent. */
const flag = (args: string[], name: string): string | undefined => {
  const inline = args.find((arg) => arg.startsWith(`--${name}=`))
  if (inline) return inline.slice(name.length + 3)
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}

const main = async (): Promise<number> => {
  // `--` may arrive as an argument of its own, depending on how npm and the script were called.
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  const known = new Set(['--email', '--password'])
  const unknown = args.filter(
    (arg, i) =>
      !known.has(arg) && !/^--(email|password)=/.test(arg) && !known.has(args[i - 1] ?? ''),
  )
  const email = flag(args, 'email') ?? env.ADMIN_EMAIL
  const password = flag(args, 'password') ?? env.ADMIN_PASSWORD
  if (unknown.length > 0 || !email || !password) {
    console.error(usage)
    return 1
  }
  // No onInit: at start it would already create the ADMIN_EMAIL admin, and this script reports that.
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    const result = await ensureAdmin({ payload, email, password })
    console.log(
      result.outcome === 'created'
        ? `Created the admin account ${result.email}. Sign in at ${env.SERVER_URL}/admin.`
        : `Nothing to do: an admin account already exists (${result.email}); existing admins are never changed.`,
    )
    return 0
  } catch (error) {
    console.error(`No admin created: ${(error as Error).message}`)
    return 1
  } finally {
    await payload.destroy()
  }
}

process.exitCode = await main()
process.exit()
