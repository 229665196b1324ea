import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { Mapping } from '../../src/shared/csv'
import { MappingEditor } from '../../src/renderer/src/features/feedback/import/MappingEditor'
import { renderWithProviders } from './render'

const headers = ['Subject', 'Satisfaction Score', 'Account ARR [decimal]', 'Seats']
const columnValues = { Subject: ['Export broken'], 'Satisfaction Score': ['Good', 'Bad', 'Offered'], 'Account ARR [decimal]': ['48000.00', '6000.00'], Seats: ['12'] }
const mapping: Mapping = {
  text: { columns: ['Subject'], confidence: 1 },
  rating: { columns: ['Satisfaction Score'], confidence: 1, valueMap: { good: 5, bad: 1, offered: null, unoffered: null } }
}

describe('the mapping editor', () => {
  it('lists the words of a categorical rating with their numbers and changes one on leaving the field', async () => {
    const onChange = vi.fn()
    renderWithProviders(<MappingEditor headers={headers} mapping={mapping} columnValues={columnValues} onChange={onChange} />)
    const values = await screen.findByRole('table', { name: 'Rating values of Satisfaction Score' })
    expect(values).toBeTruthy()
    const good = screen.getByRole('textbox', { name: 'Rating for “Good”' }) as HTMLInputElement
    expect(good.value).toBe('5')
    expect((screen.getByRole('textbox', { name: 'Rating for “Offered”' }) as HTMLInputElement).value).toBe('')
    const user = userEvent.setup()
    await user.clear(good)
    await user.type(good, '4')
    expect(onChange).not.toHaveBeenCalled()
    fireEvent.blur(good)
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ rating: expect.objectContaining({ valueMap: { good: 4, bad: 1, offered: null, unoffered: null } }) }))
  })

  it('switches Good/Bad between 5/1 and 1/0 at once', async () => {
    const onChange = vi.fn()
    renderWithProviders(<MappingEditor headers={headers} mapping={mapping} columnValues={columnValues} onChange={onChange} />)
    await userEvent.setup().click(await screen.findByText('Good 1 · Bad 0'))
    expect(onChange.mock.calls[0]?.[0].rating.valueMap).toEqual({ good: 1, bad: 0, offered: null, unoffered: null })
  })

  it('asks whether a revenue column picked by hand is MRR or ARR, guessing ARR from its name and the workspace currency when the file names none', async () => {
    const seen: Mapping[] = []
    function Harness() {
      const [current, setCurrent] = useState(mapping)
      return <MappingEditor headers={headers} mapping={current} columnValues={columnValues} onChange={(next) => { seen.push(next); setCurrent(next) }} />
    }
    renderWithProviders(<Harness />)
    expect(screen.queryByRole('radio', { name: 'Monthly (MRR)' })).toBeNull()
    const user = userEvent.setup()
    await user.click(screen.getByRole('combobox', { name: 'Revenue' }))
    await user.click(await screen.findByRole('option', { name: 'Account ARR [decimal]' }))
    expect(seen.at(-1)?.revenue).toEqual({ columns: ['Account ARR [decimal]'], confidence: 1, kind: 'arr', currency: 'USD' })
    expect((await screen.findByRole('radio', { name: 'Annual (ARR), divided by 12' }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByText(/Guessed from the column name/)).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: 'Monthly (MRR)' }))
    expect(seen.at(-1)?.revenue?.kind).toBe('mrr')
    expect(screen.getByText(/Chosen by you/)).toBeTruthy()
  })
})
