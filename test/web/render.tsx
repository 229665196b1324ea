import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { Providers } from '../../src/renderer/src/Providers'

export function renderWithProviders(ui: ReactElement) {
  return render(<Providers env="test">{ui}</Providers>)
}
