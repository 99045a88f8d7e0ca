/**
 * Hover for chrony files: directives (usage, our explanation, releases, man page link), keyword options,
 * refclock drivers and driver options, log fields and mode words.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { cursorContext } from '../../features/cursorContext';
import { CHRONY_DIRECTIVE_DOCS, CHRONY_OPTION_DOCS } from './docs';
import {
	asciiLower, describeReleases, directiveHistory, directivesFor, optionHistory, optionsFor, releasesOf, type ChronyOptionSet, type ChronyRelease,
	type ResolvedDirective, type ResolvedOption,
} from './options';

/** Upstream manual page of a release, optionally at a directive's anchor. */
export function chronyManUrl(release: string, anchor = ''): string {
	return `https://chrony-project.org/doc/${release}/chrony.conf.html${anchor ? `#${anchor}` : ''}`;
}

/** Which keyword-option set a directive reads, if any. */
export function optionSetOf(d: ResolvedDirective | undefined): ChronyOptionSet | undefined {
	switch (d?.parser) {
		case 'source':
			return 'source';
		case 'refclock':
			return 'refclock';
		case 'hwtimestamp':
			return 'hwtimestamp';
		case 'local':
			return 'local';
		case 'ratelimit':
			return 'ratelimit';
		default:
			return undefined;
	}
}

function valueText(o: ResolvedOption): string {
	const kind = o.value === 'flag' ? 'flag' : o.value === 'double' ? 'number' : o.value === 'refid' ? 'reference id (≤ 4 characters)' : o.value === 'word4' ? `one of ${(o.values ?? []).join(', ')}` : o.value === 'hex32' ? 'code' : 'integer';
	const range = o.min !== undefined || o.max !== undefined ? ` ${o.min ?? '…'}…${o.max ?? '…'}` : '';
	return `${kind}${range}`;
}

/** Markdown for a directive. */
export function directiveMarkdown(d: ResolvedDirective, release: ChronyRelease): string {
	const doc = CHRONY_DIRECTIVE_DOCS[d.aliasOf ?? d.name] ?? CHRONY_DIRECTIVE_DOCS[d.name];
	const parts = [`**${d.name}**${d.aliasOf ? ` (old name of \`${d.aliasOf}\`)` : ''}`];
	const usage = doc?.usage ?? d.usage[0];
	if (usage) {
		parts.push(`\`${usage}\``);
	}
	if (doc) {
		parts.push(doc.summary);
	}
	const hist = directiveHistory(d.name);
	parts.push(`chrony ${describeReleases(hist ? releasesOf(hist.variants) : [release])} (showing ${release}).`);
	parts.push(`[chrony.conf(5)](${chronyManUrl(release, doc?.anchor ?? '')})`);
	return parts.join('\n\n');
}

/** Markdown for a keyword option. */
export function optionMarkdown(set: ChronyOptionSet, o: ResolvedOption, release: ChronyRelease): string {
	const text = CHRONY_OPTION_DOCS[set]?.[o.name];
	const hist = optionHistory(set, o.name);
	return [`**${o.name}** — ${valueText(o)}`, text ?? '', `chrony ${describeReleases(hist ? releasesOf(hist.variants) : [release])}.`].filter((x) => x !== '').join('\n\n');
}

/** Computes hover. */
export function chronyHover(doc: ConfigDocument, p: Position, release: ChronyRelease): Hover | null {
	const ctx = cursorContext(doc, p);
	if (ctx.kind !== 'key' && ctx.kind !== 'value') {
		return null;
	}
	const name = asciiLower(ctx.entry.key.text);
	const table = directivesFor(release);
	let d = table.get(name);
	let note = '';
	if (!d) {
		const hist = directiveHistory(name);
		if (!hist) {
			return null;
		}
		const v = hist.variants[hist.variants.length - 1];
		d = { ...v, name, since: hist.variants[0].from, usage: (v as { usage?: readonly string[] }).usage ?? [] };
		note = `\n\n⚠ Not available in chrony ${release}.`;
	}
	if (ctx.kind === 'key') {
		return { contents: { kind: MarkupKind.Markdown, value: directiveMarkdown(d, release) + note }, range: ctx.entry.key.range };
	}
	const word = ctx.token?.text ?? '';
	const lower = asciiLower(word);
	const set = optionSetOf(d);
	if (set) {
		const o = optionsFor(set, release).get(lower);
		if (o) {
			return { contents: { kind: MarkupKind.Markdown, value: optionMarkdown(set, o, release) }, range: ctx.token?.range };
		}
	}
	if (d.parser === 'refclock' && ctx.arg === 0) {
		const text = CHRONY_OPTION_DOCS['refclock-drivers']?.[word];
		return text ? { contents: { kind: MarkupKind.Markdown, value: `**${word}** refclock driver\n\n${text}` }, range: ctx.token?.range } : null;
	}
	if (d.parser === 'refclock' && ctx.arg === 1 && ctx.token) {
		const driver = ctx.entry.args[0]?.text ?? '';
		const opts = CHRONY_OPTION_DOCS[`refclock-${driver}`] ?? {};
		const lines = ctx.token.text.split(':').slice(1).map((o) => o.split('=')[0]).filter((o) => opts[o]).map((o) => `- \`:${o}\` — ${opts[o]}`);
		return lines.length ? { contents: { kind: MarkupKind.Markdown, value: `Driver options of **${driver}**\n\n${lines.join('\n')}` }, range: ctx.token.range } : null;
	}
	const wordDocs = d.parser === 'log' ? CHRONY_OPTION_DOCS.log : d.parser === 'leapsecmode' ? CHRONY_OPTION_DOCS.leapsecmode
		: d.parser === 'authselectmode' ? CHRONY_OPTION_DOCS.authselectmode : d.parser === 'open_commands' ? CHRONY_OPTION_DOCS.opencommands
			: CHRONY_OPTION_DOCS[d.name];
	const text = wordDocs?.[word] ?? wordDocs?.[lower];
	return text ? { contents: { kind: MarkupKind.Markdown, value: `**${word}** — ${text}` }, range: ctx.token?.range } : null;
}
