import { readFileSync } from 'node:fs';

/** The date the shipped units took effect; addresses carry it so a later reorganisation can be told apart. */
export const ADMIN_UNITS_VERSION = '2025-07-01';

export interface Ward {
  code: string;
  name: string;
  fullName: string;
}

export interface Province {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
}

interface ProvinceRecord extends Province {
  wards: Ward[];
}

let cache: { provinces: ProvinceRecord[]; byCode: Map<string, ProvinceRecord> } | undefined;

// read once, on first use (~230 KB); the same file whether running from src/ or dist/
function units() {
  if (!cache) {
    const file = new URL(`../data/admin-units-${ADMIN_UNITS_VERSION}.json`, import.meta.url);
    const { provinces } = JSON.parse(readFileSync(file, 'utf8')) as { provinces: ProvinceRecord[] };
    cache = { provinces, byCode: new Map(provinces.map((province) => [province.code, province])) };
  }
  return cache;
}

export function listProvinces(): Province[] {
  return units().provinces.map(({ code, name, fullName, nameEn }) => ({ code, name, fullName, nameEn }));
}

export function getProvince(code: string): Province | undefined {
  const province = units().byCode.get(code);
  return province && { code: province.code, name: province.name, fullName: province.fullName, nameEn: province.nameEn };
}

export function listWards(provinceCode: string): Ward[] | undefined {
  return units()
    .byCode.get(provinceCode)
    ?.wards.map((ward) => ({ ...ward }));
}

/** The province and ward of an address, or undefined when the ward is not in that province. */
export function resolveWard(provinceCode: string, wardCode: string): { province: Province; ward: Ward } | undefined {
  const province = units().byCode.get(provinceCode);
  const ward = province?.wards.find((candidate) => candidate.code === wardCode);
  if (!province || !ward) return undefined;
  return {
    province: { code: province.code, name: province.name, fullName: province.fullName, nameEn: province.nameEn },
    ward: { ...ward },
  };
}

export const QUANG_NGAI_CODE = '51';
