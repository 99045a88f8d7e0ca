/**
 * The chrony tables of one release: generated facts (directives.generated.ts) joined with the hand-written
 * overrides, and helpers to say since/until when a name is missing from the chosen release.
 */
import {
	CHRONY_AUTHSELECTMODES, CHRONY_DIRECTIVES, CHRONY_HWTIMESTAMP_OPTIONS, CHRONY_LEAPSECMODES, CHRONY_LIMITS,
	CHRONY_LOCAL_OPTIONS, CHRONY_LOG_FIELDS, CHRONY_OPENCOMMANDS, CHRONY_RATELIMIT_OPTIONS, CHRONY_REFCLOCK_DRIVERS,
	CHRONY_REFCLOCK_OPTIONS, CHRONY_RELEASES, CHRONY_SOURCE_OPTIONS,
} from './directives.generated';
import type {
	ChronyDirectiveFacts, ChronyDirectiveVariant, ChronyDriverOption, ChronyLimits, ChronyOptionFacts, ChronyOptionVariant,
	ChronyWord,
} from './facts';
import { CHRONY_ALIASES, CHRONY_EXTRA_USAGE } from './overrides';
import { chooseRelease, describeReleases, type ReleaseChoice } from '../releases';

/** A chrony release known to the tables. */
export type ChronyRelease = (typeof CHRONY_RELEASES)[number];

/** The newest release the tables know. */
export const NEWEST_CHRONY: ChronyRelease = CHRONY_RELEASES[CHRONY_RELEASES.length - 1];

/** Which release a version setting means, and why. */
export type ChronyReleaseChoice = ReleaseChoice<ChronyRelease>;

/** Maps a version setting (`newest`, `4.6`, `4.6.1`, `chronyd (chrony) version 4.5 …`) to a known release. */
export function chooseChronyRelease(setting: string | undefined): ChronyReleaseChoice {
	return chooseRelease('chrony', CHRONY_RELEASES, setting, /(?:^|\s|v)(\d+)\.(\d+)/);
}

/** Index of a release in CHRONY_RELEASES (−1 if unknown). */
export function chronyReleaseIndex(r: string): number {
	return (CHRONY_RELEASES as readonly string[]).indexOf(r);
}

/** The variant of a history that holds in a release. */
export function variantIn<T extends { from: string; to: string }>(variants: readonly T[], release: string): T | undefined {
	const i = chronyReleaseIndex(release);
	return variants.find((v) => chronyReleaseIndex(v.from) <= i && i <= chronyReleaseIndex(v.to));
}

/** ASCII-only lower case, as strcasecmp() in the C locale compares. */
export function asciiLower(s: string): string {
	return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** A directive as one release sees it. */
export interface ResolvedDirective extends ChronyDirectiveVariant {
	/** Directive name (lower case). */
	name: string;
	/** First release that knows it. */
	since: string;
	/** Last release that knows it, when the newest release dropped it. */
	until?: string;
	/** The current name when this is an older spelling that is still accepted. */
	aliasOf?: string;
	/** Synopses (from the manual page, or hand-written). */
	usage: readonly string[];
}

/** A keyword option as one release sees it. */
export interface ResolvedOption extends ChronyOptionVariant {
	/** Option name (lower case). */
	name: string;
	/** First release that knows it. */
	since: string;
	/** Last release that knows it, when the newest release dropped it. */
	until?: string;
}

/** The keyword-option lists, by the directive family that reads them. */
export type ChronyOptionSet = 'source' | 'refclock' | 'hwtimestamp' | 'local' | 'ratelimit';

const OPTION_SETS: Record<ChronyOptionSet, readonly ChronyOptionFacts[]> = {
	source: CHRONY_SOURCE_OPTIONS,
	refclock: CHRONY_REFCLOCK_OPTIONS,
	hwtimestamp: CHRONY_HWTIMESTAMP_OPTIONS,
	local: CHRONY_LOCAL_OPTIONS,
	ratelimit: CHRONY_RATELIMIT_OPTIONS,
};

/** The fixed word lists. */
export type ChronyWordList = 'log' | 'leapsecmode' | 'authselectmode' | 'opencommands';

const WORD_LISTS: Record<ChronyWordList, readonly ChronyWord[]> = {
	log: CHRONY_LOG_FIELDS,
	leapsecmode: CHRONY_LEAPSECMODES,
	authselectmode: CHRONY_AUTHSELECTMODES,
	opencommands: CHRONY_OPENCOMMANDS,
};

function lastRelease<T extends { to: string }>(variants: readonly T[]): string {
	return variants[variants.length - 1].to;
}

const DIRECTIVES_BY_NAME = new Map(CHRONY_DIRECTIVES.map((d) => [d.name, d]));
const DIRECTIVE_TABLES = new Map<string, Map<string, ResolvedDirective>>();

/** The directive table of one release, keyed by lower-case name (cached). */
export function directivesFor(release: ChronyRelease): Map<string, ResolvedDirective> {
	let table = DIRECTIVE_TABLES.get(release);
	if (table) {
		return table;
	}
	table = new Map();
	for (const d of CHRONY_DIRECTIVES) {
		const v = variantIn(d.variants, release);
		if (!v) {
			continue;
		}
		const alias = CHRONY_ALIASES.find((a) => a.name === d.name);
		const last = lastRelease(d.variants);
		const usage = v.usage ?? CHRONY_EXTRA_USAGE[d.name]
			?? (alias ? (variantIn(DIRECTIVES_BY_NAME.get(alias.current)?.variants ?? [], release)?.usage ?? []).map((u) => u.replace(alias.current, d.name)) : []);
		table.set(d.name, {
			...v,
			name: d.name,
			since: d.variants[0].from,
			until: last === NEWEST_CHRONY ? undefined : last,
			aliasOf: alias?.current,
			usage,
		});
	}
	DIRECTIVE_TABLES.set(release, table);
	return table;
}

/** All facts about a directive name across releases. */
export function directiveHistory(name: string): ChronyDirectiveFacts | undefined {
	return DIRECTIVES_BY_NAME.get(asciiLower(name));
}

const OPTION_TABLES = new Map<string, Map<string, ResolvedOption>>();

/** The options of one set in one release, keyed by lower-case name (cached). */
export function optionsFor(set: ChronyOptionSet, release: ChronyRelease): Map<string, ResolvedOption> {
	const cacheKey = `${set}|${release}`;
	let table = OPTION_TABLES.get(cacheKey);
	if (table) {
		return table;
	}
	table = new Map();
	for (const o of OPTION_SETS[set]) {
		const v = variantIn(o.variants, release);
		if (!v) {
			continue;
		}
		const last = lastRelease(o.variants);
		table.set(o.name, { ...v, name: o.name, since: o.variants[0].from, until: last === NEWEST_CHRONY ? undefined : last });
	}
	OPTION_TABLES.set(cacheKey, table);
	return table;
}

/** All facts about an option name of a set across releases. */
export function optionHistory(set: ChronyOptionSet, name: string): ChronyOptionFacts | undefined {
	const n = asciiLower(name);
	return OPTION_SETS[set].find((o) => o.name === n);
}

/** The words of a list that one release accepts. */
export function wordsFor(list: ChronyWordList, release: ChronyRelease): string[] {
	const i = chronyReleaseIndex(release);
	return WORD_LISTS[list].filter((w) => chronyReleaseIndex(w.from) <= i && i <= chronyReleaseIndex(w.to)).map((w) => w.name);
}

/** The releases that accept a word of a list (`caseSensitive` for `log`). */
export function releasesKnowingWord(list: ChronyWordList, word: string, caseSensitive: boolean): string[] {
	const w = WORD_LISTS[list].find((x) => (caseSensitive ? x.name === word : x.name === asciiLower(word)));
	return w ? CHRONY_RELEASES.filter((r) => chronyReleaseIndex(w.from) <= chronyReleaseIndex(r) && chronyReleaseIndex(r) <= chronyReleaseIndex(w.to)) : [];
}

/** How a release reads its file. */
export function limitsFor(release: ChronyRelease): ChronyLimits {
	return CHRONY_LIMITS.find((l) => l.release === release) ?? CHRONY_LIMITS[CHRONY_LIMITS.length - 1];
}

/** The refclock drivers of one release with their parameter options, keyed by the case-sensitive name. */
export function driversFor(release: ChronyRelease): Map<string, readonly ChronyDriverOption[]> {
	const out = new Map<string, readonly ChronyDriverOption[]>();
	for (const d of CHRONY_REFCLOCK_DRIVERS) {
		const v = variantIn(d.variants, release);
		if (v) {
			out.set(d.name, v.options);
		}
	}
	return out;
}

/** Releases that know a driver. */
export function releasesKnowingDriver(name: string): string[] {
	const d = CHRONY_REFCLOCK_DRIVERS.find((x) => x.name === name);
	return d ? CHRONY_RELEASES.filter((r) => variantIn(d.variants, r)) : [];
}

/** Releases in which some history has a variant. */
export function releasesOf(variants: readonly { from: string; to: string }[]): string[] {
	return CHRONY_RELEASES.filter((r) => variantIn(variants, r));
}

/** Why a name known to `known` releases is missing from `release`: `added in 4.7`, `removed after 4.6` or `available in 4.4–4.6`. */
export function describeAvailability(known: readonly string[], release: string): string {
	const i = chronyReleaseIndex(release);
	if (known.every((r) => chronyReleaseIndex(r) > i)) {
		return `added in ${known[0]}`;
	}
	if (known.every((r) => chronyReleaseIndex(r) < i) && known[known.length - 1] !== NEWEST_CHRONY) {
		return `removed after ${known[known.length - 1]}`;
	}
	return `available in ${describeReleases(known)}`;
}

export { CHRONY_RELEASES, describeReleases };
