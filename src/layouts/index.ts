// Every slide layout, in one ordered list: the loader is handed these (src/vite/deck-plugin.ts).
// Adding a layout: one file, one line here, one fixture (README, "Adding a layout").
import type { Layout } from '../deck/index.ts';
import { agenda } from './agenda.ts';
import { columns } from './columns.ts';
import { contact } from './contact.ts';
import { content } from './content.ts';
import { indexOverview } from './index-overview.ts';
import { overlay } from './overlay.ts';
import { question } from './question.ts';
import { section } from './section.ts';
import { statement } from './statement.ts';
import { title } from './title.ts';

export const layouts: readonly Layout[] = [title, statement, content, agenda, section, overlay, columns, indexOverview, question, contact];

/** All layouts' CSS, for the theme. */
export function layoutsCss(list: readonly Layout[] = layouts): string {
  return list.map((layout) => `/* layout: ${layout.name} */${layout.css}`).join('\n');
}
