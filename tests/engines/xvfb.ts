// A virtual screen for WebKitGTK's MiniBrowser, which has no headless mode, and the GTK settings
// it runs with (given through XDG_CONFIG_HOME, so the user's own settings never apply).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Start Xvfb on a free display: -displayfd writes its number to fd 3 once it accepts clients. */
export function startXvfb(screen = '2560x1600x24'): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp', '-noreset'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    xvfb.stderr?.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3]?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ display: `:${output.trim()}`, process: xvfb });
    });
    xvfb.on('error', (error) => reject(new Error(`Xvfb did not start (${error.message}): apt-get install xvfb`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${errors.trim()}`)));
  });
}

/**
 * GTK settings for MiniBrowser: a header bar shrunk to nothing (else GTK keeps the window at least
 * 447 px wide, too wide for a phone), and animations on or off, which is how WebKitGTK answers
 * prefers-reduced-motion.
 */
export function gtkConfigHome(reducedMotion: boolean): string {
  const home = mkdtempSync(join(tmpdir(), 'deck-gtk-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'gtk.css'), 'headerbar, headerbar *, toolbar, toolbar *, entry, button, box, image, label {\n  min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px;\n}\n');
  writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${reducedMotion ? 0 : 1}\n`);
  return home;
}
