/**
 * Extension entry: starts the language client and registers each command.
 */
import * as vscode from 'vscode';
import { createLanguageClient } from './languageClient';
import { Log } from './log';
import type { Ctx } from './ctx';
import * as restartServer from './commands/restartServer';
import * as showLog from './commands/showLog';
import * as firstLineDetect from './firstLineDetect';

let ctx: Ctx | undefined;

/** Called by VS Code on the first `onLanguage:` event. */
export async function activate(context: vscode.ExtensionContext): Promise<{ ready: number }> {
	const log = new Log('ptpconf');
	context.subscriptions.push(log);
	const started = Date.now();
	try {
		const client = createLanguageClient(context);
		ctx = { extension: context, client, log };
		context.subscriptions.push(restartServer.register(ctx), showLog.register(ctx), firstLineDetect.register(log));
		await client.start();
		log.info(`language server ready in ${Date.now() - started} ms`);
		return { ready: Date.now() - started };
	} catch (err) {
		log.error('ptpconf failed to start its language server', err);
		throw err;
	}
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
	await ctx?.client.stop();
}
