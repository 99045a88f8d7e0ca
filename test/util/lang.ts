/**
 * Shortcuts to run a language service on inline text.
 */
import type { CompletionItem, Diagnostic, Hover } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { serviceFor } from '../../server/src/languages/registry';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { caret } from './caret';

/** Settings with a few fields changed. */
export function settingsWith(linuxptpVersion = 'newest', expert = true, chronyVersion = 'newest'): Settings {
	return { linuxptp: { version: linuxptpVersion }, chrony: { version: chronyVersion }, diagnostics: { ...DEFAULT_SETTINGS.diagnostics, expertWarnings: expert } };
}

/** Diagnostics of a text. */
export function diagnose(languageId: string, text: string, settings: Settings = settingsWith(), uri = 'file:///etc/linuxptp/ptp4l.conf'): Diagnostic[] {
	const s = serviceFor(languageId)!;
	return computeDiagnostics(s, s.parse(text), { uri, settings });
}

/** Completion at the `|` caret. */
export function complete(languageId: string, src: string, settings: Settings = settingsWith(), uri = 'file:///etc/linuxptp/ptp4l.conf'): CompletionItem[] {
	const { text, position } = caret(src);
	const s = serviceFor(languageId)!;
	return s.completion(s.parse(text), position, { uri, settings });
}

/** Hover at the `|` caret, as plain markdown text. */
export function hover(languageId: string, src: string, settings: Settings = settingsWith(), uri = 'file:///etc/linuxptp/ptp4l.conf'): string | null {
	const { text, position } = caret(src);
	const s = serviceFor(languageId)!;
	const h: Hover | null = s.hover(s.parse(text), position, { uri, settings });
	if (!h) {
		return null;
	}
	const c = h.contents as { value: string };
	return c.value;
}

/** Error diagnostics only, as `line:code` strings (1-based lines). */
export function errorsOf(list: Diagnostic[]): string[] {
	return list.filter((d) => d.severity === 1).map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
}
