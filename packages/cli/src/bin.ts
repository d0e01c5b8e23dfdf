import { processIo } from './io.js';
import { runCli } from './program.js';

// EPIPE (e.g. `pcaq eval ... | head`) is a reader going away, not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
