import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ToolsImportPage } from '../../src/renderer/src/features/tools/import'
import { renderWithProviders } from './render'

// The write is held open, so the test decides when the import finishes.
const pendingWrites: Array<() => void> = []
vi.mock('../../src/renderer/src/db/toolsImport', () => ({
  applyInventoryPlan: () => new Promise((resolve) => pendingWrites.push(() => resolve({ created: [], updated: [] }))),
  undoInventoryImport: async () => {}
}))

const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'tools', 'inventory-unreadable.csv'))

async function dropFixture() {
  const dropZone = screen.getByRole('heading', { name: 'Drop an inventory spreadsheet saved as CSV' }).closest('div') as HTMLElement
  const file = new File([fixture], 'inventory-unreadable.csv', { type: 'text/csv' })
  fireEvent.drop(dropZone, { dataTransfer: { files: [file] } })
  await screen.findByRole('listitem', { name: 'New: 3' })
}

describe('the tools import preview', () => {
  beforeEach(() => {
    pendingWrites.length = 0
    window.location.hash = '#/tools/import'
  })

  it('keeps rows with unreadable optional cells and lists each warning with row, column, value and why', async () => {
    renderWithProviders(<ToolsImportPage />)
    await dropFixture()
    expect(screen.getByRole('listitem', { name: 'Rejected: 1' })).toBeTruthy()
    expect(screen.getByText('5 values in 2 rows cannot be read as written: those rows are imported without them, as listed under Warnings below.')).toBeTruthy()
    expect(screen.getByText('Warnings: 5 in 2 rows')).toBeTruthy()
    const rows = within(screen.getByRole('table', { name: 'Row warnings' })).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['2', 'Seats used', 'many', '"many" is not a number; left empty'],
      ['2', 'Contract end', '31/02/2027', '"31/02/2027" is not a date; left empty, so the tool has no notice deadline until the date is entered'],
      ['3', 'Seats verified', 'last spring', '"last spring" is not a date; left empty'],
      ['3', 'Contract start', 'Q1', '"Q1" is not a date; left empty'],
      ['3', 'Data classification', 'Top secret', '"Top secret" is not one of public, internal, confidential, restricted; stored as internal, as for an empty cell']
    ])
    const preview = screen.getByRole('table', { name: 'Preview of the tools' })
    expect(within(preview).getByRole('row', { name: /Figma/ }).textContent).toContain('No contract end')
    expect(within(preview).getByRole('row', { name: /Miro/ })).toBeTruthy()
  })

  it('goes to the tools after the import, but not when the user has left the page meanwhile', async () => {
    const user = userEvent.setup()
    const first = renderWithProviders(<ToolsImportPage />)
    await dropFixture()
    await user.click(screen.getByRole('button', { name: 'Import 3 tools' }))
    expect(pendingWrites).toHaveLength(1)
    pendingWrites[0]!()
    await vi.waitFor(() => expect(window.location.hash).toBe('#/tools'))
    first.unmount()

    window.location.hash = '#/tools/import'
    const second = renderWithProviders(<ToolsImportPage />)
    await dropFixture()
    await user.click(screen.getByRole('button', { name: 'Import 3 tools' }))
    expect(pendingWrites).toHaveLength(2)
    second.unmount()
    window.location.hash = '#/feedback'
    pendingWrites[1]!()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(window.location.hash).toBe('#/feedback')
  })
})
