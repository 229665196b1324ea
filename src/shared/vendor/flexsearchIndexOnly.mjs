// FlexSearch's Index alone, from the package's ES module build. The package's
// bundle also carries WorkerIndex, whose worker handler runs a string through
// Function(); Opsdeck never uses FlexSearch's own workers, and nothing that
// evaluates strings may ship (npm run security fails on it). Every build and
// test resolves `flexsearch` here (see flexsearchAlias in vite.web.config.mts).
export { default as Index } from '../../../node_modules/flexsearch/dist/module/index.js'
