import { Anchor, Center, Loader } from '@mantine/core'
import { IconNotebook } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import type { Playbook } from '@shared/domain/playbooks/playbook'
import { getPlaybook } from '../../../db/playbooks'
import { toHash } from '../../../navigation/routes'
import { TeachingEmptyState } from '../../../ui/TeachingEmptyState'
import { PlaybookEditor } from './PlaybookEditor'

/**
 * '#/playbooks/<id>': reads the playbook once, then the editor follows it live. The editor stays open even when
 * another window deletes the playbook, so unsaved text is never pulled from under the user.
 */
export function PlaybookEditorPage({ playbookId }: { playbookId: string }) {
  const [loaded, setLoaded] = useState<{ id: string; playbook: Playbook | undefined }>()
  useEffect(() => {
    let cancelled = false
    void getPlaybook(playbookId).then((playbook) => {
      if (!cancelled) setLoaded({ id: playbookId, playbook })
    })
    return () => {
      cancelled = true
    }
  }, [playbookId])
  if (loaded?.id !== playbookId) {
    return (
      <Center mih={200}>
        <Loader aria-label="Opening the playbook" />
      </Center>
    )
  }
  if (!loaded.playbook) {
    return (
      <TeachingEmptyState
        icon={<IconNotebook size={28} />}
        title="This playbook no longer exists"
        description="It may have been deleted, in this window or another one."
        actions={<Anchor href={toHash('playbooks')}>Back to playbooks</Anchor>}
      />
    )
  }
  return <PlaybookEditor initial={loaded.playbook} />
}
