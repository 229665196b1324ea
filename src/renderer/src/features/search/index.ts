export { CommandPalette } from './CommandPalette'
