/**
 * `ptpconf.restartServer`: restarts the language server (after an update, or if it misbehaves).
 */
import * as vscode from 'vscode';
import { runCommand, type Ctx } from '../ctx';

/** Registers the command. */
export function register(ctx: Ctx): vscode.Disposable {
	return vscode.commands.registerCommand('ptpconf.restartServer', () => runCommand(ctx, 'Restart Language Server', async () => {
		ctx.log.info('restarting the language server');
		await ctx.client.restart();
		ctx.log.info('language server restarted');
		return true;
	}));
}
