import '@shared/zodJitless'
import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/spotlight/styles.css'
import '@mantine/charts/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { Providers } from './Providers'
import { requestPersistentStorage } from './db/persistence'
import { backUpBeforeUpgrade, exportWorkspaceToFile } from './features/backups'
import { FatalBoundary } from './ui/FatalBoundary'
import { reportUncaughtStorageErrors } from './ui/notify'

void requestPersistentStorage()
reportUncaughtStorageErrors()

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
const container = root
// Before the first query opens (and, after an update, upgrades) the database.
void backUpBeforeUpgrade().finally(() =>
  createRoot(container).render(
    <StrictMode>
      <FatalBoundary onExport={() => exportWorkspaceToFile()}>
        <Providers>
          <App />
        </Providers>
      </FatalBoundary>
    </StrictMode>
  )
)
