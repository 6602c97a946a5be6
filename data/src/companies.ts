import type { DatasetCompany } from "@lianpian/domain";
import { creditCode } from "./credit-code.ts";
import type { MineSite } from "./mine-placement.ts";
import { COUNTY_SHORT, tradeName } from "./names.ts";
import { FICTIONAL } from "./provenance.ts";
import type { Random } from "./random.ts";

const COAL_COMPANIES = 30;
const NONCOAL_COMPANIES = 30;

export interface CompanyDraft {
  index: number;
  kind: "coal" | "noncoal";
  row: DatasetCompany;
}

/**
 * About 60 fictional companies and the holder of each licensed mine: a few
 * coal groups hold several mines, most hold one or two, mostly in their home
 * county. Historic pits have no holder.
 */
export function assignCompanies(
  sites: readonly MineSite[],
  rng: Random,
  source: string,
): { companies: CompanyDraft[]; owners: (number | null)[] } {
  const names = new Set<string>();
  const owners: (number | null)[] = sites.map(() => null);
  const companies: CompanyDraft[] = [];
  const assign = (kind: "coal" | "noncoal", count: number, offset: number) => {
    const mines = rng.shuffle(sites.filter((s) => s.category === kind));
    const size = Array.from({ length: count }, () => rng.logUniform(1, 8));
    const home: string[] = [];
    mines.forEach((mine, i) => {
      let c: number;
      if (i < count) {
        c = i;
        home[c] = mine.county;
      } else {
        c = rng.weighted(size.map((w, k) => [k, w * (home[k] === mine.county ? 4 : 1)] as const));
      }
      owners[mine.index] = offset + c;
    });
    for (let k = 0; k < count; k++) {
      const county = home[k] ?? "140525";
      const trade = tradeName(rng, names);
      const name =
        kind === "coal"
          ? rng.chance(0.3)
            ? `晋城${trade}能源集团有限公司`
            : `山西${COUNTY_SHORT[county] ?? ""}${trade}煤业有限公司`
          : rng.chance(0.5)
            ? `${COUNTY_SHORT[county] ?? ""}${trade}建材有限公司`
            : `晋城市${trade}矿业有限公司`;
      companies.push({
        index: offset + k,
        kind,
        row: {
          credit_code: creditCode(county, offset + k),
          name_zh: name,
          name_en: null,
          county_code: county,
          data_source: source,
          remarks: FICTIONAL,
        },
      });
    }
  };
  assign("coal", COAL_COMPANIES, 0);
  assign("noncoal", NONCOAL_COMPANIES, COAL_COMPANIES);
  return { companies, owners };
}
