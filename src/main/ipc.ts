import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { bridgeChannels, parseBridgeArgs, type BridgeArgs, type DesktopBridge, type InvokedMethod } from '@shared/bridge'
import { isTrustedSender, type TrustOptions } from './security'
import { userError } from './userError'

export type { BridgeArgs }
export type BridgeResult<M extends InvokedMethod> = Awaited<ReturnType<DesktopBridge[M]>>

/** What main does for each bridge method, given arguments already checked against the contract. */
export type BridgeHandlers = {
  [M in InvokedMethod]: (args: BridgeArgs<M>, event: IpcMainInvokeEvent) => Promise<BridgeResult<M>> | BridgeResult<M>
}

export interface IpcDeps extends TrustOptions {
  handlers: BridgeHandlers
}

export function registerIpcHandlers(deps: IpcDeps): void {
  for (const method of Object.keys(bridgeChannels) as InvokedMethod[]) handleInvoke(method, deps)
}

/** The gate every request passes: the sender first, then its argument, then the work. */
function handleInvoke<M extends InvokedMethod>(method: M, { handlers, isPackaged, devServerUrl }: IpcDeps): void {
  const handler = handlers[method] as BridgeHandlers[M]
  ipcMain.handle(bridgeChannels[method], async (event, arg: unknown) => {
    if (!isTrustedSender(event, isPackaged, devServerUrl)) {
      throw userError('Request refused: it did not come from the Opsdeck window')
    }
    const parsed = parseBridgeArgs(method, arg)
    if (!parsed.ok) throw userError(parsed.message)
    return handler(parsed.data, event)
  })
}
