import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { Providers } from '../../src/renderer/src/Providers'

export function renderWithProviders(ui: ReactElement): RenderResult {
  return render(<Providers env="test">{ui}</Providers>)
}
