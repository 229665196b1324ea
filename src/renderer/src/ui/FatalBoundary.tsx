import { Component, useState, type ReactNode } from 'react'
import { logCaughtError } from './ErrorBoundary'

/**
 * The last line: when even the shell fails (the theme, the providers, the database opening), this plain
 * page replaces the blank window. It uses no Mantine, so it draws whatever else is broken.
 */
function FatalScreen({ error, onExport }: { error: Error; onExport: () => Promise<string | undefined> }) {
  const [status, setStatus] = useState<string>()
  const exportNow = async () => {
    setStatus('Exporting…')
    try {
      const saved = await onExport()
      setStatus(saved ? `Workspace exported to ${saved}.` : undefined)
    } catch (exportError) {
      setStatus(`Could not export: ${exportError instanceof Error ? exportError.message : String(exportError)}`)
    }
  }
  const button = { font: 'inherit', padding: '8px 16px', marginRight: 8, borderRadius: 6, border: '1px solid #8884', cursor: 'pointer' } as const
  return (
    <main role="alert" style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '64px auto', padding: 24, lineHeight: 1.5, colorScheme: 'light dark' }}>
      <h1 style={{ fontSize: 24 }}>Opsdeck ran into a problem</h1>
      <p>The window could not be drawn. Your workspace is stored on this computer and was not changed. Reload to try again, or export the workspace first.</p>
      <pre style={{ whiteSpace: 'pre-wrap', padding: 12, borderRadius: 6, background: '#8882' }}>{error.message}</pre>
      <button type="button" style={{ ...button, background: '#4c6ef5', color: 'white', border: 'none' }} onClick={() => window.location.reload()}>
        Reload
      </button>
      <button type="button" style={button} onClick={() => void exportNow()}>
        Export workspace
      </button>
      {status && <p role="status">{status}</p>}
    </main>
  )
}

export class FatalBoundary extends Component<{ onExport: () => Promise<string | undefined>; children: ReactNode }, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined }

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown): void {
    logCaughtError('window', error)
  }

  override render(): ReactNode {
    return this.state.error ? <FatalScreen error={this.state.error} onExport={this.props.onExport} /> : this.props.children
  }
}
