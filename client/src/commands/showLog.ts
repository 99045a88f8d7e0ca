/**
 * `ptpconf.showLog`: reveals the extension log.
 */
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';

/** Registers the command. */
export function register(ctx: Ctx): vscode.Disposable {
	return vscode.commands.registerCommand('ptpconf.showLog', () => {
		ctx.log.channel.show();
	});
}
