import { defineMessages } from "../define";

/**
 * Where a policy figure comes from, as every screen that shows one says it (components/
 * provenance.tsx): a published document by its title, a demo figure by one plain badge.
 * Included in the namespaces of those screens.
 */
export const provenance = defineMessages({
  zh: {
    source: "依据：{source}",
    demoBadge: "演示数据",
    demoText: "这项数值尚未核实，仅供参考。",
    demoPartText: "其中部分数值尚未核实，仅供参考。",
    allSources: "查看每项数值的依据",
  },
  en: {
    source: "Source: {source}",
    demoBadge: "Demo figure",
    demoText: "Not yet verified; treat it as a guide only.",
    demoPartText: "Some of the figures are not yet verified; treat the result as a guide only.",
    allSources: "See where each figure comes from",
  },
});
