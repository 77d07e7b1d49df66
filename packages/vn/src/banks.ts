import { readFileSync } from 'node:fs';

/** A bank or wallet that takes VietQR (NAPAS 247) transfers. */
export interface Bank {
  /** 6-digit BIN: the acquirer id in a VietQR payload. */
  bin: string;
  code: string;
  shortName: string;
  name: string;
}

let banks: Bank[] | undefined;

export function listBanks(): Bank[] {
  banks ??= (JSON.parse(readFileSync(new URL('../data/napas-banks.json', import.meta.url), 'utf8')) as { banks: Bank[] }).banks;
  return banks.map((bank) => ({ ...bank }));
}

export function findBank(bin: string): Bank | undefined {
  return listBanks().find((bank) => bank.bin === bin);
}
