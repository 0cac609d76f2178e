// The project's html-validate setup (.htmlvalidate.json), shared by tests/built-site/html-validate.test.mjs
// and its worker threads. Run as a worker, it validates workerData.files and posts the errors back.
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';

/**
 * html-validate resolves the configuration (and reloads the element metadata) on every call;
 * the configuration is the same for every file, so resolve it once (more than halves the time).
 */
class OnceConfigLoader extends StaticConfigLoader {
  /** @type {ReturnType<StaticConfigLoader['getConfigFor']> | undefined} */
  resolved;

  /**
   * @override
   * @param {string} handle
   * @param {import('html-validate').ConfigData} [override]
   */
  getConfigFor(handle, override) {
    if (override) return super.getConfigFor(handle, override);
    this.resolved ??= super.getConfigFor(handle);
    return this.resolved;
  }
}
const validator = new HtmlValidate(
  new OnceConfigLoader(/** @type {import('html-validate').ConfigData} */ (JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')))),
);

/**
 * "file:line:column rule: message" for every error in one document.
 * @param {string} html
 * @param {string} file
 * @returns {string[]}
 */
export function validationErrors(html, file) {
  const report = validator.validateStringSync(html, file);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

if (!isMainThread && parentPort && workerData?.files) {
  const { dist, files } = /** @type {{ dist: string, files: string[] }} */ (workerData);
  parentPort.postMessage(files.flatMap((file) => validationErrors(readFileSync(`${dist}/${file}`, 'utf8'), file)));
}
