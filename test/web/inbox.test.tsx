import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../src/renderer/src/db/db'
import { loadSampleWorkspace } from '../../src/renderer/src/db/workspace'
import { useCommandHost } from '../../src/renderer/src/commands/useCommandHost'
import { inboxCommandHandlers } from '../../src/renderer/src/features/feedback'
import { InboxPage } from '../../src/renderer/src/features/feedback/inbox/InboxPage'
import { inboxUiActions } from '../../src/renderer/src/features/feedback/inbox/inboxUiStore'
import type { CommandHandlers } from '../../src/renderer/src/commands/useCommandHost'
import { createSampleWorkspace } from '../../src/shared/domain/sample/sampleWorkspace'
import { withDocumentFonts, withGridViewport } from './inboxTestKit'
import { renderWithProviders } from './render'

withGridViewport()
withDocumentFonts()

/** The inbox with the app's shortcut host, as the app mounts it. */
function InboxWithKeys() {
  useCommandHost(inboxCommandHandlers as unknown as CommandHandlers)
  return <InboxPage />
}

const rowsOf = () => within(screen.getByRole('grid', { name: 'Feedback' })).queryAllByRole('row').slice(1)

beforeEach(async () => {
  inboxUiActions.reset()
  await loadSampleWorkspace(createSampleWorkspace(new Date()))
})

describe('the inbox', { timeout: 30_000 }, () => {
  it('lists the sample feedback newest first with its count', async () => {
    renderWithProviders(<InboxPage />)
    expect(await screen.findByText('12 items, newest first')).toBeTruthy()
    await waitFor(() => expect(rowsOf().length).toBe(12))
    expect(rowsOf()[0]?.textContent).toContain('200 projects')
  })

  it('filters by status and by free text, and says how many match', async () => {
    const user = userEvent.setup()
    renderWithProviders(<InboxPage />)
    await screen.findByText('12 items, newest first')
    await user.click(screen.getByRole('radio', { name: /^New/ }))
    expect(await screen.findByText('4 items, newest first')).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: /^All/ }))
    await user.type(screen.getByRole('textbox', { name: 'Search feedback' }), 'export')
    expect(await screen.findByText('2 items, newest first')).toBeTruthy()
    await waitFor(() => expect(rowsOf().length).toBe(2))
  })

  it('moves with j and k, archives with e, and undoes with z', async () => {
    renderWithProviders(<InboxWithKeys />)
    await screen.findByText('12 items, newest first')
    await waitFor(() => expect(rowsOf().length).toBe(12))
    fireEvent.keyDown(window, { key: 'j' })
    fireEvent.keyDown(window, { key: 'j' })
    fireEvent.keyDown(window, { key: 'k' })
    await waitFor(() => expect(rowsOf()[0]?.getAttribute('aria-current')).toBe('true'))
    const first = rowsOf()[0]?.textContent ?? ''
    expect(await screen.findByRole('complementary', { name: 'Feedback detail' })).toBeTruthy()
    fireEvent.keyDown(window, { key: 'e' })
    await waitFor(async () => expect((await db.feedback.get('sample-feedback-7'))?.status).toBe('archived'))
    // The default view is the open work: the archived row leaves it, and the keyboard is on the next one.
    await waitFor(() => expect(rowsOf().length).toBe(11))
    await waitFor(() => expect(rowsOf()[0]?.getAttribute('aria-current')).toBe('true'))
    expect(rowsOf()[0]?.textContent).not.toContain('200 projects')
    fireEvent.keyDown(window, { key: 'z' })
    await waitFor(async () => expect((await db.feedback.get('sample-feedback-7'))?.status).toBe('linked'))
    await waitFor(() => expect(rowsOf().length).toBe(12))
    expect(first).toContain('200 projects')
  })

  it('after a bulk archive takes the keyboard’s row out of the open work, goes on from the next row still there', async () => {
    renderWithProviders(<InboxWithKeys />)
    await waitFor(() => expect(rowsOf().length).toBe(12))
    const third = rowsOf()[2]?.textContent
    fireEvent.keyDown(window, { key: 'j' })
    await waitFor(() => expect(rowsOf()[0]?.getAttribute('aria-current')).toBe('true'))
    fireEvent.keyDown(window, { key: 'x' })
    fireEvent.keyDown(window, { key: 'j' })
    await waitFor(() => expect(rowsOf()[1]?.getAttribute('aria-current')).toBe('true'))
    fireEvent.keyDown(window, { key: 'x' })
    expect(await screen.findByText('2 items selected')).toBeTruthy()
    fireEvent.keyDown(window, { key: 'e' })
    await waitFor(() => expect(rowsOf().length).toBe(10))
    await waitFor(() => expect(rowsOf()[0]?.getAttribute('aria-current')).toBe('true'))
    expect(rowsOf()[0]?.textContent).toBe(third)
  })

  it('keeps archived items in their own tab, where e says the item is archived already and does not move', async () => {
    const user = userEvent.setup()
    renderWithProviders(<InboxWithKeys />)
    await waitFor(() => expect(rowsOf().length).toBe(12))
    fireEvent.keyDown(window, { key: 'j' })
    fireEvent.keyDown(window, { key: 'e' })
    await waitFor(() => expect(rowsOf().length).toBe(11))
    const tabs = within(screen.getAllByRole('radiogroup', { name: 'Status' })[0]!)
    expect(tabs.getByRole('radio', { name: 'Open 11' })).toBeTruthy()
    await user.click(tabs.getByRole('radio', { name: 'Archived 1' }))
    await waitFor(() => expect(rowsOf().length).toBe(1))
    fireEvent.keyDown(window, { key: 'j' })
    await waitFor(() => expect(rowsOf()[0]?.getAttribute('aria-current')).toBe('true'))
    fireEvent.keyDown(window, { key: 'e' })
    expect(await screen.findByText(/already archived/)).toBeTruthy()
    expect(rowsOf()[0]?.getAttribute('aria-current')).toBe('true')
    expect(await db.feedback.filter((row) => row.status === 'archived').count()).toBe(1)
    await user.click(tabs.getByRole('radio', { name: 'All 12' }))
    await waitFor(() => expect(rowsOf().length).toBe(12))
  })

  it('selects rows with x and marks them reviewed together', async () => {
    renderWithProviders(<InboxWithKeys />)
    await waitFor(() => expect(rowsOf().length).toBe(12))
    fireEvent.keyDown(window, { key: 'j' })
    fireEvent.keyDown(window, { key: 'x' })
    fireEvent.keyDown(window, { key: 'j' })
    fireEvent.keyDown(window, { key: 'x' })
    expect(await screen.findByText('2 items selected')).toBeTruthy()
    fireEvent.keyDown(window, { key: 'r' })
    await waitFor(async () => expect((await db.feedback.where('[status+receivedAt]').between(['reviewed', ''], ['reviewed', '\uffff']).count())).toBe(2))
    const history = await db.feedbackHistory.toArray()
    expect(history.map((entry) => entry.summary)).toContain('Status linked → reviewed')
  })

  it('takes triage keys after a status tab was clicked: a radio is not a text field', async () => {
    const user = userEvent.setup()
    renderWithProviders(<InboxWithKeys />)
    await waitFor(() => expect(rowsOf().length).toBe(12))
    await user.click(within(screen.getAllByRole('radiogroup', { name: 'Status' })[0]!).getByRole('radio', { name: /^New/ }))
    expect(await screen.findByText('4 items, newest first')).toBeTruthy()
    // The rows of the tab are on screen (the count can come first), and focus is still on the radio.
    await waitFor(() => expect(rowsOf().length).toBe(4))
    expect(document.activeElement?.getAttribute('type')).toBe('radio')
    await user.keyboard('j')
    await waitFor(() => expect(rowsOf()[0]?.getAttribute('aria-current')).toBe('true'))
  })

  it('links to a new theme by name, and the undo removes the theme it created; a picker closed before that creates none', async () => {
    const user = userEvent.setup()
    renderWithProviders(<InboxWithKeys />)
    await waitFor(() => expect(rowsOf().length).toBe(12))
    const themesBefore = await db.themes.count()
    fireEvent.keyDown(window, { key: 'j' })
    fireEvent.keyDown(window, { key: 'l' })
    await user.type(await screen.findByRole('textbox', { name: 'Find a theme' }), 'Offline mode{Enter}')
    expect(await screen.findByRole('group', { name: 'Importance for Offline mode' })).toBeTruthy()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Link to a theme' })).toBeNull())
    expect(await db.themes.count()).toBe(themesBefore)

    fireEvent.keyDown(window, { key: 'l' })
    await user.type(await screen.findByRole('textbox', { name: 'Find a theme' }), 'Offline mode{Enter}')
    await user.click(await screen.findByRole('button', { name: /^2 · / }))
    await waitFor(async () => expect(await db.themes.filter((theme) => theme.name === 'Offline mode').count()).toBe(1))
    const theme = (await db.themes.filter((theme) => theme.name === 'Offline mode').first())!
    await waitFor(async () => expect(await db.themeLinks.where('themeId').equals(theme.id).count()).toBe(1))

    fireEvent.keyDown(window, { key: 'z' })
    await waitFor(async () => expect(await db.themes.get(theme.id)).toBeUndefined())
    expect(await db.themeLinks.where('themeId').equals(theme.id).count()).toBe(0)
    expect(await db.themes.count()).toBe(themesBefore)
  })

  it('does not take triage keys while the user types in the search', async () => {
    const user = userEvent.setup()
    renderWithProviders(<InboxWithKeys />)
    await waitFor(() => expect(rowsOf().length).toBe(12))
    await user.type(screen.getByRole('textbox', { name: 'Search feedback' }), 'e')
    expect(await db.feedback.where('[status+receivedAt]').between(['archived', ''], ['archived', '\uffff']).count()).toBe(0)
  })
})
