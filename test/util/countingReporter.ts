/**
 * Mocha's spec reporter plus a final `N passed, N failed` line (the line CI reads).
 */
import * as Mocha from 'mocha';

class CountingReporter extends Mocha.reporters.Spec {
	constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
		super(runner, options);
		let passed = 0;
		let failed = 0;
		let pending = 0;
		runner.on('pass', () => passed++);
		runner.on('fail', () => failed++);
		runner.on('pending', () => pending++);
		runner.once('end', () => {
			console.log(`${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
		});
	}
}

export = CountingReporter;
