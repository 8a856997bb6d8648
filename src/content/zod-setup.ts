import { z } from 'zod';

/**
 * Every page runs under a Content-Security-Policy without `unsafe-eval`. zod compiles faster
 * parsers with `new Function` when it may, and merely probing for that is a CSP violation, so it
 * is told not to before any schema parses. Import this first in every page's entry.
 */
z.config({ jitless: true });
