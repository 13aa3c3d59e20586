/**
 * Sets zod to its interpreted parsers before any schema is built. zod otherwise probes for eval
 * with Function('') when a schema is created; the production page's Content-Security-Policy
 * forbids eval, so the probe failed and logged a policy violation on every load. Imported first
 * by schema.ts (and by the entry points), ahead of every schema: schemas read this setting as
 * they load.
 */
import { z } from 'zod';

z.config({ jitless: true });
