export interface RegistryEntry {
  code: string;
  name: string;
  en: string;
  parent?: string;
}
export interface Registry {
  province: RegistryEntry;
  prefectures: RegistryEntry[];
  counties: RegistryEntry[];
}
export interface NameException {
  code: string;
  zh: string;
  en: string;
  reason: string;
}
export const EXCEPTIONS_FILE: string;
export const PROVINCE: RegistryEntry;
export function readExceptions(file?: string): Map<string, NameException>;
export function romanise(zh: string): string;
export function ruleName(zh: string): string;
export function englishName(code: string, zh: string, exceptions: Map<string, NameException>): string;
export function buildRegistry(
  prefectures: Array<{ code: string; name: string }>,
  counties: Array<{ code: string; name: string; parent: string }>,
  exceptions?: Map<string, NameException>,
): Registry;
