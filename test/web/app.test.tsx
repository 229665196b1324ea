import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { countWorkspace } from '../../src/renderer/src/db/workspace'
import { getSetting } from '../../src/renderer/src/db/settings'
import { renderWithProviders } from './render'

describe('the app shell', () => {
  it('welcomes a new user and starts an empty workspace on request', async () => {
    const user = userEvent.setup()
    renderWithProviders(<App />)
    await user.click(await screen.findByRole('button', { name: 'Start empty' }))
    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeTruthy()
    expect((await getSetting('onboarding'))?.choice).toBe('empty')
  })

  it('loads the sample workspace from the welcome screen', async () => {
    const user = userEvent.setup()
    renderWithProviders(<App />)
    await user.click(await screen.findByRole('button', { name: 'Load sample workspace' }))
    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeTruthy()
    const counts = await countWorkspace()
    expect(counts.tools).toBeGreaterThan(0)
    expect(counts.playbooks).toBeGreaterThan(0)
  })

  it('navigates with the keyboard shortcut of a page', async () => {
    const user = userEvent.setup()
    renderWithProviders(<App />)
    await user.click(await screen.findByRole('button', { name: 'Start empty' }))
    await screen.findByRole('heading', { name: 'Dashboard', level: 1 })
    fireEvent.keyDown(window, { key: '6', ctrlKey: true })
    expect(await screen.findByRole('heading', { name: 'People', level: 1 })).toBeTruthy()
  })

  it('shows a teaching empty state with a first action on every data page', async () => {
    const user = userEvent.setup()
    renderWithProviders(<App />)
    await user.click(await screen.findByRole('button', { name: 'Start empty' }))
    const expectations: [string, string, string][] = [
      ['feedback', 'Hear every customer in one place', 'New feedback'],
      ['playbooks', 'Write down how your team works', 'New playbook'],
      ['tools', 'Never miss a notice deadline', 'New tool'],
      ['metrics', 'Define what good looks like', 'New metric'],
      ['people', 'Who does what?', 'New person']
    ]
    for (const [page, heading, action] of expectations) {
      window.location.hash = `#/${page}`
      expect(await screen.findByRole('heading', { name: heading })).toBeTruthy()
      expect(screen.getByRole('button', { name: action })).toBeTruthy()
    }
  })
})
