export { SettingsPage, loadSampleWithConfirmation } from './SettingsPage'
