#!/usr/bin/env node
// A committed shim, so the package manager can link the binary before the first build.
import "../dist/bin.js";
