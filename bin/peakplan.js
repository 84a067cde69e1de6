#!/usr/bin/env node
// Thin launcher: everything lives in the compiled CLI (built by `npm install` via the prepare script).
import { main } from "../dist/main.js";

process.exitCode = await main(process.argv);
