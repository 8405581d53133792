// A small client of Chromium's DevTools protocol over a pipe (--remote-debugging-pipe): the
// exports need a handful of its commands, and a browser driver library costs a second of start-up
// (Playwright's takes 0.9 s of CPU to load, puppeteer's 0.4 s; see docs/exports.md).
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
type Listener = (params: Params, sessionId?: string) => void;

interface Message {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
  sessionId?: string;
}

export class DevTools {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: Params) => void; reject: (error: Error) => void; method: string }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private exited: Error | null = null;

  private constructor(
    private readonly process: ChildProcess,
    private readonly input: Writable,
    output: Readable,
  ) {
    let buffered = '';
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      const parts = (buffered + chunk).split('\0');
      buffered = parts.pop() ?? '';
      for (const part of parts) this.receive(JSON.parse(part) as Message);
    });
    process.on('exit', (code, signal) => this.fail(new Error(`Chromium exited (${signal ?? `code ${code}`})`)));
  }

  /** Start Chromium headless with a pipe for the protocol; resolves once it answers. */
  static async launch(executable: string, args: string[]): Promise<DevTools> {
    const child = spawn(executable, [...args, '--headless', '--remote-debugging-pipe', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-2000)));
    const started = new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    await started;
    const devtools = new DevTools(child, child.stdio[3] as Writable, child.stdio[4] as Readable);
    await devtools.send('Browser.getVersion').catch((error: Error) => {
      throw new Error(`${error.message}${stderr ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`);
    });
    return devtools;
  }

  send(method: string, params: Params = {}, sessionId?: string): Promise<Params> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
  }

  on(method: string, listener: Listener): () => void {
    const set = this.listeners.get(method) ?? new Set();
    set.add(listener);
    this.listeners.set(method, set);
    return () => set.delete(listener);
  }

  /** Close the browser and wait until its process has gone. */
  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise((resolve) => this.process.once('exit', resolve));
    await this.send('Browser.close').catch(() => this.process.kill());
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  }

  private receive(message: Message): void {
    if (message.id !== undefined) {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
      else call?.resolve(message.result ?? {});
    } else if (message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
    }
  }

  private fail(error: Error): void {
    this.exited = error;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}
