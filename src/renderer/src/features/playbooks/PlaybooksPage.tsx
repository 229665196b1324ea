import { useRoute } from '../../navigation/useRoute'
import { PlaybookEditorPage } from './editor/PlaybookEditorPage'
import { PlaybookImportPage } from './import/PlaybookImportPage'
import { LibraryPage } from './library/LibraryPage'
import { RunPage } from './runs/RunPage'
import { NewPlaybookPage } from './templates/NewPlaybookPage'

/** '#/playbooks' the library, '/new' the template gallery, '/import[/<id>]' an import's preview or report, '/run/<id>' a run, '/<id>' the editor. */
export function PlaybooksPage() {
  const { params } = useRoute()
  const [first, second] = params
  if (first === 'new') return <NewPlaybookPage />
  if (first === 'import') return <PlaybookImportPage key={second ?? 'preview'} {...(second ? { recordId: second } : {})} />
  if (first === 'run' && second) return <RunPage key={second} runId={second} />
  if (first) return <PlaybookEditorPage key={first} playbookId={first} />
  return <LibraryPage />
}
