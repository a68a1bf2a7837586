// Plain-text tables for the bench output (console.table's index column and quotes get in the way
// of reading numbers side by side).

const cell = (v) =>
  v === undefined || v === null ? '' : typeof v === 'number' ? format(v) : String(v)
const format = (n) =>
  Number.isInteger(n)
    ? n.toLocaleString('en-US')
    : n.toLocaleString('en-US', { maximumFractionDigits: 1 })

/**
 * Prints `rows` (objects; the first row's keys plus any later ones are the columns) under `title`,
 * numbers right-aligned with thousands separators, text left-aligned.
 */
export const printTable = (title, rows) => {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  const texts = rows.map((r) => columns.map((c) => cell(r[c])))
  const widths = columns.map((c, i) => Math.max(c.length, ...texts.map((t) => t[i].length)))
  const numeric = columns.map((c) =>
    rows.every((r) => r[c] === undefined || typeof r[c] === 'number'),
  )
  const line = (values) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  console.log(`\n${title}`)
  console.log(line(columns))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const t of texts) console.log(line(t))
}
