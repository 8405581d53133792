// Where the phone finds the laptop: its address on the venue's network (Wi-Fi or its own hotspot).
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/** Interfaces of virtual machines and containers, which a phone cannot reach. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|lo)/;

/** This machine's IPv4 addresses on its networks, the likeliest one for a phone first. */
export function networkAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  return Object.entries(interfaces)
    .flatMap(([name, faces]) => (faces ?? []).filter((face) => face.family === 'IPv4' && !face.internal).map((face) => ({ name, address: face.address })))
    .sort((a, b) => Number(VIRTUAL.test(a.name)) - Number(VIRTUAL.test(b.name)))
    .map((face) => face.address);
}

export interface PresentUrls {
  audience: string;
  presenter: string;
  remote: string;
}

/** The three pages' addresses on one host, each with the secret that lets it into the relay. */
export function presentUrls(host: string, port: number, secret: string): PresentUrls {
  const base = `http://${host}:${port}/`;
  const key = encodeURIComponent(secret);
  return {
    audience: `${base}?relay=${key}`,
    presenter: `${base}?presenter&relay=${key}`,
    remote: `${base}remote.html?relay=${key}`,
  };
}
