/**
 * "Did you mean" suggestions: the closest known names by edit distance, case differences counting little.
 */

/** Damerau-style edit distance (insert, delete, substitute, swap neighbours). */
export function editDistance(a: string, b: string): number {
	const d: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		d.push([i]);
	}
	for (let j = 1; j <= b.length; j++) {
		d[0][j] = j;
	}
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
			}
		}
	}
	return d[a.length][b.length];
}

/** Up to `max` candidates close to `word`, best first; empty when nothing is plausibly meant. */
export function suggest(word: string, candidates: Iterable<string>, max = 3): string[] {
	const lower = word.toLowerCase();
	const scored: { name: string; score: number }[] = [];
	for (const c of candidates) {
		if (c === word) {
			continue;
		}
		if (c.toLowerCase() === lower) {
			scored.push({ name: c, score: 0 });
			continue;
		}
		const dist = editDistance(lower, c.toLowerCase());
		const limit = Math.max(1, Math.min(3, Math.floor(Math.max(word.length, c.length) / 4)));
		if (dist <= limit) {
			scored.push({ name: c, score: dist });
		} else if (lower.length >= 5 && c.toLowerCase().includes(lower)) {
			scored.push({ name: c, score: limit + 1 });
		}
	}
	scored.sort((x, y) => x.score - y.score || x.name.localeCompare(y.name));
	return scored.slice(0, max).map((s) => s.name);
}
