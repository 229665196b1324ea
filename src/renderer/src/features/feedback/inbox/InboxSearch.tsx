import { Kbd, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { INBOX_SEARCH_ID } from './useInboxKeys'
import { inboxUiActions, useInboxUi } from './inboxUiStore'

/** Free text over text, title, customer, company and extra attributes; / puts the cursor here. */
export function InboxSearch() {
  const text = useInboxUi((state) => state.filter.text ?? '')
  const [draft, setDraft] = useState({ from: text, value: text })
  const value = draft.from === text ? draft.value : text
  const commit = useDebouncedCallback((next: string) => inboxUiActions.setFilter({ text: next.trim() ? next : undefined }), 200)
  return (
    <TextInput
      id={INBOX_SEARCH_ID}
      aria-label="Search feedback"
      placeholder="Search text, customers, companies…"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={<Kbd size="xs">/</Kbd>}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value
        setDraft({ from: text, value: next })
        commit(next)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.currentTarget.blur()
        if (event.key === 'Enter') {
          commit.flush()
          event.currentTarget.blur()
        }
      }}
      style={{ flex: '1 1 320px' }}
    />
  )
}
