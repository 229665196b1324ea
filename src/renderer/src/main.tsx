import '@shared/zodJitless'
import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/spotlight/styles.css'
import '@mantine/charts/styles.css'
import { StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { Providers } from './Providers'
import { requestPersistentStorage } from './db/persistence'
import { backUpBeforeUpgrade, exportWorkspaceToFile, WorkspaceOpenProblem } from './features/backups'
import { openWorkspace } from './db/openWorkspace'
import { FatalBoundary } from './ui/FatalBoundary'
import { reportUncaughtStorageErrors } from './ui/notify'

void requestPersistentStorage()
reportUncaughtStorageErrors()

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
const container = root
const reactRoot = createRoot(container)
const draw = (content: ReactNode) =>
  reactRoot.render(
    <StrictMode>
      <FatalBoundary onExport={() => exportWorkspaceToFile()}>
        <Providers>{content}</Providers>
      </FatalBoundary>
    </StrictMode>
  )

// Before the first query opens (and, after an update, upgrades) the database; one that will not open gets its own screen.
void backUpBeforeUpgrade()
  .then(() => openWorkspace())
  .then((failure) => draw(failure ? <WorkspaceOpenProblem failure={failure} onOpened={() => draw(<App />)} /> : <App />))
