// A build's swap in a process of its own, killed at the step named: `swap-child.ts <outDir> <step> <page>`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareSwap, swapIn } from '../../src/vite/folder-swap.ts';

const [outDir, killAt, page] = process.argv.slice(2);
const die = (step: string) => step === killAt && process.kill(process.pid, 'SIGKILL');
const swap = prepareSwap(outDir);
mkdirSync(swap.building);
writeFileSync(join(swap.building, 'index.html'), page.slice(0, 3));
die('writing');
writeFileSync(join(swap.building, 'index.html'), page);
die('built');
swapIn(swap, die);
