export type BrowserLaunch = { executablePath: string } | { channel: 'chrome' | 'msedge' }
export type FoundBrowser = { found: true; launch: BrowserLaunch; description: string } | { found: false; message: string }
export declare const linuxExecutables: readonly string[]
export declare function findBrowser(machine: { env: Record<string, string | undefined>; platform: string; exists: (path: string) => boolean }): FoundBrowser
export declare function browserOrExit(): BrowserLaunch
