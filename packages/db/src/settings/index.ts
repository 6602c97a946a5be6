export {
  checkSettingValue,
  SETTING_KEYS,
  type SettingKey,
  type SettingName,
  type SettingValue,
  settingKey,
} from "./setting-keys.ts";
export { listSettings, type SettingRow, SettingsCache, writeSetting } from "./settings.repository.ts";
