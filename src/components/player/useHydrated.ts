import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/** False during the server render and hydration, true once the page runs in the browser. */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
