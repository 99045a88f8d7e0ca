/**
 * Creates the language client: the server runs as a Node child process over IPC.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Language ids our server serves (ours, plus ids other systemd extensions use for the same files). */
export const DOCUMENT_LANGUAGES = ['linuxptp', 'chrony'];

/** Builds (does not start) the client. */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
	const module = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
	};
	const outputChannel = vscode.window.createOutputChannel('ptpconf Language Server', { log: true });
	// Created and deleted config files change where paths such as `include …` lead.
	const watcher = vscode.workspace.createFileSystemWatcher('**/*.{conf,cfg,sources,service,socket,timer,target}', false, true, false);
	context.subscriptions.push(watcher, outputChannel);
	const clientOptions: LanguageClientOptions = {
		documentSelector: DOCUMENT_LANGUAGES.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }, { scheme: 'vscode-remote', language }]),
		synchronize: { configurationSection: 'ptpconf', fileEvents: watcher },
		outputChannel,
		traceOutputChannel: outputChannel,
		revealOutputChannelOn: 4, // RevealOutputChannelOn.Never
		initializationFailedHandler: (error) => {
			outputChannel.error(`initialization failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
			outputChannel.show(true);
			return false;
		},
	};
	return new LanguageClient('ptpconf', 'ptpconf Language Server', serverOptions, clientOptions);
}
