import { MultiSelect, Select } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { listPeople } from '../../db/people'

function usePeopleOptions() {
  const people = useLiveQuery(() => listPeople(), []) ?? []
  return people.map((person) => ({ value: person.id, label: person.team ? `${person.name} (${person.team})` : person.name }))
}

/** Every owner field picks from the People directory. */
export function PersonSelect({ label, value, onChange, description }: { label: string; value?: string; onChange: (id: string | undefined) => void; description?: string }) {
  const options = usePeopleOptions()
  return (
    <Select
      label={label}
      description={description}
      data={options}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      searchable
      clearable
      placeholder={options.length === 0 ? 'Add people on the People page first' : 'Choose a person'}
      nothingFoundMessage="No one by that name"
    />
  )
}

/** RACI fields and teams of people pick several. */
export function PeopleMultiSelect({ label, value, onChange }: { label: string; value: string[]; onChange: (ids: string[]) => void }) {
  const options = usePeopleOptions()
  return <MultiSelect label={label} data={options} value={value} onChange={onChange} searchable clearable placeholder="Choose people" />
}
