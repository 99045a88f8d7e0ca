/**
 * Links to the upstream man pages (Debian's rendering of the linuxptp pages).
 */

/** URL of a linuxptp man page such as `ptp4l.8`. */
export function manPageUrl(page: string): string {
	return `https://manpages.debian.org/unstable/linuxptp/${page}.en.html`;
}
