/**
 * Whether the page holds something a re-render could take away: a form busy uploading
 * (`aria-busy="true"`), a form that says it holds unsaved input (`data-unsaved="true"`, for
 * controlled fields, whose DOM default follows their value), a chosen file, or a text field or box whose value differs from what the
 * page rendered. Input: the part of the page to look in (the document by default). Output: boolean.
 */
export const hasUnsavedInput = (root: ParentNode = document): boolean => {
  if (root.querySelector('form[aria-busy="true"], [data-unsaved="true"]')) return true
  for (const field of Array.from(root.querySelectorAll('input, textarea'))) {
    if (field instanceof HTMLTextAreaElement && field.value !== field.defaultValue) return true
    if (!(field instanceof HTMLInputElement)) continue
    if (field.type === 'file') {
      if (field.files && field.files.length > 0) return true
    } else if (field.type === 'checkbox' || field.type === 'radio') {
      if (field.checked !== field.defaultChecked) return true
    } else if (field.type !== 'hidden' && field.value !== field.defaultValue) return true
  }
  return false
}
