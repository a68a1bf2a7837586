// The rule lives in searchText.mjs (plain JavaScript: the production server imports it too).
export { searchTextOf } from './searchText.mjs'
