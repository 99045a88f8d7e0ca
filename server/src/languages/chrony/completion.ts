/**
 * Completion for chrony files: directives of the chosen release, the options valid for the directive at the
 * cursor, refclock drivers and their parameters, log fields and mode words.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { cursorContext } from '../../features/cursorContext';
import { CHRONY_DIRECTIVE_DOCS, CHRONY_OPTION_DOCS } from './docs';
import { directiveMarkdown, optionMarkdown, optionSetOf } from './hover';
import { asciiLower, directivesFor, driversFor, optionsFor, wordsFor, type ChronyRelease, type ChronyWordList } from './options';

const SOURCE_DIRECTIVES = new Set(['server', 'pool', 'peer']);

function directiveItems(release: ChronyRelease, sources: boolean): CompletionItem[] {
	const items: CompletionItem[] = [];
	for (const d of directivesFor(release).values()) {
		if (d.parser === 'ignored' || d.parser === 'obsolete' || d.aliasOf || (sources && !SOURCE_DIRECTIVES.has(d.name))) {
			continue;
		}
		const doc = CHRONY_DIRECTIVE_DOCS[d.name];
		items.push({
			label: d.name,
			kind: CompletionItemKind.Keyword,
			detail: doc?.usage ?? d.usage[0],
			documentation: { kind: MarkupKind.Markdown, value: directiveMarkdown(d, release) },
			sortText: `${doc?.group === 'sources' ? '0' : '1'}${d.name}`,
		});
	}
	return items;
}

function wordItems(list: ChronyWordList, release: ChronyRelease): CompletionItem[] {
	const docs = CHRONY_OPTION_DOCS[list] ?? {};
	return wordsFor(list, release).map((w) => ({ label: w, kind: CompletionItemKind.EnumMember, documentation: docs[w] }));
}

/** Computes completion items. */
export function chronyCompletion(doc: ConfigDocument, p: Position, release: ChronyRelease, sources: boolean): CompletionItem[] {
	const ctx = cursorContext(doc, p);
	if (ctx.kind === 'comment' || ctx.kind === 'header') {
		return [];
	}
	if (ctx.kind === 'key' || ctx.kind === 'blank') {
		return directiveItems(release, sources);
	}
	const d = directivesFor(release).get(asciiLower(ctx.entry.key.text));
	if (!d) {
		return [];
	}
	// Index of the argument being typed: the word under the cursor, or the next one after a blank.
	const argIndex = ctx.arg >= 0 ? ctx.arg : ctx.entry.args.filter((a) => a.range.end.character < p.character).length;
	const prev = argIndex > 0 ? asciiLower(ctx.entry.args[argIndex - 1]?.text ?? '') : '';
	const set = optionSetOf(d);
	if (d.parser === 'refclock') {
		if (argIndex === 0) {
			const docs = CHRONY_OPTION_DOCS['refclock-drivers'] ?? {};
			return [...driversFor(release).keys()].map((n) => ({ label: n, kind: CompletionItemKind.Class, documentation: docs[n] }));
		}
		if (argIndex === 1) {
			const driver = ctx.entry.args[0]?.text ?? '';
			const docs = CHRONY_OPTION_DOCS[`refclock-${driver}`] ?? {};
			const base = ctx.token?.text.split(':')[0] ?? (driver === 'PHC' ? '/dev/ptp0' : driver === 'PPS' ? '/dev/pps0' : '');
			return (driversFor(release).get(driver) ?? []).map((o) => ({
				label: `${base}:${o.name}${o.value ? '=' : ''}`,
				kind: CompletionItemKind.Property,
				documentation: docs[o.name],
				filterText: `${ctx.token?.text ?? ''}${o.name}`,
			}));
		}
	}
	if (d.parser === 'hwtimestamp' && argIndex === 0) {
		return [{ label: '*', kind: CompletionItemKind.Constant, detail: 'every interface that supports hardware timestamping' }];
	}
	if (set) {
		const opts = optionsFor(set, release);
		const before = opts.get(prev);
		if (before && before.value !== 'flag' && argIndex > (SOURCE_DIRECTIVES.has(d.name) ? 1 : 0)) {
			const values = before.values ?? (before.codes ? before.codes.map((c) => `F${c.toString(16).toUpperCase()}`) : []);
			return values.map((v) => ({ label: v, kind: CompletionItemKind.Value }));
		}
		if (SOURCE_DIRECTIVES.has(d.name) && argIndex === 0) {
			return [];
		}
		const used = new Set(ctx.entry.args.map((a) => asciiLower(a.text)));
		return [...opts.values()].filter((o) => (o.name !== 'maxsources' || d.name === 'pool')).map((o) => ({
			label: o.name,
			kind: CompletionItemKind.Property,
			detail: o.value === 'flag' ? 'flag' : o.value,
			documentation: { kind: MarkupKind.Markdown, value: optionMarkdown(set, o, release) },
			sortText: `${used.has(o.name) ? '1' : '0'}${o.name}`,
		}));
	}
	switch (d.parser) {
		case 'log':
			return wordItems('log', release);
		case 'leapsecmode':
			return wordItems('leapsecmode', release);
		case 'authselectmode':
			return wordItems('authselectmode', release);
		case 'open_commands':
			return wordItems('opencommands', release);
		case 'allow_deny':
			return argIndex === 0 ? [{ label: 'all', kind: CompletionItemKind.Keyword, detail: 'every address (with a subnet: also its subnets)' }] : [];
		default:
			return [];
	}
}
