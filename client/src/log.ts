/**
 * The extension's single log channel. Errors offer "Show Log".
 */
import * as vscode from 'vscode';

/** Thin wrapper over a LogOutputChannel. */
export class Log implements vscode.Disposable {
	readonly channel: vscode.LogOutputChannel;

	constructor(name: string) {
		this.channel = vscode.window.createOutputChannel(name, { log: true });
	}

	info(msg: string): void {
		this.channel.info(msg);
	}

	warn(msg: string): void {
		this.channel.warn(msg);
	}

	/** Logs an error with its stack and shows a message with a "Show Log" button. */
	error(msg: string, err?: unknown): void {
		const detail = err instanceof Error ? err.stack ?? err.message : err === undefined ? '' : JSON.stringify(err);
		this.channel.error(detail ? `${msg}: ${detail}` : msg);
		void vscode.window.showErrorMessage(err instanceof Error ? `${msg}: ${err.message}` : msg, 'Show Log').then((choice) => {
			if (choice === 'Show Log') {
				this.channel.show();
			}
		});
	}

	dispose(): void {
		this.channel.dispose();
	}
}
