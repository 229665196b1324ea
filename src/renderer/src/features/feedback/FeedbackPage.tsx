import { ImportHistoryPage, ImportPage } from './import'
import { useRoute } from '../../navigation/useRoute'
import { InboxPage } from './inbox/InboxPage'
import { ThemeDetailPage } from './themes/ThemeDetailPage'
import { ThemesPage } from './themes/ThemesPage'

/** '#/feedback' the inbox, '#/feedback/view/<id>' a saved view, '#/feedback/themes[/<id>]' themes, '#/feedback/import[s]' the import. */
export function FeedbackPage() {
  const route = useRoute()
  const [section, id] = route.params
  if (section === 'import') return <ImportPage />
  if (section === 'imports') return <ImportHistoryPage />
  if (section === 'themes') return id ? <ThemeDetailPage themeId={id} /> : <ThemesPage />
  if (section === 'view' && id) return <InboxPage viewId={id} />
  // The command palette opens a theme as '#/feedback/<id>'.
  if (section) return <ThemeDetailPage themeId={section} />
  return <InboxPage />
}
