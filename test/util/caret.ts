/**
 * `|` marks the cursor in inline fixtures: returns the text without it and the position.
 */
import type { Position } from 'vscode-languageserver-types';

/** Splits a fixture at its `|` caret. */
export function caret(src: string): { text: string; position: Position } {
	const i = src.indexOf('|');
	if (i < 0) {
		throw new Error('fixture has no | caret');
	}
	const before = src.slice(0, i);
	const line = before.split('\n').length - 1;
	const character = i - (before.lastIndexOf('\n') + 1);
	return { text: before + src.slice(i + 1), position: { line, character } };
}
