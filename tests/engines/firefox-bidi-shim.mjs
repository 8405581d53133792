#!/usr/bin/env node
// Stands in for /usr/bin/firefox-esr when Playwright launches Firefox over WebDriver BiDi (channel
// moz-firefox). Playwright 1.65 sends emulation.setMediaFeaturesOverride on every new context;
// Firefox ESR 153 answers "unknown command" and no page opens. This starts the real Firefox, puts a
// WebSocket proxy in front of its BiDi endpoint, answers that one command with an empty success
// (so colour-scheme emulation does nothing; reduced motion comes from a Firefox preference) and
// passes everything else through. Playwright reads the endpoint from the line "WebDriver BiDi
// listening on ws://…", so the shim prints its own address there.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import WebSocket, { WebSocketServer } from 'ws';

const FIREFOX = process.env.DECK_FIREFOX ?? '/usr/bin/firefox-esr';
const UNKNOWN_TO_FIREFOX = new Set(['emulation.setMediaFeaturesOverride']);

const firefox = spawn(FIREFOX, process.argv.slice(2), { stdio: ['inherit', 'inherit', 'pipe'] });
firefox.on('error', (error) => {
  process.stderr.write(`${FIREFOX} did not start (${error.message}): apt-get install --no-install-recommends firefox-esr\n`);
  process.exit(1);
});
firefox.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => firefox.kill(signal));

createInterface({ input: firefox.stderr }).on('line', (line) => {
  const match = /^(.*WebDriver BiDi listening on )(ws:\/\/\S+?)\/?(\s.*)?$/.exec(line);
  if (!match) return void process.stderr.write(`${line}\n`);
  const [, before, upstream, after = ''] = match;
  const proxy = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  proxy.on('listening', () => process.stderr.write(`${before}ws://127.0.0.1:${proxy.address().port}${after}\n`));
  proxy.on('connection', (client, request) => relay(client, new WebSocket(`${upstream}${request.url}`, { perMessageDeflate: false })));
});

function relay(client, firefoxSocket) {
  const waiting = [];
  firefoxSocket.on('open', () => waiting.splice(0).forEach((text) => firefoxSocket.send(text)));
  firefoxSocket.on('message', (data, isBinary) => client.send(data, { binary: isBinary }));
  firefoxSocket.on('close', () => client.close());
  firefoxSocket.on('error', () => client.close());
  client.on('close', () => firefoxSocket.close());
  client.on('message', (data) => {
    const text = data.toString();
    const command = parse(text);
    if (command && UNKNOWN_TO_FIREFOX.has(command.method)) return client.send(JSON.stringify({ type: 'success', id: command.id, result: {} }));
    if (firefoxSocket.readyState === WebSocket.OPEN) firefoxSocket.send(text);
    else waiting.push(text);
  });
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
