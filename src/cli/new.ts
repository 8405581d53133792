// `npm run new -- "Title"`: a new talk in place of the current one, which stays in git history.
import { execFileSync } from 'node:child_process';
import { runCommand } from './command.ts';
import { AuthorError } from './failure.ts';

const spec = {
  name: 'npm run new',
  positionals: '"Title of the talk"',
  about:
    'Starts a new talk: slides/ gets one slide of each layout to start from, public/images/ their picture,\n' +
    'src/talk.config.ts the facts below. The old talk must be committed first; it stays in git history.',
  options: {
    speaker: { type: 'string', flag: '--speaker <name>', text: 'who gives the talk (default: git config user.name)' },
    organisation: { type: 'string', default: '', flag: '--organisation <name>', text: 'where the speaker works' },
    event: { type: 'string', default: '', flag: '--event <name>', text: 'where the talk is given' },
    subtitle: { type: 'string', default: '', flag: '--subtitle <text>', text: "a line under the title on the title slide" },
    date: { type: 'string', flag: '--date <yyyy-mm-dd>', text: 'the day of the talk (default: today)' },
  },
} as const;

await runCommand(spec, async ({ speaker, organisation, event, subtitle, date }, positionals) => {
  const title = positionals.join(' ').trim();
  if (!title) throw new AuthorError('missing-title', 'The new talk needs a title', 'give it in quotes: npm run new -- "Title of the talk"');
  if (/[\u0000-\u001f]/.test(title)) throw new AuthorError('bad-title', 'The title holds a line break or another control character', 'write the title on one line');
  const day = date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw new AuthorError('bad-date', `"${day}" is not a date`, 'write it as year-month-day, e.g. --date 2025-05-14');
  const facts = { title, subtitle, speaker: speaker ?? gitUserName(), organisation, event, date: day };
  const { createTalk } = await import('./new-talk.ts');
  const { oldTalkCommit, slides } = createTalk(process.cwd(), facts);
  console.log(
    [
      `New talk "${title}": edit slides/01-foredraget.md (npm run dev shows it as you save) and src/talk.config.ts.`,
      oldTalkCommit ? `The old talk is in commit ${oldTalkCommit}: git checkout ${oldTalkCommit} -- slides public/images src/talk.config.ts tests/talk-outline.txt brings it back.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return { summary: `wrote slides/ (${slides} slides), public/images/, src/talk.config.ts and tests/talk-outline.txt` };
});

function gitUserName(): string {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}
