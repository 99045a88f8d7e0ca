/**
 * The linuxptp option table of one release: generated facts (options.generated.ts) joined with our
 * hand-written documentation (docs.ts) and renames.
 */
import { LINUXPTP_OPTIONS, LINUXPTP_RELEASES, LINUXPTP_RENAMES } from './options.generated';
import type { LinuxptpOptionFacts, LinuxptpVariant } from './facts';
import { LINUXPTP_DOCS, type OptionDoc } from './docs';

/** A linuxptp release known to the table. */
export type LinuxptpRelease = (typeof LINUXPTP_RELEASES)[number];

/** The newest release the table knows. */
export const NEWEST_LINUXPTP: LinuxptpRelease = LINUXPTP_RELEASES[LINUXPTP_RELEASES.length - 1];

/** An option as one release sees it. */
export interface ResolvedOption extends LinuxptpVariant {
	/** Exact option name. */
	name: string;
	/** First release that knows the option at all. */
	since: string;
	/** Last release that knows it, when the newest release dropped it. */
	until?: string;
	/** Hand-written documentation, when present. */
	doc?: OptionDoc;
	/** In this release, the parser rewrites this name to another option (deprecated spelling). */
	renamedTo?: string;
}

/** Which release a version setting means, and why. */
export interface ReleaseChoice {
	/** Release whose facts are used. */
	release: LinuxptpRelease;
	/** Set when the requested version is not in the table (e.g. newer than the newest known). */
	note?: string;
}

/** Maps a version setting (`newest`, `4.4`, `3.1.1`, `ptp4l -v` output) to a known release. */
export function chooseRelease(setting: string | undefined): ReleaseChoice {
	const s = (setting ?? '').trim();
	if (s === '' || s === 'newest' || s === 'latest') {
		return { release: NEWEST_LINUXPTP };
	}
	const m = /^v?(\d+)\.(\d+)/.exec(s);
	if (!m) {
		return { release: NEWEST_LINUXPTP, note: `Unknown linuxptp version '${s}'; using ${NEWEST_LINUXPTP}.` };
	}
	const want = Number(m[1]) * 1000 + Number(m[2]);
	const key = (r: string): number => {
		const [a, b] = r.split('.').map(Number);
		return a * 1000 + b;
	};
	const exact = LINUXPTP_RELEASES.find((r) => key(r) === want);
	if (exact) {
		return { release: exact };
	}
	if (want > key(NEWEST_LINUXPTP)) {
		return { release: NEWEST_LINUXPTP, note: `linuxptp ${m[1]}.${m[2]} is newer than the newest release known here; checking with ${NEWEST_LINUXPTP}.` };
	}
	const older = [...LINUXPTP_RELEASES].reverse().find((r) => key(r) < want) ?? LINUXPTP_RELEASES[0];
	return { release: older, note: `linuxptp ${m[1]}.${m[2]} is not described; checking with ${older}.` };
}

/** Index of a release in LINUXPTP_RELEASES. */
export function releaseIndex(r: string): number {
	return (LINUXPTP_RELEASES as readonly string[]).indexOf(r);
}

/** The variant of an option that holds in a release, if the release knows it. */
export function variantIn(o: LinuxptpOptionFacts, release: string): LinuxptpVariant | undefined {
	const i = releaseIndex(release);
	return o.variants.find((v) => releaseIndex(v.from) <= i && i <= releaseIndex(v.to));
}

/** All facts about an option name across releases (for "not in this version" messages). */
export function optionHistory(name: string): LinuxptpOptionFacts | undefined {
	return FACTS_BY_NAME.get(name);
}

const FACTS_BY_NAME = new Map(LINUXPTP_OPTIONS.map((o) => [o.name, o]));
const TABLES = new Map<string, Map<string, ResolvedOption>>();

/** The option table of one release (cached). */
export function optionsFor(release: LinuxptpRelease): Map<string, ResolvedOption> {
	let table = TABLES.get(release);
	if (table) {
		return table;
	}
	table = new Map();
	for (const o of LINUXPTP_OPTIONS) {
		const v = variantIn(o, release);
		if (!v) {
			continue;
		}
		const last = o.variants[o.variants.length - 1].to;
		table.set(o.name, {
			...v,
			name: o.name,
			since: o.variants[0].from,
			until: last === NEWEST_LINUXPTP ? undefined : last,
			doc: LINUXPTP_DOCS[o.name],
			renamedTo: renameIn(o.name, release),
		});
	}
	TABLES.set(release, table);
	return table;
}

/** The name the parser of a release uses for a written name (deprecated spellings are rewritten). */
export function renameIn(name: string, release: string): string | undefined {
	return LINUXPTP_RENAMES.find((r) => r.from === name && r.versions.includes(release))?.to;
}

/** Releases in which a name is accepted (as an option or as a rewritten old name). */
export function releasesKnowing(name: string): string[] {
	const o = FACTS_BY_NAME.get(name);
	return LINUXPTP_RELEASES.filter((r) => (o && variantIn(o, r)) || renameIn(name, r));
}

/** A human range like `3.1–4.2` for a list of consecutive releases. */
export function describeReleases(rs: readonly string[]): string {
	if (rs.length === 0) {
		return 'no release';
	}
	if (rs.length === 1) {
		return rs[0];
	}
	return `${rs[0]}–${rs[rs.length - 1]}`;
}

export { LINUXPTP_RELEASES };
