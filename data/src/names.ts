import type { Random } from "./random.ts";

/*
 * Name pools. Township names are real place names of each county, used only
 * to make records read naturally; villages, people, companies and mines are
 * made up from syllables and are fictional.
 */
export const TOWNSHIPS: Record<string, readonly string[]> = {
  "140502": ["西街街道", "东街街道", "南街街道", "北街街道", "钟家庄街道", "北石店镇"],
  "140521": [
    "龙港镇",
    "中村镇",
    "郑庄镇",
    "端氏镇",
    "嘉峰镇",
    "郑村镇",
    "柿庄镇",
    "土沃乡",
    "张村乡",
    "胡底乡",
  ],
  "140522": [
    "凤城镇",
    "北留镇",
    "润城镇",
    "町店镇",
    "芹池镇",
    "东冶镇",
    "蟒河镇",
    "横河镇",
    "次营镇",
    "河北镇",
  ],
  "140524": [
    "崇文镇",
    "礼义镇",
    "附城镇",
    "西河底镇",
    "平城镇",
    "杨村镇",
    "潞城镇",
    "六泉乡",
    "马圪当乡",
    "古郊乡",
  ],
  "140525": [
    "南村镇",
    "北义城镇",
    "巴公镇",
    "大阳镇",
    "周村镇",
    "犁川镇",
    "晋庙铺镇",
    "金村镇",
    "高都镇",
    "柳树口镇",
    "山河镇",
  ],
  "140581": [
    "米山镇",
    "三甲镇",
    "神农镇",
    "陈区镇",
    "北诗镇",
    "河西镇",
    "马村镇",
    "野川镇",
    "寺庄镇",
    "建宁乡",
  ],
};

const VILLAGE_HEADS =
  "王 李 张 刘 陈 杨 赵 郭 牛 段 秦 卫 申 常 霍 焦 原 崔 司 裴 东 西 南 北 上 下 前 后 大 小 新 古 石 柳 槐 杏 桃 枣 松 梨 红 青 白 黄 龙 凤 马 牛 羊 河 泉 水 山 坡 岭 峪 沟 窑 寨 庙".split(
    " ",
  );
const VILLAGE_MIDS = [
  "家",
  "",
  "",
  "",
  "树",
  "沟",
  "岭",
  "坪",
  "河",
  "峪",
  "头",
  "底",
  "山",
  "泉",
  "窑",
  "庄",
];
const VILLAGE_TAILS = "庄 村 沟 岭 坡 掌 底 河 头 凹 寨 坪 峪 圪垛 洼 堡".split(" ");

/** A village name not yet in `taken` (which it joins), e.g. 王家庄村. */
export function villageName(rng: Random, taken: Set<string>): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const base = rng.pick(VILLAGE_HEADS) + rng.pick(VILLAGE_MIDS) + rng.pick(VILLAGE_TAILS);
    if (base.length < 2) continue;
    const name = `${base}村`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error("village names exhausted");
}

const SURNAMES = "王 李 张 刘 陈 杨 赵 郭 牛 段 秦 卫 申 常 霍 焦 崔 裴 吴 孙".split(" ");
const GIVEN =
  "建国 红梅 志刚 海燕 国庆 秀英 晓东 丽萍 永胜 金花 保平 小军 文斌 春生 玉兰 立新 桂芳 二虎 满仓 福生 雪梅 俊杰 树林 翠兰 宏伟 改英 德明 爱民 小强 秋菊".split(
    " ",
  );

/** A fictional person's name. */
export function personName(rng: Random): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

/**
 * A fictional phone number in the Jincheng area-code style with the 555
 * block that fiction uses, e.g. "0356 555 0123".
 */
export function fictionalPhone(rng: Random): string {
  return `0356 555 ${String(rng.int(0, 9999)).padStart(4, "0")}`;
}

const FIRM_HEADS = "沁 泽 丹 陵 阳 晋 太 王 珏 析 蟒 历 长 高 凤 丰".split(" ");
const FIRM_TAILS = "丰 源 鑫 盛 达 泰 华 宇 兴 隆 安 通 新 和 祥 昌 瑞 恒".split(" ");

/** A fictional two-character trade name (字号) not yet in `taken`. */
export function tradeName(rng: Random, taken: Set<string>): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const name = rng.pick(FIRM_HEADS) + rng.pick(FIRM_TAILS);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error("trade names exhausted");
}

const PLACE_HEADS = "东 西 南 北 上 下 大 小 石 柳 槐 松 红 青 白 黄 龙 凤 马 金".split(" ");
const PLACE_TAILS = "岭 沟 坡 峪 山 庄 河 泉 坪 窑 湾 头 垴 掌 寨 峰".split(" ");

/** A fictional two-character place name for a mine, not yet in `taken`. */
export function minePlaceName(rng: Random, taken: Set<string>): string {
  for (let attempt = 0; attempt < 2000; attempt++) {
    const name = rng.pick(PLACE_HEADS) + rng.pick(PLACE_TAILS);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error("mine place names exhausted");
}

export const COUNTY_SHORT: Record<string, string> = {
  "140502": "城区",
  "140521": "沁水",
  "140522": "阳城",
  "140524": "陵川",
  "140525": "泽州",
  "140581": "高平",
};
