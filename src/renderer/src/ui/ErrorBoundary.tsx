import { Component, type ErrorInfo, type ReactNode } from 'react'
import { getBridge } from '../bridge'

interface ErrorBoundaryProps {
  /** What to show instead of the children that failed; `retry` renders them again. */
  fallback: (error: Error, retry: () => void) => ReactNode
  /** Where this boundary sits, for the error log: "Playbooks page". */
  where: string
  children: ReactNode
}

/** Catches a render error below it, so one failing part costs that part and not the window. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined }

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for the person who reports the problem: the console is the log the browser build has.
    console.warn('Opsdeck caught an error while showing a page', error, info.componentStack)
    logCaughtError(this.props.where, error, info.componentStack ?? undefined)
  }

  retry = (): void => this.setState({ error: undefined })

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children
  }
}

/** Sends a caught error to the local log (main's log file on the desktop); logging never throws. */
export function logCaughtError(where: string, error: unknown, componentStack?: string): void {
  const message = error instanceof Error ? error.message : String(error)
  const stack = [error instanceof Error ? error.stack : undefined, componentStack].filter(Boolean).join('\n').slice(0, 20_000) || undefined
  try {
    void getBridge()
      .logError({ where: where.slice(0, 200), message: message.slice(0, 4000), stack })
      .catch(() => undefined)
  } catch {
    // No bridge (a test, a broken preload): the console already has it.
  }
}
