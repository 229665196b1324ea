// Which browser the end-to-end tests, the bench and the screenshots launch: never a downloaded one.
import { existsSync } from 'node:fs'

/** Linux paths of Chromium and Chrome, Debian's first (what CI installs). */
export const linuxExecutables = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge'
]

/** Where an installed Chrome or Edge lives on macOS and Windows; Playwright launches it by its channel. */
const channelExecutables = (env) => {
  const windowsRoots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramFiles, env['ProgramFiles(x86)']].filter(Boolean)
  return {
    chrome: {
      darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
      win32: windowsRoots.map((root) => `${root}\\Google\\Chrome\\Application\\chrome.exe`)
    },
    msedge: {
      darwin: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
      win32: windowsRoots.map((root) => `${root}\\Microsoft\\Edge\\Application\\msedge.exe`)
    }
  }
}

/**
 * The browser to launch: CHROMIUM_PATH, then a Linux path, then Chrome or Edge through Playwright's channel.
 * Pure: the environment, the platform and `exists` are given.
 * @param {{ env: Record<string, string | undefined>, platform: string, exists: (path: string) => boolean }} machine
 * @returns {{ found: true, launch: { executablePath: string } | { channel: 'chrome' | 'msedge' }, description: string } | { found: false, message: string }}
 */
export function findBrowser({ env, platform, exists }) {
  const chosen = env.CHROMIUM_PATH
  if (chosen) {
    return exists(chosen)
      ? { found: true, launch: { executablePath: chosen }, description: chosen }
      : { found: false, message: `CHROMIUM_PATH is ${chosen}, but there is no file there: point it at a Chromium or Chrome executable.` }
  }
  if (platform === 'linux') {
    const path = linuxExecutables.find(exists)
    if (path) return { found: true, launch: { executablePath: path }, description: path }
  }
  for (const [channel, byPlatform] of Object.entries(channelExecutables(env))) {
    const path = (byPlatform[platform] ?? []).find(exists)
    if (path) return { found: true, launch: { channel }, description: `${channel} (${path})` }
  }
  return { found: false, message: missingMessage(platform) }
}

/** One line: what to install on this platform. */
function missingMessage(platform) {
  const install = platform === 'linux' ? 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium)'
    : platform === 'darwin' ? 'install Google Chrome or Microsoft Edge into /Applications'
      : platform === 'win32' ? 'install Google Chrome or Microsoft Edge'
        : 'install Chromium or Google Chrome'
  return `No browser for the end-to-end tests: ${install}, or set CHROMIUM_PATH to a Chromium executable.`
}

/** The launch options of the browser on this machine; without one, prints the one line of findBrowser and exits. */
export function browserOrExit() {
  const browser = findBrowser({ env: process.env, platform: process.platform, exists: existsSync })
  if (browser.found) return browser.launch
  console.error(browser.message)
  process.exit(1)
}
