import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PeoplePage } from '../../src/renderer/src/features/people'
import { validatePerson } from '../../src/renderer/src/features/people/PersonForm'
import { peopleRepository } from '../../src/renderer/src/db/people'
import { renderWithProviders } from './render'

describe('the People page', () => {
  it('teaches what it is for when nobody has been added', async () => {
    renderWithProviders(<PeoplePage />)
    expect(await screen.findByRole('heading', { name: 'Who does what?' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'New person' })).toBeTruthy()
  })

  it('checks a person before saving: a name is required and an email must look like one', () => {
    expect(validatePerson({ name: ' ', email: 'grace@' })).toEqual({ name: 'Give the person a name', email: '"grace@" is not an email address' })
    expect(validatePerson({ name: 'Grace', email: 'grace@navy.mil' })).toEqual({})
    expect(validatePerson({ name: 'Grace', email: '' })).toEqual({})
  })

  it('filters the list as the user types', async () => {
    await peopleRepository.create({ name: 'Amir', team: 'Growth' })
    await peopleRepository.create({ name: 'Zoe', team: 'Platform' })
    const user = userEvent.setup()
    renderWithProviders(<PeoplePage />)
    expect(await screen.findByRole('cell', { name: 'Zoe' })).toBeTruthy()
    await user.type(screen.getByRole('textbox', { name: 'Filter people' }), 'growth')
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Zoe' })).toBeNull())
    expect(screen.getByRole('cell', { name: 'Amir' })).toBeTruthy()
  })
})
