#!/usr/bin/env node
// `npm run screenshots`: drives code-server (examples/ workspace, extension in development mode) with
// Playwright and writes the README pictures, 1400x850, to docs/images/:
//   linuxptp-diagnostic.png  examples/broken/ptp4l-broken.conf: squiggle + hover on the typo's diagnostic
//   linuxptp-hover.png       examples/grandmaster/etc/ptp4l/ptp-gm.conf: hover on `clockClass`
//   linuxptp-completion.png  suggest widget on an empty line in [global] of ptp-gm.conf
//   workbench.png            the examples workspace with the Problems panel open
// Nothing in examples/ is modified (edits made for the completion shot are reverted, never saved).
//
// usage: node scripts/screenshots.mjs [--out DIR] [--no-build] [--only NAME,...]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { REPO, build, ensureRuntime, freePort, launchBrowser, log, startCodeServer, walk, workbenchUrl } from './e2e-lib.mjs';

const { values: opt } = util.parseArgs({
	options: {
		out: { type: 'string', default: path.join(REPO, 'docs', 'images') },
		'no-build': { type: 'boolean', default: false },
		only: { type: 'string' },
	},
});
const wanted = (name) => !opt.only || opt.only.split(',').includes(name);
const VIEWPORT = { width: 1400, height: 850 };

/** Center of the first occurrence of `word` on the first editor line containing `lineText`. */
async function wordCenter(page, lineText, word) {
	const box = await page.evaluate(([lineText, word]) => {
		const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
		for (const line of editor.querySelectorAll('.view-lines .view-line')) {
			const text = line.textContent.replace(/\u00a0/g, ' ');
			if (!text.includes(lineText)) {
				continue;
			}
			let at = text.indexOf(lineText) + lineText.indexOf(word);
			const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (at < n.length) {
					const r = document.createRange();
					r.setStart(n, at);
					r.setEnd(n, Math.min(n.length, at + word.length));
					const b = r.getBoundingClientRect();
					return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
				}
				at -= n.length;
			}
		}
		return null;
	}, [lineText, word]);
	if (!box) {
		throw new Error(`'${word}' on a line with '${lineText}' is not visible in the editor`);
	}
	return box;
}

async function hoverAt(page, { x, y }) {
	await page.mouse.move(x - 3, y);
	await page.mouse.move(x, y, { steps: 3 }); // locator.hover() is blocked by the editor's text layer
	await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover-content')].some((e) => e.offsetParent && e.innerText.trim()), null, { timeout: 15_000 });
	await page.waitForTimeout(800); // hover fade-in
	return (await page.$$eval('.monaco-hover-content', (els) => els.map((e) => e.innerText).join(' | '))).replace(/\s+/g, ' ');
}

async function dismiss(page) {
	await page.mouse.move(700, 5);
	await page.keyboard.press('Escape');
	await page.waitForFunction(() => ![...document.querySelectorAll('.monaco-hover')].some((e) => e.offsetParent && !e.classList.contains('hidden')), null, { timeout: 5000 }).catch(() => undefined);
}

async function command(page, title) {
	await page.keyboard.press('F1');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible' });
	await input.fill(`>${title}`);
	await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).first().waitFor({ timeout: 15_000 });
	await page.keyboard.press('Enter');
	await input.waitFor({ state: 'hidden' });
}

async function openFile(page, rel) {
	await page.keyboard.press('Control+P');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible' });
	await input.fill(rel);
	await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${path.basename(rel)}"]`).first().waitFor({ timeout: 15_000 });
	await page.keyboard.press('Enter');
	await input.waitFor({ state: 'hidden' });
	await page.locator(`.tab.active[aria-label*="${path.basename(rel)}"]`).waitFor({ timeout: 15_000 });
	await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor();
	// the language id in the status bar tells that the extension's language applies
	await page.locator('.statusbar-item[id="status.editor.mode"]').waitFor();
}

async function shot(page, name) {
	// toasts (e.g. about a contributed file the build has not produced yet) would cover the picture
	await page.evaluate(() => document.querySelectorAll('.notifications-toasts').forEach((e) => (e.style.display = 'none')));
	const file = path.join(opt.out, name);
	await page.screenshot({ path: file });
	log(`wrote ${path.relative(REPO, file)}`);
}

async function main() {
	if (!opt['no-build']) {
		build({ e2e: false });
	}
	await ensureRuntime();
	fs.mkdirSync(opt.out, { recursive: true });
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ptpconf-shots-'));
	const examples = path.join(REPO, 'examples');
	// the shots edit buffers (completion) but must never change the committed files: check and restore
	const before = new Map(walk(examples).map((f) => [f, fs.readFileSync(path.join(examples, f))]));
	const server = await startCodeServer({
		port: await freePort(), stateDir: path.join(tmp, 'state'),
		settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.fontSize': 14, 'workbench.tree.indent': 12, 'editor.hover.delay': 200, 'editor.hover.above': false },
	});
	const browser = await launchBrowser();
	let page;
	try {
		page = await browser.newPage({ viewport: VIEWPORT });
		await page.goto(workbenchUrl(server.base, { folder: examples }));
		await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
		log(`workbench ready: ${await page.title()}`);
		await page.waitForTimeout(1000); // keyboard shortcuts pressed while the workbench still restores are lost

		await openFile(page, 'grandmaster/etc/ptp4l/ptp-gm.conf');
		await page.locator('.statusbar-item[id="status.editor.mode"]', { hasText: /linuxptp|ptp4l/ }).waitFor({ timeout: 15_000 });
		// the server is up once its hint on masterOnly is drawn (struck through: DiagnosticTag.Deprecated)
		await page.locator('.monaco-editor [class*="squiggly-"]').first().waitFor({ state: 'attached', timeout: 20_000 });

		if (wanted('hover')) {
			const text = await hoverAt(page, await wordCenter(page, 'clockClass 6', 'clockClass'));
			log(`hover: ${text.slice(0, 160)}…`);
			if (!/clockClass/.test(text) || !/255/.test(text)) {
				throw new Error(`unexpected hover text: ${text}`);
			}
			await shot(page, 'linuxptp-hover.png');
			await dismiss(page);
		}

		if (wanted('completion')) {
			// a new empty line after `clockClass 6` (in [global]); reverted below without saving
			const at = await wordCenter(page, 'clockClass 6', '6');
			await page.mouse.click(at.x + 40, at.y);
			await page.keyboard.press('End');
			await page.keyboard.press('Enter');
			await page.keyboard.press('Control+Space');
			await page.locator('.suggest-widget.visible .monaco-list-row').first().waitFor({ timeout: 15_000 });
			// show the details pane next to the list if it is not already open
			if (!(await page.locator('.suggest-details-container .suggest-details').isVisible().catch(() => false))) {
				await page.keyboard.press('Control+Space');
			}
			await page.waitForTimeout(600);
			const rows = await page.$$eval('.suggest-widget.visible .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label')));
			log(`completion: ${rows.slice(0, 6).join(' | ')}`);
			await shot(page, 'linuxptp-completion.png');
			await page.keyboard.press('Escape');
			await command(page, 'File: Revert File');
		}

		await openFile(page, 'broken/ptp4l-broken.conf');
		await page.locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
		if (wanted('diagnostic')) {
			const text = await hoverAt(page, await wordCenter(page, 'clockClas 248', 'clockClas'));
			log(`diagnostic hover: ${text.slice(0, 160)}…`);
			if (!/clockClass/.test(text)) {
				throw new Error(`unexpected hover text: ${text}`);
			}
			await shot(page, 'linuxptp-diagnostic.png');
			await dismiss(page);
		}

		if (wanted('workbench')) {
			// show the whole layout in the explorer: expand the collapsed folders (compact rows such as client/etc)
			for (let i = 0; i < 10; i++) {
				const collapsed = page.locator('.explorer-folders-view .monaco-list-row[aria-expanded="false"]');
				if (await collapsed.count() === 0) {
					break;
				}
				await collapsed.first().click();
				await page.waitForTimeout(200);
			}
			await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'ptp4l-broken.conf' }).click();
			await page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 300, y: 5 } });
			await page.keyboard.press('Control+Shift+M'); // View: Toggle Problems
			await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 15_000 });
			await page.mouse.move(700, 400);
			await page.waitForTimeout(500);
			const rows = await page.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.getAttribute('aria-label')));
			log(`problems: ${rows.length} rows`);
			await shot(page, 'workbench.png');
		}
	} catch (err) {
		const file = path.join(os.tmpdir(), 'ptpconf-screenshots-failure.png');
		await page?.screenshot({ path: file }).catch(() => undefined);
		err.message += ` (screen at failure: ${file})`;
		throw err;
	} finally {
		await browser.close();
		await server.stop();
		fs.rmSync(tmp, { recursive: true, force: true });
		const changed = [...before].filter(([f, b]) => !fs.existsSync(path.join(examples, f)) || !b.equals(fs.readFileSync(path.join(examples, f))));
		for (const [f, b] of changed) {
			fs.writeFileSync(path.join(examples, f), b);
		}
		if (changed.length) {
			throw new Error(`the run changed ${changed.map(([f]) => f).join(', ')} in examples/ (restored)`);
		}
	}
}

main().then(() => process.exit(0), (err) => {
	console.error(`screenshots: ${err.stack ?? err}`);
	process.exit(1);
});
