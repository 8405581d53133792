// `npm run bench [-- --runs N] [--out file.json]`: our deck against the stock reveal.js approach,
// medians of N runs, printed side by side with the targets and written to a JSON file (bench/run-bench.ts).
import { runCommand } from '../src/cli/command.ts';

const spec = {
  name: 'npm run bench',
  about: 'Measures our deck against the stock reveal.js approach (one page, its Markdown plugin, a stock theme):\nbuild time, page load plain and throttled, a run through every slide, PDF export, edits in dev.\nPrints medians beside the targets and writes them to a JSON file; asserts nothing.',
  options: {
    runs: { type: 'string', default: '3', flag: '--runs <n>', text: 'how many runs to take the medians of (default 3)' },
    out: { type: 'string', default: 'tests/output/bench-results.json', flag: '--out <file>', text: 'where the figures go (default tests/output/bench-results.json)' },
  },
  environment: {
    DECK_SLIDES_DIR: 'another folder of slides to measure (default slides/)',
  },
} as const;

await runCommand(spec, async (values) => {
  const { runBench } = await import('./run-bench.ts');
  return { summary: await runBench(values) };
});
