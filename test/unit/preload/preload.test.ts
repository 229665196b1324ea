import { describe, it, expect, vi } from 'vitest'
import { bridgeChannels, commandEventChannel, type InvokedMethod } from '@shared/bridge'

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: { invoke: vi.fn(async () => 'answer'), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() }
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: electron.ipcRenderer
}))

await import('../../../src/preload/index')
const bridge = electron.exposed.get('opsdeck') as Record<string, (...args: unknown[]) => unknown>

const withoutArgument: InvokedMethod[] = ['getAppInfo', 'listBackups', 'showErrorLog', 'getBackupLocation', 'chooseBackupFolder', 'useDefaultBackupFolder', 'reconnectBackupFolder']

describe('the preload', () => {
  it('exposes exactly the bridge methods on window.opsdeck', () => {
    expect([...electron.exposed.keys()]).toEqual(['opsdeck'])
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(bridgeChannels), 'onCommand'].sort())
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function')
      expect(value).not.toBe(electron.ipcRenderer.invoke)
    }
  })

  it('invokes each method on its own channel with its argument', async () => {
    for (const method of Object.keys(bridgeChannels) as InvokedMethod[]) {
      electron.ipcRenderer.invoke.mockClear()
      const args = withoutArgument.includes(method) ? undefined : { probe: method }
      expect(await bridge[method]!(args)).toBe('answer')
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(bridgeChannels[method], ...(args === undefined ? [] : [args]))
    }
  })

  it('passes menu commands to a listener, without the event, until it stops listening', () => {
    const listener = vi.fn()
    const stop = bridge['onCommand']!(listener) as () => void
    const [channel, handler] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, (event: unknown, id: string) => void]
    expect(channel).toBe(commandEventChannel)
    handler({ sender: 'ipcRenderer internals' }, 'go.tools')
    expect(listener).toHaveBeenCalledExactlyOnceWith('go.tools')
    stop()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(commandEventChannel, handler)
  })

  it('never sends on a channel of its own choosing', () => {
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
  })
})
