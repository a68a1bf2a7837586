/**
 * The role a publicly registered account gets (registration form, `POST /api/users`, Payload's
 * first-register route). In: whether this is a production server and how many accounts exist.
 * Out: `'admin'` only for the very first account outside production (a fresh development database
 * without the seed); otherwise `'customer'`. In production the first admin never comes from a
 * registration — anyone could win that race — but from ADMIN_EMAIL/ADMIN_PASSWORD at start or
 * `npm run create-admin` (issue 11, item 9). Pure.
 */
export const registeredRole = ({
  isProduction,
  existingUsers,
}: {
  isProduction: boolean
  existingUsers: number
}): 'admin' | 'customer' => (!isProduction && existingUsers === 0 ? 'admin' : 'customer')
