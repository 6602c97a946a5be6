import { M2_PER_WAN_MU } from "@lianpian/domain";
import { useText } from "../../platform/use-text.ts";
import type { Dashboard } from "../public-api.ts";
import { usePublicText } from "../public-messages.ts";
import { chartText } from "./chart-messages.ts";

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

function Badge({ real }: { real: boolean }) {
  const { locale } = usePublicText();
  return real ? (
    <span className="lp-pub-badge lp-pub-real">{chartText.realFigure[locale]}</span>
  ) : (
    <span className="lp-pub-badge lp-pub-demo">DEMO</span>
  );
}

/** Treated up to the slider's year (demo) beside what Changzhi reports as done since 2019 (real). */
export function SubsidenceKpi({ data }: { data: Dashboard }) {
  const { t } = useText(chartText);
  const s = data.subsidence;
  const reported = s.plan.find((f) => f.kind === "reported" && f.indicator === "subsidence_treated_area");
  return (
    <p className="lp-pub-kpi" data-testid="treated-to-year">
      {t("treatedToYear")} {data.year}: <strong>{round(s.treated_by_year_m2 / M2_PER_WAN_MU, 3)}</strong>{" "}
      {t("wanMu")} <Badge real={s.demo === false} />
      {reported && (
        <>
          <br />
          {t("reportedSince2019")}: <strong>{reported.value}</strong> {t("wanMu")}{" "}
          <Badge real={reported.is_real} />
        </>
      )}
    </p>
  );
}

/** Points and people threatened now (demo) beside the figures the plan reports (real). */
export function HazardKpi({ hazards }: { hazards: Dashboard["hazards"] }) {
  const { t, locale } = useText(chartText);
  const points = hazards.by_grade.reduce((sum, r) => sum + r.points, 0);
  const people = hazards.by_grade.reduce((sum, r) => sum + r.threatened_people, 0);
  const ref = (indicator: string) => hazards.reference.find((f) => f.indicator === indicator);
  const refPoints = ref("hazard_points");
  const refPeople = ref("hazard_threatened_people");
  return (
    <p className="lp-pub-kpi">
      {t("points")}: <strong>{points}</strong> · {t("threatenedPeople")}: <strong>{people}</strong>{" "}
      <Badge real={!hazards.demo} />
      {refPoints && refPeople && (
        <>
          <br />
          {locale === "zh" ? refPoints.region_name_zh : refPoints.region_name_en} {refPoints.year}:{" "}
          {t("points")} <strong>{refPoints.value}</strong> · {t("threatenedPeople")}{" "}
          <strong>{refPeople.value}</strong> <Badge real={refPoints.is_real && refPeople.is_real} />
        </>
      )}
    </p>
  );
}
