// Stands in for FlexSearch's WorkerIndex inside its module build (see flexsearchIndexOnly.mjs).
export default function WorkerIndex() {
  throw new Error('FlexSearch workers are not part of Opsdeck: index in the search worker instead')
}
