import { MarkupContent, type Hover } from 'vscode-languageserver-types';

/**
 * Release lists shared by the languages: map a version setting to a known release, describe runs of releases.
 */

/** Which release a version setting means, and why. */
export interface ReleaseChoice<R extends string> {
	/** Release whose facts are used. */
	release: R;
	/** Set when the requested version is not in the table (e.g. newer than the newest known). */
	note?: string;
}

function key(r: string): number {
	const [a, b] = r.split('.').map(Number);
	return a * 1000 + b;
}

/**
 * Maps a version setting (`newest`, an exact release, or text the `version` pattern finds `MAJOR.MINOR` in) to a
 * known release: the same one, else the newest for newer versions, else the closest older one, with a note.
 */
export function chooseRelease<R extends string>(product: string, releases: readonly R[], setting: string | undefined, version: RegExp): ReleaseChoice<R> {
	const newest = releases[releases.length - 1];
	const s = (setting ?? '').trim();
	if (s === '' || s === 'newest' || s === 'latest') {
		return { release: newest };
	}
	const m = version.exec(s);
	if (!m) {
		return { release: newest, note: `Unknown ${product} version '${s}'; using ${newest}.` };
	}
	const want = Number(m[1]) * 1000 + Number(m[2]);
	const exact = releases.find((r) => key(r) === want);
	if (exact) {
		return { release: exact };
	}
	if (want > key(newest)) {
		return { release: newest, note: `${product} ${m[1]}.${m[2]} is newer than the newest release known here; checking with ${newest}.` };
	}
	const older = [...releases].reverse().find((r) => key(r) < want) ?? releases[0];
	return { release: older, note: `${product} ${m[1]}.${m[2]} is not described; checking with ${older}.` };
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

/** Appends the note of a release choice to a markdown hover (where the user sees which release is used). */
export function withReleaseNote(h: Hover | null, note: string | undefined): Hover | null {
	if (h && note && MarkupContent.is(h.contents)) {
		return { ...h, contents: { kind: h.contents.kind, value: `${h.contents.value}\n\n_${note}_` } };
	}
	return h;
}
