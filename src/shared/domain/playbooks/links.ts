import { isExternalLinkUrl } from '../../bridge'

/**
 * Which link targets a playbook may carry. Web and e-mail links open outside
 * the app (through the bridge); `#/…` links are places inside Opsdeck. Anything
 * else (javascript:, data:, file:, custom schemes, protocol-relative or
 * relative paths) is never a link: its words stay, the link goes.
 */
export type LinkTarget = { kind: 'external'; href: string } | { kind: 'in-app'; href: string }


export function linkTarget(href: unknown): LinkTarget | undefined {
  if (typeof href !== 'string') return undefined
  const value = href.trim()
  // A control character inside a URL ("java\nscript:") is how filters are fooled; no real link has one.
  if (value === '' || [...value].some((char) => char.charCodeAt(0) < 0x20)) return undefined
  if (/^#\/[^\s]*$/.test(value)) return { kind: 'in-app', href: value }
  // An absolute URL of a scheme the bridge opens; relative and protocol-relative paths are never links.
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && isExternalLinkUrl(value) ? { kind: 'external', href: value } : undefined
}

/** A link that may be opened outside the app, or undefined. */
export function externalLinkHref(href: unknown): string | undefined {
  const target = linkTarget(href)
  return target?.kind === 'external' ? target.href : undefined
}
