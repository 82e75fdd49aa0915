import { z } from 'zod';

// The API's CSP forbids eval: tell zod not to probe `new Function` (the probe alone is reported as a
// CSP violation in the console) nor compile parsers. This module must be imported before
// `@antq/domain` builds its schemas, hence first in main.tsx.
z.config({ jitless: true });
