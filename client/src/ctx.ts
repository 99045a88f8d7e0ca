/**
 * Everything a feature needs: the extension context, the language client, the log.
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Log } from './log';

/** Shared extension state. */
export interface Ctx {
	/** VS Code's extension context (subscriptions, paths, secrets). */
	readonly extension: vscode.ExtensionContext;
	/** The running language client. */
	readonly client: LanguageClient;
	/** The extension log. */
	readonly log: Log;
}

/** Runs a command body; errors are logged with their stack and shown with "Show Log". */
export async function runCommand<T>(ctx: Ctx, name: string, fn: () => Promise<T>): Promise<T | undefined> {
	try {
		return await fn();
	} catch (err) {
		ctx.log.error(`${name} failed`, err);
		return undefined;
	}
}
