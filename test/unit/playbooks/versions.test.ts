import { describe, expect, it } from 'vitest'
import { docBuilder, nextVersionNumber, restoreMessage, restoreVersion, versionLabel } from '../../../src/shared/domain/playbooks'
import { diffStats, diffVersions } from '../../../src/shared/markdown/versionDiff'

const { doc, h2, p, tasks } = docBuilder

describe('version numbers', () => {
  it('starts at 1.0 for a major publish and 0.1 for a minor one', () => {
    expect(nextVersionNumber([], 'major')).toEqual({ number: 1, major: 1, minor: 0 })
    expect(nextVersionNumber([], 'minor')).toEqual({ number: 1, major: 0, minor: 1 })
  })

  it('counts minors up from the latest version and starts a new major at .0', () => {
    const versions = [
      { number: 1, major: 1, minor: 0 },
      { number: 3, major: 2, minor: 1 },
      { number: 2, major: 2, minor: 0 }
    ]
    expect(nextVersionNumber(versions, 'minor')).toEqual({ number: 4, major: 2, minor: 2 })
    expect(nextVersionNumber(versions, 'major')).toEqual({ number: 4, major: 3, minor: 0 })
  })

  it('labels a version "major.minor"', () => {
    expect(versionLabel({ major: 2, minor: 1 })).toBe('2.1')
    expect(restoreMessage({ major: 1, minor: 3 })).toBe('Restored version 1.3')
  })
})

describe('comparing versions', () => {
  const before = { title: 'Triage', content: doc(h2('Weekly'), tasks(['Import feedback', 'Tag items']), p('Owner: product ops')) }
  const after = { title: 'Feedback triage', content: doc(h2('Weekly'), tasks(['Import feedback', 'Tag items by area', 'Link to themes']), p('Owner: product ops')) }

  it('shows a line diff of the two Markdown renderings, title first', () => {
    expect(diffVersions(before, after)).toEqual([
      { kind: 'removed', text: '# Triage' },
      { kind: 'added', text: '# Feedback triage' },
      { kind: 'same', text: '' },
      { kind: 'same', text: '## Weekly' },
      { kind: 'same', text: '' },
      { kind: 'same', text: '- [ ] Import feedback' },
      { kind: 'removed', text: '- [ ] Tag items' },
      { kind: 'added', text: '- [ ] Tag items by area' },
      { kind: 'added', text: '- [ ] Link to themes' },
      { kind: 'same', text: '' },
      { kind: 'same', text: 'Owner: product ops' }
    ])
    expect(diffStats(diffVersions(before, after))).toEqual({ added: 3, removed: 2 })
  })

  it('finds nothing to show between identical versions', () => {
    expect(diffVersions(before, before).every((line) => line.kind === 'same')).toBe(true)
  })
})

describe('restoring a version', () => {
  it('puts back the old title and content as a copy, leaving the version untouched', () => {
    const version = { title: 'Old title', content: doc(p('Old text')) }
    const playbook = { id: 'pb1', title: 'New title', content: doc(p('New text')), revision: 9 }
    const restored = restoreVersion(playbook, version)
    expect(restored).toEqual({ id: 'pb1', title: 'Old title', content: doc(p('Old text')), revision: 9 })
    expect(restored.content).not.toBe(version.content)
    expect(playbook.title).toBe('New title')
  })
})
