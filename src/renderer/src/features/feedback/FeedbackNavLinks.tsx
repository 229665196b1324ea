import { NavLink } from '@mantine/core'
import { IconBulb, IconFilter } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { listSavedViews } from '../../db/savedViews'
import { toHash } from '../../navigation/routes'
import { useRoute } from '../../navigation/useRoute'

/** Under Feedback in the navigation: the themes, and every saved view of the inbox. */
export function FeedbackNavLinks() {
  const route = useRoute()
  const views = useLiveQuery(() => listSavedViews(), []) ?? []
  const onFeedback = route.page === 'feedback'
  return (
    <>
      <NavLink
        href={toHash('feedback', 'themes')}
        label="Themes"
        pl="xl"
        leftSection={<IconBulb size={16} aria-hidden />}
        active={onFeedback && route.params[0] === 'themes'}
        aria-current={onFeedback && route.params[0] === 'themes' ? 'page' : undefined}
      />
      {views.map((view) => {
        const active = onFeedback && route.params[0] === 'view' && route.params[1] === view.id
        return (
          <NavLink
            key={view.id}
            href={toHash('feedback', 'view', view.id)}
            label={view.name}
            pl="xl"
            leftSection={<IconFilter size={16} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
          />
        )
      })}
    </>
  )
}
