/**
 * What one service holds about a person, for their data export (one JSON and one CSV file each
 * section), and what stops them deleting their account now (an order still on its way, an open
 * complaint). Each service answers for its own data; the platform hands accounts the list.
 */
export interface PersonalDataSection {
  /** A file name without extension: `orders`, `reviews`. */
  name: string;
  /** One line for the export's README, in Vietnamese. */
  description: string;
  rows: Record<string, unknown>[];
}

export interface ErasureBlocker {
  vi: string;
  en: string;
}

export interface PersonalDataSource {
  sections(userId: string): Promise<PersonalDataSection[]>;
  erasureBlockers?(userId: string): Promise<ErasureBlocker[]>;
}
