/**
 * Entry point of the language server: `node dist/server.js --stdio` (any editor) or spawned over IPC by VS Code.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lspServer';

const connection = createConnection(ProposedFeatures.all);

// A bug in one request must not take the server down: log it and keep serving.
process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? String(err)}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));

startServer(connection);
