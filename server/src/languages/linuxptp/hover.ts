/**
 * Hover for linuxptp files: option facts (scope, type, range, default, releases) with our own explanation,
 * value meanings (enum labels, clockClass, timeSource, clockAccuracy), and section headers.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { ConfigDocument, Section } from '../../parser/ast';
import { cursorContext } from '../../features/cursorContext';
import { CLOCK_ACCURACY_MEANINGS, TIME_SOURCE_MEANINGS, describeClockClass } from './docs';
import { manPageUrl } from './manPages';
import { describeReleases, optionHistory, optionsFor, releasesKnowing, renameIn, type LinuxptpRelease, type ResolvedOption } from './options';
import { parseCInt } from '../../values/cNumbers';
import { ptpSectionKind } from './sections';
import { timemasterHover } from './timemasterHover';
import type { LinuxptpKind } from './kind';

/** Markdown facts line + explanation for an option. */
export function optionMarkdown(o: ResolvedOption, release: LinuxptpRelease): string {
	const parts: string[] = [];
	parts.push(`**${o.name}** — ${o.scope === 'global' ? '`[global]` only' : '`[global]` or per port'}`);
	const facts: string[] = [];
	switch (o.kind) {
		case 'int':
		case 'uint':
			facts.push(o.min === 0 && o.max === 1 ? 'boolean (0/1)' : `integer ${o.min} … ${o.max}`);
			break;
		case 'double':
			facts.push(`number ${fmt(o.min)} … ${fmt(o.max)}`);
			break;
		case 'enum':
			facts.push(`one of \`${(o.values ?? []).join('`, `')}\``);
			break;
		default:
			facts.push('string');
	}
	if (o.doc?.unit && !(o.min === 0 && o.max === 1)) {
		facts.push(`unit: ${o.doc.unit}`);
	}
	facts.push(`default: \`${o.default === null ? '(none)' : o.kind === 'string' && o.default === '' ? '(empty)' : String(o.default)}\``);
	parts.push(facts.join(' · '));
	if (o.doc) {
		parts.push(o.doc.summary);
		if (o.doc.values && o.kind === 'enum') {
			parts.push((o.values ?? []).map((v) => `- \`${v}\`${o.doc?.values?.[v] ? ` — ${o.doc.values[v]}` : ''}`).join('\n'));
		}
	}
	const known = releasesKnowing(o.name);
	const hist = optionHistory(o.name);
	const changed = hist && hist.variants.length > 1
		? ` Facts differ by release: ${hist.variants.map((v) => `${describeReleases([v.from, v.to].filter((x, i, a) => a.indexOf(x) === i))} ${v.scope}${v.min !== undefined ? ` ${fmt(v.min)}…${fmt(v.max)}` : ''}`).join('; ')}.`
		: '';
	parts.push(`linuxptp ${describeReleases(known)} (showing ${release}).${changed}`);
	if (o.renamedTo) {
		parts.push(`Old name: linuxptp ${release} reads it as \`${o.renamedTo}\`.`);
	}
	const programs = o.doc?.programs.length ? `Read by: ${o.doc.programs.join(', ')} · ` : '';
	parts.push(`${programs}[${o.doc?.manPage ?? 'ptp4l.8'}](${manPageUrl(o.doc?.manPage ?? 'ptp4l.8')})`);
	return parts.join('\n\n');
}

function fmt(n: number | undefined): string {
	if (n === undefined) {
		return '?';
	}
	if (n === Number.MAX_VALUE) {
		return '∞';
	}
	if (n === -Number.MAX_VALUE) {
		return '−∞';
	}
	if (n > 0 && n < 1e-300) {
		return '>0';
	}
	return String(n);
}

/** Meaning of a special value of an option, if we know one. */
export function valueMeaning(o: ResolvedOption, text: string): string | null {
	if (o.kind === 'enum') {
		const label = (o.values ?? []).find((v) => v.toLowerCase() === text.toLowerCase());
		return label && o.doc?.values?.[label] ? `\`${label}\`: ${o.doc.values[label]}` : null;
	}
	const n = parseCInt(text, -2147483648, 4294967295);
	if (!n.ok) {
		return o.doc?.values?.[text] ? `\`${text}\`: ${o.doc.values[text]}` : null;
	}
	const hex = `0x${n.value.toString(16).toUpperCase().padStart(2, '0')}`;
	switch (o.name) {
		case 'clockClass':
			return `clockClass ${n.value}: ${describeClockClass(n.value)}`;
		case 'timeSource':
			return `timeSource ${hex}: ${TIME_SOURCE_MEANINGS[n.value] ?? 'not a value defined by IEEE 1588'}`;
		case 'clockAccuracy':
			return `clockAccuracy ${hex}: ${CLOCK_ACCURACY_MEANINGS[n.value] ?? 'reserved / not a defined accuracy code'}`;
		default:
			return o.doc?.values?.[String(n.value)] ? `\`${n.value}\`: ${o.doc.values[String(n.value)]}` : null;
	}
}

function headerMarkdown(s: Section): string {
	switch (ptpSectionKind(s)) {
		case 'global':
			return '**[global]** — settings for the whole clock, and defaults for every port.';
		case 'unicast':
			return '**[unicast_master_table]** — unicast server lists: `table_id N`, optional `logQueryInterval N` and `peer_address ADDR`, then one `L2|UDPv4|UDPv6 ADDRESS` line per server. A port selects a table with `unicast_master_table N`.';
		default:
			return `**[${s.name}]** — a port section: the interface (ptp4l), clock (ts2phc) or device this block configures. Port options here override \`[global]\`; the daemon uses it as a port even without \`-i ${s.name}\`.`;
	}
}

/** Computes hover. */
export function linuxptpHover(doc: ConfigDocument, p: Position, release: LinuxptpRelease, kind: LinuxptpKind): Hover | null {
	if (kind === 'timemaster') {
		return timemasterHover(doc, p, release);
	}
	const ctx = cursorContext(doc, p);
	const table = optionsFor(release);
	if (ctx.kind === 'header') {
		return { contents: { kind: MarkupKind.Markdown, value: headerMarkdown(ctx.section) }, range: ctx.section.header.range };
	}
	if (ctx.kind !== 'key' && ctx.kind !== 'value') {
		return null;
	}
	if (ctx.section && ptpSectionKind(ctx.section) === 'unicast') {
		return { contents: { kind: MarkupKind.Markdown, value: headerMarkdown(ctx.section) }, range: ctx.entry.range };
	}
	const written = ctx.entry.key.text;
	const name = renameIn(written, release) ?? written;
	let o = table.get(written) ?? table.get(name);
	let note = '';
	if (!o) {
		const hist = optionHistory(written);
		if (!hist) {
			return null;
		}
		const newest = hist.variants[hist.variants.length - 1];
		o = { ...newest, name: written, since: hist.variants[0].from };
		note = `\n\n⚠ Not available in linuxptp ${release}.`;
	}
	if (ctx.kind === 'value') {
		const meaning = valueMeaning(o, ctx.entry.value?.text ?? '');
		if (meaning) {
			return { contents: { kind: MarkupKind.Markdown, value: meaning }, range: ctx.entry.value?.range };
		}
	}
	return { contents: { kind: MarkupKind.Markdown, value: optionMarkdown(o, release) + note }, range: ctx.entry.key.range };
}
