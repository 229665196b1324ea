import type { Playbook, PlaybookVersion } from './playbook'

export type VersionBump = 'major' | 'minor'

export interface VersionNumber {
  /** Sequential, never reused. */
  number: number
  major: number
  minor: number
}

/** "2.1" */
export function versionLabel(version: Pick<PlaybookVersion, 'major' | 'minor'>): string {
  return `${version.major}.${version.minor}`
}

/**
 * The number and label of the next version. The first publish is 1.0 (or 0.1 when called minor); a major bump
 * starts a new major at .0, a minor bump counts up from the latest version.
 */
export function nextVersionNumber(versions: Pick<PlaybookVersion, 'number' | 'major' | 'minor'>[], bump: VersionBump): VersionNumber {
  let latest: Pick<PlaybookVersion, 'number' | 'major' | 'minor'> | undefined
  for (const version of versions) if (!latest || version.number > latest.number) latest = version
  if (!latest) return bump === 'major' ? { number: 1, major: 1, minor: 0 } : { number: 1, major: 0, minor: 1 }
  return bump === 'major'
    ? { number: latest.number + 1, major: latest.major + 1, minor: 0 }
    : { number: latest.number + 1, major: latest.major, minor: latest.minor + 1 }
}

type Comparable = Pick<PlaybookVersion, 'title' | 'content'>

/**
 * The playbook with an old version's title and content put back, to be saved and published as a new version:
 * restoring never rewrites history.
 */
export function restoreVersion<T extends Pick<Playbook, 'title' | 'content'>>(playbook: T, version: Comparable): T {
  return { ...playbook, title: version.title, content: structuredClone(version.content) }
}

export function restoreMessage(version: Pick<PlaybookVersion, 'major' | 'minor'>): string {
  return `Restored version ${versionLabel(version)}`
}
