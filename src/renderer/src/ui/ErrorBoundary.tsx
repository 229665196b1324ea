import { Component, type ErrorInfo, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  /** What to show instead of the children that failed; `retry` renders them again. */
  fallback: (error: Error, retry: () => void) => ReactNode
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
  }

  retry = (): void => this.setState({ error: undefined })

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children
  }
}
