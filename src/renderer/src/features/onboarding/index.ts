export { FirstRunScreen } from './FirstRunScreen'
