import { useRoute } from '../../navigation/useRoute'
import { PlaybookEditorPage } from './editor/PlaybookEditorPage'
import { LibraryPage } from './library/LibraryPage'
import { RunPage } from './runs/RunPage'
import { NewPlaybookPage } from './templates/NewPlaybookPage'

/** '#/playbooks' the library, '/new' the template gallery, '/run/<id>' a run, '/<id>' the editor. */
export function PlaybooksPage() {
  const { params } = useRoute()
  const [first, second] = params
  if (first === 'new') return <NewPlaybookPage />
  if (first === 'run' && second) return <RunPage key={second} runId={second} />
  if (first) return <PlaybookEditorPage key={first} playbookId={first} />
  return <LibraryPage />
}
