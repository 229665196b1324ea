import { z } from 'zod'

/**
 * zod compiles fast paths with `new Function` when it may. Opsdeck's CSP
 * forbids eval, so the probe would only log a violation: turn it off before
 * any schema runs. Imported first by every renderer entry point and worker.
 */
z.config({ jitless: true })
