// Next.js requires a default export for pages.
export default function CatalogPage() {
  return (
    <main>
      <h1>14voices</h1>
    </main>
  )
}
