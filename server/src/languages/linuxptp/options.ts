/**
 * The linuxptp option table of one release: generated facts (options.generated.ts) joined with our
 * hand-written documentation (docs.ts) and renames.
 */
import { LINUXPTP_OPTIONS, LINUXPTP_RELEASES, LINUXPTP_RENAMES } from './options.generated';
import type { LinuxptpOptionFacts, LinuxptpVariant } from './facts';
import { LINUXPTP_DOCS, type OptionDoc } from './docs';
import { chooseRelease as chooseKnownRelease, describeReleases, type ReleaseChoice as GenericChoice } from '../releases';

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
export type ReleaseChoice = GenericChoice<LinuxptpRelease>;

/** Maps a version setting (`newest`, `4.4`, `3.1.1`, `ptp4l -v` output) to a known release. */
export function chooseRelease(setting: string | undefined): ReleaseChoice {
	return chooseKnownRelease('linuxptp', LINUXPTP_RELEASES, setting, /^v?(\d+)\.(\d+)/);
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

export { LINUXPTP_RELEASES, describeReleases };
