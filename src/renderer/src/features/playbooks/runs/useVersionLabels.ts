import { useLiveQuery } from 'dexie-react-hooks'
import { versionLabel } from '@shared/domain/playbooks/versions'
import { listAllVersions } from '../../../db/playbooks'

export type VersionLabels = ReadonlyMap<string, string>

export function versionKey(playbookId: string, number: number): string {
  return `${playbookId}#${number}`
}

/** "1.2" for each published version, to name the version a run was made from. */
export function useVersionLabels(): VersionLabels {
  const versions = useLiveQuery(listAllVersions, []) ?? []
  return new Map(versions.map((version) => [versionKey(version.playbookId, version.number), versionLabel(version)]))
}

export function runVersionLabel(labels: VersionLabels, run: { playbookId: string; playbookVersion?: number }): string {
  if (run.playbookVersion === undefined) return 'Unpublished text'
  return labels.get(versionKey(run.playbookId, run.playbookVersion)) ?? `#${run.playbookVersion}`
}
