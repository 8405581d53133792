// Every slide layout, in one ordered list. Adding a layout: one file, one line here.
import { agenda } from './agenda.ts';
import { columns } from './columns.ts';
import { contact } from './contact.ts';
import { content } from './content.ts';
import { indexOverview } from './index-overview.ts';
import type { Layout } from '../deck/layout.ts';
import { overlay } from './overlay.ts';
import { question } from './question.ts';
import { section } from './section.ts';
import { statement } from './statement.ts';
import { title } from './title.ts';

export const layouts = [title, statement, content, agenda, section, overlay, columns, indexOverview, question, contact] as unknown as readonly Layout[];

export const layoutNames = layouts.map((layout) => layout.name);

/** All layouts' CSS, for the theme. */
export const layoutCss = layouts.map((layout) => `/* layout: ${layout.name} */${layout.css}`).join('\n');
