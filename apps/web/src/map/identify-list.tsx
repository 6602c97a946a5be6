import { useI18n } from "../i18n/i18n-context.tsx";
import type { FeatureSelection } from "./feature-selection.ts";
import { sameFeature } from "./identify.ts";
import { LAYER_GROUPS } from "./layer-catalog.ts";
import "./identify.css";

interface IdentifyListProps {
  features: readonly FeatureSelection[];
  current: FeatureSelection;
  onChoose(feature: FeatureSelection): void;
}

const nameOf = (f: FeatureSelection) => {
  const p = f.properties;
  const name = [p.name_zh, p.mine_name, p.name, p.code, p.unified_code].find(
    (v) => typeof v === "string" && v !== "",
  );
  return String(name ?? `#${f.id}`);
};

/** Everything under the click, by layer, the one shown marked: so a subsidence area under a zone can be reached. */
export function IdentifyList({ features, current, onChoose }: IdentifyListProps) {
  const { locale } = useI18n();
  if (features.length < 2) return null;
  return (
    <nav
      className="lp-identify"
      data-testid="identify-list"
      aria-label={locale === "zh" ? "此处要素" : "Features here"}
    >
      <div className="lp-identify-head">
        {locale === "zh" ? `此处有 ${features.length} 个要素` : `${features.length} features here`}
      </div>
      <ul>
        {features.map((f) => {
          const layer = LAYER_GROUPS.find((g) => g.id === f.layer)?.title[locale] ?? f.layer;
          const chosen = sameFeature(f, current);
          return (
            <li key={`${f.layer}/${f.id}`}>
              <button
                type="button"
                data-layer={f.layer}
                data-id={f.id}
                aria-current={chosen}
                onClick={() => onChoose(f)}
              >
                <span className="lp-identify-layer">{layer}</span> {nameOf(f)}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
