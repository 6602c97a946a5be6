/**
 * Jincheng's counties (GB/T 2260 codes) and the soil-and-water-conservation
 * rate targets of the Jincheng plan (real figures, %, for 2025 and 2035).
 */
export interface Region {
  code: string;
  nameZh: string;
  nameEn: string;
  parentCode: string | null;
  swcTarget2025: number;
  swcTarget2035: number;
}

export const JINCHENG_CITY: Region = {
  code: "140500",
  nameZh: "晋城市",
  nameEn: "Jincheng",
  parentCode: null,
  swcTarget2025: 67.61,
  swcTarget2035: 81.5,
};

export const JINCHENG_COUNTIES: readonly Region[] = [
  {
    code: "140502",
    nameZh: "城区",
    nameEn: "Chengqu",
    parentCode: "140500",
    swcTarget2025: 76.86,
    swcTarget2035: 88.51,
  },
  {
    code: "140521",
    nameZh: "沁水县",
    nameEn: "Qinshui",
    parentCode: "140500",
    swcTarget2025: 74.61,
    swcTarget2035: 85.75,
  },
  {
    code: "140522",
    nameZh: "阳城县",
    nameEn: "Yangcheng",
    parentCode: "140500",
    swcTarget2025: 67.86,
    swcTarget2035: 73.58,
  },
  {
    code: "140524",
    nameZh: "陵川县",
    nameEn: "Lingchuan",
    parentCode: "140500",
    swcTarget2025: 62.3,
    swcTarget2035: 78.59,
  },
  {
    code: "140525",
    nameZh: "泽州县",
    nameEn: "Zezhou",
    parentCode: "140500",
    swcTarget2025: 64.83,
    swcTarget2035: 80.79,
  },
  {
    code: "140581",
    nameZh: "高平市",
    nameEn: "Gaoping",
    parentCode: "140500",
    swcTarget2025: 61.75,
    swcTarget2035: 90.98,
  },
];

/** Where the map opens: Jincheng's extent, [west, south, east, north]. */
export const JINCHENG_BBOX: readonly [number, number, number, number] = [111.9, 35.2, 113.65, 36.1];
