export { PeoplePage } from './PeoplePage'
export { openPersonEditor } from './PersonForm'
export { PersonSelect, PeopleMultiSelect } from './PersonSelect'
export { usePeopleNames } from './usePersonName'
