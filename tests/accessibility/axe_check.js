// axe-core in headless Chromium: one JSON line per page given on the command line (tests/accessibility/axe.py).
// Usage: node axe_check.js CHROMIUM PAGE.html [PAGE.html ...]
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

(async () => {
  const [executablePath, ...pages] = process.argv.slice(2);
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const file of pages) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(path.resolve(file)).href);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(
        async (tags) => await axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        TAGS,
      );
      const brief = (rules) => rules.map((rule) => ({
        id: rule.id,
        impact: rule.impact,
        help: rule.help,
        targets: rule.nodes.map((node) => node.target.join(' ')),
      }));
      console.log(JSON.stringify({
        file,
        axe: result.testEngine.version,
        violations: brief(result.violations),
        incomplete: brief(result.incomplete),
        passes: result.passes.length,
      }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
