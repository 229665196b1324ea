import type { Person } from '../people'

/** Stable ids so sample records can point at each other. */
export const samplePersonIds = {
  maya: 'sample-person-maya',
  jonas: 'sample-person-jonas',
  priya: 'sample-person-priya',
  diego: 'sample-person-diego',
  hannah: 'sample-person-hannah',
  kofi: 'sample-person-kofi'
} as const

export function samplePeople(stamp: { createdAt: string; updatedAt: string }): Person[] {
  const people: Omit<Person, 'createdAt' | 'updatedAt'>[] = [
    { id: samplePersonIds.maya, name: 'Maya Chen', email: 'maya.chen@example.com', role: 'Head of Product Operations', team: 'Product Ops' },
    { id: samplePersonIds.jonas, name: 'Jonas Weber', email: 'jonas.weber@example.com', role: 'Product Manager', team: 'Growth' },
    { id: samplePersonIds.priya, name: 'Priya Nair', email: 'priya.nair@example.com', role: 'Product Manager', team: 'Platform' },
    { id: samplePersonIds.diego, name: 'Diego Alvarez', email: 'diego.alvarez@example.com', role: 'Design Lead', team: 'Design' },
    { id: samplePersonIds.hannah, name: 'Hannah Okafor', email: 'hannah.okafor@example.com', role: 'Support Lead', team: 'Customer Success' },
    { id: samplePersonIds.kofi, name: 'Kofi Mensah', email: 'kofi.mensah@example.com', role: 'Engineering Manager', team: 'Platform' }
  ]
  return people.map((person) => ({ ...person, ...stamp }))
}
