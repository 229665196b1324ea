import { useSyncExternalStore } from 'react'
import { parseHash, toHash, type PageId, type Route } from './routes'

/** The page lives in the URL hash, so a reload (or a restart) returns to where the user was. */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

let cachedHash = ''
let cachedRoute: Route = parseHash('')
function snapshot(): Route {
  if (window.location.hash !== cachedHash) {
    cachedHash = window.location.hash
    cachedRoute = parseHash(cachedHash)
  }
  return cachedRoute
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot)
}

export function navigate(page: PageId, ...params: string[]): void {
  window.location.hash = toHash(page, ...params)
}
