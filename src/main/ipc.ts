import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import { bridgeArgSchemas, bridgeChannels, type DesktopBridge, type InvokedMethod } from '@shared/bridge'
import { isTrustedSender, type TrustOptions } from './security'
import { userError } from './userError'

export type BridgeArgs<M extends InvokedMethod> = z.output<(typeof bridgeArgSchemas)[M]>
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
  // TypeScript cannot follow a generic index into the schema table; the mapped types above keep it honest.
  const schema = bridgeArgSchemas[method] as unknown as z.ZodType<BridgeArgs<M>>
  const handler = handlers[method] as BridgeHandlers[M]
  ipcMain.handle(bridgeChannels[method], async (event, arg: unknown) => {
    if (!isTrustedSender(event, isPackaged, devServerUrl)) {
      throw userError('Request refused: it did not come from the Opsdeck window')
    }
    const parsed = schema.safeParse(arg)
    if (!parsed.success) throw userError(`Invalid request to ${method}: ${describeIssues(parsed.error)}`)
    return handler(parsed.data, event)
  })
}

/** 'offset: Too small: expected number to be >=0; length: …' */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'argument'}: ${issue.message}`).join('; ')
}
