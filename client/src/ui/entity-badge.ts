// The coloured pictogram that stands for an entity kind, next to a name, in lists, the panel and the legend.

import type { EntityType } from "../api/types";
import { ENTITY_COLOURS, ENTITY_ICON_PATHS } from "../render/style";
import { h, icon } from "./dom";

export function entityBadge(type: EntityType, size = 18): HTMLElement {
  const badge = h("span", { className: "badge", "aria-hidden": "true", style: `background:${ENTITY_COLOURS[type]};width:${size}px;height:${size}px` });
  badge.append(icon(ENTITY_ICON_PATHS[type], "#FFFFFF", Math.round(size * 0.7)));
  return badge;
}
