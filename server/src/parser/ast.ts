/**
 * One syntax tree for all languages: sections, entries (key + value), comments and parse problems,
 * every node with an LSP Range so features never convert offsets.
 */
import type { Range } from 'vscode-languageserver-types';

/** A piece of text and where it is. */
export interface Token {
	/** The text exactly as written. */
	text: string;
	/** Where it is (UTF-16 columns, as LSP wants). */
	range: Range;
}

/** A `[name]` section and what belongs to it. */
export interface Section {
	/** The name as the daemon sees it (linuxptp: first word between the brackets). */
	name: string;
	/** The whole header as written, e.g. `[ptp_domain 0]`. */
	header: Token;
	/** The text between the brackets, trimmed (e.g. `ptp_domain 0`); empty when there is none. */
	inner: Token;
	/** 0-based line of the header. */
	line: number;
	/** From the header to the end of the last line before the next header. */
	range: Range;
	/** Entries inside it, in order. */
	entries: Entry[];
	/** True when the header lacks its closing `]`. */
	unclosed: boolean;
}

/** One `key value…` line. */
export interface Entry {
	/** 0-based line number. */
	line: number;
	/** The first word. */
	key: Token;
	/** The rest of the line after the first run of blanks, with trailing blanks removed; null when absent. */
	value: Token | null;
	/** The value split on blanks. */
	args: Token[];
	/** The section the entry is in; null before the first header. */
	section: Section | null;
	/** The line without leading and trailing blanks. */
	range: Range;
}

/** A whole-line comment. */
export interface Comment {
	/** 0-based line number. */
	line: number;
	/** The comment text including its marker. */
	token: Token;
}

/** A problem found while tokenizing (never thrown). */
export interface ParseProblem {
	/** Where. */
	range: Range;
	/** One sentence. */
	message: string;
}

/** A parsed file. */
export interface ConfigDocument {
	/** Language id the document was parsed as. */
	languageId: string;
	/** The file's lines without line terminators. */
	lines: string[];
	/** Whether the text ends with a newline (some daemons treat an unterminated last line differently). */
	finalNewline?: boolean;
	/** Sections in order. */
	sections: Section[];
	/** All entries in order, including those before the first section. */
	entries: Entry[];
	/** Whole-line comments. */
	comments: Comment[];
	/** Tokenizer problems. */
	problems: ParseProblem[];
}

/** Builds a one-line range. */
export function lineRange(line: number, start: number, end: number): Range {
	return { start: { line, character: start }, end: { line, character: end } };
}
