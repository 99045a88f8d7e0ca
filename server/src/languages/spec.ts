/**
 * What every language module provides to the generic LSP features.
 */
import type { CompletionItem, Diagnostic, DocumentLink, DocumentSymbol, Hover, Position } from 'vscode-languageserver-types';
import type { WorkspaceIndex } from '../features/workspaceIndex';
import type { ConfigDocument } from '../parser/ast';
import type { Settings } from '../../../shared/settings';

/** Per-document context a feature needs. */
export interface DocContext {
	/** Document URI (used for file-name based decisions such as ts2phc vs ptp4l). */
	uri: string;
	/** Settings for this resource. */
	settings: Settings;
}

/** A language module (linuxptp, chrony, systemd-unit …). */
export interface LanguageService {
	/** The LSP language id. */
	readonly languageId: string;
	/** Tokenizes text; never throws. */
	parse(text: string): ConfigDocument;
	/** Tokenizes a new version, reusing the previous tree where the language can; never throws. */
	reparse?(prev: ConfigDocument, text: string): ConfigDocument;
	/** All diagnostics for a document. */
	diagnostics(doc: ConfigDocument, ctx: DocContext): Diagnostic[];
	/** Completion items at a position. */
	completion(doc: ConfigDocument, p: Position, ctx: DocContext): CompletionItem[];
	/** Hover at a position. */
	hover(doc: ConfigDocument, p: Position, ctx: DocContext): Hover | null;
	/** Outline. */
	symbols(doc: ConfigDocument, ctx: DocContext): DocumentSymbol[];
	/** Links from paths in the file to workspace files. */
	links?(doc: ConfigDocument, index: WorkspaceIndex): DocumentLink[];
	/** Whether the formatter aligns values in a column (sections of key/value settings) or keeps one blank. */
	alignValues: boolean;
}
