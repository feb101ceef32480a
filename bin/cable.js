#!/usr/bin/env node
'use strict';
// The bundled CLI; `npm run build` writes it.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('cable: not built yet; run `npm run build` first\n');
  process.exit(2);
}
require(bundle);
