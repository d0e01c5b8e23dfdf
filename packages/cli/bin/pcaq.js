#!/usr/bin/env node
// A committed shim, so the package manager can link the binary before the first build. It runs the
// CLI's bundle, which `pnpm build` makes after compiling (docs/performance.md, "Start-up: the CLI
// runs a bundle"); before that bundle exists, the compiled files it is made from.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/bundle/bin.js", import.meta.url);
await import(existsSync(bundle) ? bundle.href : "../dist/bin.js");
