// What the comparison measures: five URLs of the running product, found the way a visitor finds
// them, and their exact response bytes, so the bare Next.js app and nginx can serve the same bytes.

/**
 * A measured URL. `key` names it in the other servers (file and route names), `kind` picks its
 * goal (bench/goals.mjs): 'page' (catalog/profile), 'api' (public catalog API) or 'download'.
 * @typedef {{ key: string, label: string, kind: 'page' | 'api' | 'download', path: string,
 *   contentType: string, bytes: Buffer }} Target
 */

const get = async (url, init) => {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`)
  return res
}

const capture = async (base, { key, label, kind, path }) => {
  const res = await get(`${base}${path}`, { redirect: 'manual' })
  return {
    key,
    label,
    kind,
    path,
    contentType: res.headers.get('content-type') ?? 'application/octet-stream',
    bytes: Buffer.from(await res.arrayBuffer()),
  }
}

/**
 * Finds the targets on the product at `base` and captures their bytes:
 *  - the catalog: where `/` sends an anonymous visitor (it redirects to the language, e.g. `/nl`);
 *  - a profile: the first card's link on that catalog page (the URL the product itself uses);
 *  - a filtered catalog query: `<catalog>?language=nl&gender=female`;
 *  - `GET /api/voiceovers?limit=20&depth=0`;
 *  - the first artist's first demo as visitors play it: its streaming preview, at the URL the API
 *    gives for it (the original recording is for admins only).
 * Resolves to Target[]. Throws when the product doesn't answer as expected (no artist, no demo).
 */
export const discoverTargets = async (base) => {
  const home = await get(`${base}/`)
  const catalog = new URL(home.url).pathname
  const html = await home.text()
  const profile = html.match(/href="(\/[^"?#]*\/voiceovers\/[^"?#]+)"/)?.[1]
  if (!profile) throw new Error(`no artist profile link on the catalog page ${catalog}`)
  const filtered = `${catalog}?language=nl&gender=female`
  const api = '/api/voiceovers?limit=20&depth=0'
  const list = await (await get(`${base}/api/voiceovers?limit=1&depth=1`)).json()
  const audio = list.docs?.[0]?.demos?.[0]?.audio
  const previewUrl = audio?.preview?.status === 'ready' ? audio.preview.url : null
  if (!previewUrl) throw new Error('the first artist has no demo preview to download')
  const demo = previewUrl.replace(/^https?:\/\/[^/]+/, '')
  const targets = []
  for (const spec of [
    { key: 'catalog', label: `catalog ${catalog}`, kind: 'page', path: catalog },
    { key: 'profile', label: 'profile', kind: 'page', path: profile },
    { key: 'filtered', label: 'catalog, filtered', kind: 'page', path: filtered },
    { key: 'api', label: 'GET /api/voiceovers', kind: 'api', path: api },
    { key: 'demo', label: 'demo download', kind: 'download', path: demo },
  ]) {
    targets.push(await capture(base, spec))
  }
  return targets
}
