#!/usr/bin/env node
'use strict';
// The bundled CLI; `npm run build` writes it.
require('../dist/cli.js');
